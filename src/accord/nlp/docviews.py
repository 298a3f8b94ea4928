"""Whole-document views computed once per ``Doc`` and shared by every extractor.

spaCy builds ``Doc.text`` and ``Doc.ents`` afresh on each access by walking every
token, and ``Span.ents`` does the same walk before filtering; iterating a ``Doc`` makes
a new ``Token`` object for every word each time. Extractors ask for them for every
quote, cue and trigger, and a dozen of them walk the whole document, so on a long
article those walks cost more than the extraction itself. The views here are built on
first use and kept in ``doc.user_data``; the text, tokens and entities do not change
once the pipeline's own components have run.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

_TEXT = "accord_text"
_TOKENS = "accord_tokens"
_ENTS = "accord_ents"
_ENT_STARTS = "accord_ent_starts"
#: Where the paragraph splitter (:mod:`accord.nlp.segment`) records the headline lines.
HEADLINES_KEY = "accord_headlines"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def doc_tokens(doc: Doc) -> list[Token]:
    """The document's tokens, made once and indexed by ``token.i`` (do not modify)."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once (sorted by start, as spaCy returns them)."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
        doc.user_data[_ENT_STARTS] = [ent.start for ent in ents]
    return ents


def headline_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of the lines that read as headlines (none when the paragraph
    splitter did not run)."""
    return doc.user_data.get(HEADLINES_KEY) or []


def in_headline(doc: Doc, char: int) -> bool:
    """Whether a character offset lies in a headline line."""
    return any(start <= char < end for start, end in headline_ranges(doc))


def entities_in(span: Span) -> list[Span]:
    """The entities lying wholly inside ``span``: ``span.ents`` without the document walk."""
    ents = doc_entities(span.doc)
    starts = span.doc.user_data[_ENT_STARTS]
    first = bisect.bisect_left(starts, span.start)
    found = []
    for ent in ents[first:]:
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            found.append(ent)
    return found
