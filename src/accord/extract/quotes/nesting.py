"""Statements inside statements: keep only the outermost (a cue inside another
statement's content is reported by it), cut a statement where a participle opens a
new one, and mark reported speech that holds the speaker's own quoted words as mixed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.extract.quotes.candidate import Candidate, trim
from accord.extract.quotes.cues import CONTRAST_MARKS, NEW_STATEMENT_CUES, is_cue, is_participle
from accord.extract.quotes.quotemarks import Quoted
from accord.nlp.docviews import doc_text


def outermost(candidates: list[Candidate]) -> list[Candidate]:
    """Drop statements reported inside another statement (their cue sits in its content).

    When two statements each hold the other's cue (a fronted clause with a cue of
    its own), the later cue is the attribution: ``Hamas informed …, the office announced``.
    """
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
    """Reported speech holding the speaker's own words for more than a term is mixed."""
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
        if _is_bare_term(span, words):
            continue  # a quoted label ("its "operation in Rafah""), not reported wording
        return True
    return False


def _is_bare_term(span: Span, words: list[Token]) -> bool:
    """A quoted nominal without its own determiner reads as a term the text marks."""
    heads = [t for t in words if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    head = heads[0] if heads else words[0]
    opens_with_determiner = words[0].dep_ in ("det", "poss", "nummod") or words[0].tag_ == "PRP$"
    return head.pos_ in ("NOUN", "PROPN") and not opens_with_determiner


def _reported_within(candidate: Candidate, token: Token) -> bool:
    for ancestor in token.ancestors:
        if ancestor == candidate.cue:
            return False
        if is_cue(ancestor) and candidate.covers(ancestor.idx):
            return True
    return False
