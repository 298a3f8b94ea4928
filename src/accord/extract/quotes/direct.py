"""Direct quotes: free-standing quoted stretches (:mod:`accord.extract.quotes.quotemarks`)
attributed to the speech cue right after (``"…," Kirby said``) or right before
(``told X, "…"``) them, split quotes joined, and unattributed quotes that follow one
closely taken as the same speaker going on.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.data import load_data
from accord.extract.quotes.candidate import SENTENCE_END, Candidate
from accord.extract.quotes.cues import CLAUSE_DEPS, is_cue, subject_of
from accord.extract.quotes.quotemarks import Quoted
from accord.nlp.docviews import doc_text

TITLE_ABBREVIATIONS = frozenset(load_data("quotes/speakers")["title_abbreviations"])
_INTRODUCERS = {",", ":", "—", "–", "-", "\n"}
_TERMINAL_INSIDE = (",", ".", "!", "?", "…", ";", ":")


def stands_alone(text: str, quoted: Quoted) -> bool:
    """A quoted stretch that reads as a statement rather than a quoted term.

    It opens a sentence or follows a comma, colon or dash ("told X, "…"") and is
    either several words long or closes on its own punctuation ("No," he said).
    """
    before = text[: quoted.open].rstrip(" \t")
    if before[-1:] in "\"”’'":
        before = before[:-1]  # '…allow." "We will …': the previous quote ended a sentence
    previous = before[-1:] if before else "\n"
    opens_clause = previous in _INTRODUCERS or previous in SENTENCE_END or not before
    if not opens_clause:
        return False
    inner = quoted.text(text).rstrip()
    return quoted.words(text) >= 3 or inner.endswith(_TERMINAL_INSIDE)


def direct_candidates(doc: Doc, direct: list[Quoted]) -> tuple[list[Candidate], set[int]]:
    """Attribute each free-standing quoted stretch to the cue beside it."""
    candidates: list[Candidate] = []
    used: set[int] = set()
    consumed: set[int] = set()
    previous: Candidate | None = None
    for index, quoted in enumerate(direct):
        if index in consumed:
            continue
        pieces = list(quoted.pieces)
        cue = _cue_after(doc, quoted, direct)
        rule = "quotes.direct.cue_after"
        if cue is not None and index + 1 < len(direct):
            following = direct[index + 1]
            if _continues_after_cue(doc, cue, quoted, following):
                pieces.extend(following.pieces)  # "…," X said, "…"
                consumed.add(index + 1)
                rule = "quotes.direct.split"
        if cue is None:
            cue = _cue_before(doc, quoted)
            rule = "quotes.direct.cue_before"
        if cue is None:
            if previous is not None and _follows_closely(doc_text(doc), previous, quoted):
                if "\n" in doc_text(doc)[previous.end : quoted.open]:
                    # the same speaker goes on in a paragraph of its own: a quote of its own
                    candidates.append(
                        replace(previous, rule="quotes.direct.continued", pieces=pieces)
                    )
                else:
                    previous.pieces.extend(pieces)  # the same speaker goes on: one statement
            continue
        used.add(cue.i)
        subject = subject_of(cue)
        if subject is None and rule != "quotes.direct.cue_before":
            subject = _name_the_cue_modifies(doc, quoted, cue)
        candidate = Candidate(
            rule=rule,
            cue=cue,
            cue_text=cue.text,
            subject=subject,
            pieces=pieces,
            kind="direct",
        )
        candidates.append(candidate)
        previous = candidate
    return candidates, used


def _name_the_cue_modifies(doc: Doc, quoted: Quoted, cue: Token) -> Token | None:
    """ "“…,” Trump posted on his site", "“…,” analyst A, researcher at the B Group,
    highlighted": right after a quote the parser may read the cue as a participle modifying
    the noun before it; the phrase between the closing mark and the cue, whose head lies
    outside it, names the one speaking."""
    if cue.dep_ != "acl":
        return None
    between = [t for t in _region_tokens(doc, quoted.close + 1, cue.idx) if t.i < cue.i]
    inside = {t.i for t in between}
    heads = [t for t in between if t.head.i not in inside and not t.is_punct]
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN"):
        return None
    return heads[0]


def _region_tokens(doc: Doc, start_char: int, end_char: int) -> list[Token]:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return list(span) if span is not None else []


def _cue_after(doc: Doc, quoted: Quoted, direct: list[Quoted]) -> Token | None:
    """``"…," Kirby told reporters.`` — a cue right after the closing mark."""
    text = doc_text(doc)
    line_end = text.find("\n", quoted.close)
    end = line_end if line_end != -1 else len(text)
    for other in direct:
        if other.open > quoted.close:
            end = min(end, other.open)
            break
    tokens = _region_tokens(doc, quoted.close + 1, end)
    for token in tokens:
        if _ends_sentence(token):
            break
        if is_cue(token):
            subject = subject_of(token)
            if subject is None or subject.idx > quoted.close:
                return token
    return None


def _ends_sentence(token: Token) -> bool:
    """A full stop that ends a sentence, not the one of "Gen." or "U.S."."""
    if token.text not in SENTENCE_END:
        return False
    if token.i > 0 and token.doc[token.i - 1].text in TITLE_ABBREVIATIONS:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.is_sent_start or following.is_space


def _cue_before(doc: Doc, quoted: Quoted) -> Token | None:
    """``… who told Al Mayadeen, "…"`` — a cue just before the opening mark."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, quoted.open) + 1
    tokens = _region_tokens(doc, line_start, quoted.open)
    boundary = 0
    for position, token in enumerate(tokens):
        if token.text in SENTENCE_END or token.text in ('"', "”", "“"):
            boundary = position + 1
    tokens = tokens[boundary:]
    for token in reversed(tokens):
        if is_cue(token):
            between = [t for t in tokens if t.i > token.i]
            clause = {
                t.i for child in token.children if child.dep_ in CLAUSE_DEPS for t in child.subtree
            }
            if any(t.i in clause and not t.is_punct for t in between):
                return None  # the quote ends a reported clause: a partial quote
            return token
    return None


def _continues_after_cue(doc: Doc, cue: Token, first: Quoted, second: Quoted) -> bool:
    """``"…," X said, "…"``: only the attribution stands between two quoted stretches."""
    between = doc_text(doc)[first.close + 1 : second.open]
    if "\n" in between or any(mark in between for mark in SENTENCE_END):
        return False
    return between.rstrip().endswith((",", ":")) and cue.idx < second.open


def _follows_closely(text: str, previous: Candidate, quoted: Quoted) -> bool:
    """An unattributed quote right after a direct quote continues the same speaker."""
    if previous.kind != "direct":
        return False
    gap = text[previous.end : quoted.open]
    marks = sum(gap.count(mark) for mark in '"“”')
    return len(gap) <= 200 and marks <= 1  # only the previous quote's closing mark
