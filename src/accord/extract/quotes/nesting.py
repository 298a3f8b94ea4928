"""Statements inside statements: keep only the outermost (a cue inside another
statement's content is reported by it), cut a statement where a participle opens a
new one, and mark reported speech that holds the speaker's own quoted words as mixed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.extract.quotes.according import ACCORDING_TO
from accord.extract.quotes.candidate import Candidate, trim
from accord.extract.quotes.cues import CONTRAST_MARKS, NEW_STATEMENT_CUES, is_cue, is_participle
from accord.extract.quotes.quotemarks import Quoted
from accord.extract.quotes.relays import CITING_VERBS, media_relay
from accord.extract.quotes.reported import OBJECT_CONTENT
from accord.nlp.docviews import doc_text


def outermost(candidates: list[Candidate]) -> list[Candidate]:
    """Drop statements reported inside another statement (their cue sits in its content).

    When two statements each hold the other's cue (a fronted clause with a cue of
    its own), the later cue is the attribution: ``Hamas informed …, the office announced``.
    When the outer speaker is a news outlet (or its reporter) and its whole content is
    another speaker's statement, the inner speaker is the speaker and the outlet its
    relay: ``Y claimed …, Anadolu Agency reports``.
    """
    candidates = _unwrap_media_reports(candidates)
    kept = []
    for candidate in candidates:
        if candidate.rule == "quotes.headline":
            kept.append(candidate)  # a headline attribution frames everything in its line
            continue
        dominated = False
        for other in candidates:
            if other is candidate or not other.covers(candidate.cue.idx):
                continue
            if _opens_new_statement(candidate.cue) or _contrasts(candidate.cue):
                _cut_before(other, candidate)
                continue
            mutual = candidate.covers(other.cue.idx)
            if not mutual or other.cue.i > candidate.cue.i or other.rule == "quotes.headline":
                dominated = True
                break
        if not dominated:
            kept.append(candidate)
    return kept


def _contrasts(cue: Token) -> bool:
    """``…, while an Israeli official said …``: a second speaker's own statement."""
    return (
        cue.dep_ == "advcl"
        and any(c.dep_ == "nsubj" for c in cue.children)
        and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in cue.children)
    )


def _opens_new_statement(cue: Token) -> bool:
    return is_participle(cue) and cue.lemma_.lower() in NEW_STATEMENT_CUES


def _cut_before(outer: Candidate, inner: Candidate) -> None:
    """End the outer statement where the participle's own statement begins."""
    boundary = inner.cue.left_edge.idx
    outer.pieces = [(a, min(b, boundary)) for a, b in outer.pieces if a < boundary]
    outer.pieces = [trim(doc_text(inner.cue.doc), a, b) for a, b in outer.pieces]


def holds_partial_quote(doc: Doc, candidate: Candidate, fragments: list[Quoted]) -> bool:
    """Reported speech holding two or more of the speaker's own words is mixed, a quoted
    phrase too ("described a "frank exchange""): the gold of both the examples and the
    real set counts those as the speaker's wording."""
    for quoted in fragments:
        if not (candidate.start <= quoted.start and quoted.end <= candidate.end + 1):
            continue
        if quoted.words(doc_text(doc)) < 2:
            continue
        span = doc.char_span(quoted.start, quoted.end, alignment_mode="contract")
        if span is None:
            continue
        words = [t for t in span if not t.is_punct]
        if not words:
            continue
        if _reported_within(candidate, words[0]):
            continue  # the words belong to a statement reported inside this one
        if _owned_label(span):
            continue  # its "operation in the north": a label the text marks, not wording
        return True
    return False


def _owned_label(span: Span) -> bool:
    """A quoted noun phrase right after a possessive (its "operation in the north"): the name
    someone gives their own thing, marked by the text rather than quoted from a speaker."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    while before is not None and before.is_punct and before.i > 0:
        before = span.doc[before.i - 1]
    return before is not None and (before.tag_ == "PRP$" or before.tag_ == "POS")


def _reported_within(candidate: Candidate, token: Token) -> bool:
    for ancestor in token.ancestors:
        if ancestor == candidate.cue:
            return False
        if is_cue(ancestor) and candidate.covers(ancestor.idx):
            return True
    return False


def _unwrap_media_reports(candidates: list[Candidate]) -> list[Candidate]:
    relayed: set[int] = set()
    dropped: set[int] = set()
    for outer_index, outer in enumerate(candidates):
        if outer.rule == "quotes.headline" or outer.kind != "indirect" or outer.subject is None:
            continue
        relay = media_relay(outer.subject)
        if relay is None or any(c.lemma_.lower() in CITING_VERBS for c in outer.cue.children):
            continue  # "X reported, citing two officials": the officials speak
        inner = [
            (index, c)
            for index, c in enumerate(candidates)
            if c is not outer
            and c.subject is not None
            and outer.covers(c.cue.idx)
            and outer.covers(c.subject.idx)
            and not _opens_new_statement(c.cue)
            and _content_root(outer) == c.cue
            and not _account_of_an_act(outer, c)
        ]
        if not inner:
            # "Y said Z, Anadolu reported" parsed with the outlet inside Y's clause
            holders = [
                (index, c)
                for index, c in enumerate(candidates)
                if c is not outer
                and c.rule != "quotes.headline"
                and c.covers(outer.cue.idx)
                and c.covers(outer.start)
                and c.cue.i < outer.subject.left_edge.i
                and _after_comma(outer.subject)
            ]
            if len(holders) == 1:
                inner = holders
        if len(inner) != 1:
            continue
        index, statement = inner[0]
        if statement.cue.i < outer.subject.left_edge.i and _after_comma(outer.subject):
            _end_before_relay(statement, outer.subject)
        if statement.relay is None:
            statement.relay = relay
            statement.relay_subject = outer.subject
        relayed.add(index)
        dropped.add(outer_index)
    return [c for i, c in enumerate(candidates) if i not in dropped]


def _end_before_relay(statement: Candidate, relay_subject: Token) -> None:
    """ "Y said Z, the broadcaster GBC reported": Z ends before the relay's own clause."""
    boundary = relay_subject.left_edge.idx
    statement.pieces = [
        trim(doc_text(relay_subject.doc), a, min(b, boundary))
        for a, b in statement.pieces
        if a < boundary
    ]


def _account_of_an_act(outer: Candidate, inner: Candidate) -> bool:
    """``According to X, Moscow demanded the withdrawal …``: the outlet's own account of what
    a side did, not that side's words relayed (as in ``X reports Moscow said …``)."""
    return outer.rule == ACCORDING_TO and inner.rule == OBJECT_CONTENT


def _content_root(candidate: Candidate) -> Token | None:
    """The head word of a one-piece statement (None for split statements)."""
    if len(candidate.pieces) != 1:
        return None
    start, end = candidate.pieces[0]
    span = candidate.cue.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def _after_comma(subject: Token) -> bool:
    first = subject.left_edge
    return first.i > 0 and first.doc[first.i - 1].text == ","
