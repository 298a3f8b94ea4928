"""Find a model's evidence in the article: exactly, or by a bounded fuzzy alignment.

A model copies evidence imperfectly (straight for curly quotes, a dropped comma) and
sometimes invents it. The checker accepts three kinds of match, in order, and says which:

* ``exact``: the string occurs in the article;
* ``normalised``: it occurs once quotation marks, dashes and runs of whitespace are
  made uniform on both sides (the span is mapped back to the original characters);
* ``fuzzy``: rapidfuzz's best partial alignment inside the request's chunk scores at least
  :data:`MIN_FUZZY_SCORE` and the phrase is at least :data:`MIN_FUZZY_CHARS` long.

Anything else, or evidence shorter than :data:`MIN_EVIDENCE_CHARS`, is unsupported and
the item is dropped. Offsets are always into the
original text, in the original language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

MIN_FUZZY_SCORE = 92.0
MIN_EVIDENCE_CHARS = 8
MIN_FUZZY_CHARS = 20
_UNIFORM = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "–": "-", "—": "-"}
)

Method = Literal["exact", "normalised", "fuzzy"]


@dataclass(frozen=True)
class Alignment:
    start: int
    end: int
    text: str
    method: Method
    score: float = 100.0


def align(phrase: str, text: str, window: tuple[int, int] | None = None) -> Alignment | None:
    """Where ``phrase`` is in ``text``, preferring the request's ``window`` (start, end).

    A phrase shorter than :data:`MIN_EVIDENCE_CHARS` supports nothing: "the" or "said"
    occurs in every article.
    """
    phrase = phrase.strip()
    if len(phrase) < MIN_EVIDENCE_CHARS:
        return None
    lo, hi = window or (0, len(text))
    for start in (text.find(phrase, lo, hi), text.find(phrase)):
        if start >= 0:
            return Alignment(start, start + len(phrase), phrase, "exact")
    found = _normalised(phrase, text)
    if found is not None:
        return found
    return _fuzzy(phrase, text, lo, hi)


def _uniform(text: str) -> tuple[str, list[int]]:
    """Text with uniform punctuation and single spaces, and each kept character's offset
    in the original."""
    kept: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text.translate(_UNIFORM)):
        if char.isspace():
            if kept and kept[-1] == " ":
                continue
            char = " "
        kept.append(char)
        offsets.append(index)
    return "".join(kept), offsets


def _normalised(phrase: str, text: str, name: bool = False) -> Alignment | None:
    """``phrase`` in ``text`` with both made uniform; a ``name`` matches whole words in any case."""
    wanted, _ = _uniform(phrase)
    haystack, offsets = _uniform(text)
    pattern = _name_pattern(wanted.strip()) if name else re.compile(re.escape(wanted.strip()))
    match = pattern.search(haystack)
    if not match:
        return None
    position, length = match.start(), len(match.group())
    start = offsets[position]
    end = offsets[position + length - 1] + 1
    return Alignment(start, end, text[start:end], "normalised")


def _fuzzy(phrase: str, text: str, lo: int, hi: int) -> Alignment | None:
    if len(phrase) < MIN_FUZZY_CHARS:
        return None
    window = text[lo:hi]
    result = fuzz.partial_ratio_alignment(phrase, window, score_cutoff=MIN_FUZZY_SCORE)
    if result is None:
        return None
    start, end = _to_word_bounds(window, result.dest_start, result.dest_end)
    if abs((end - start) - len(phrase)) > 0.15 * len(phrase):
        return None
    return Alignment(lo + start, lo + end, window[start:end], "fuzzy", round(result.score, 1))


def _to_word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen an alignment to whole words, so a span never cuts a word in two."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def mentions(name: str, text: str, near: tuple[int, int] = (0, 0)) -> Alignment | None:
    """The occurrence of an actor or speaker name nearest to the span ``near`` (its item's
    evidence): case-insensitive, exact or normalised, never fuzzy (a name is short; a fuzzy
    match would invent one)."""
    name = name.strip()
    if not name:
        return None
    pattern = _name_pattern(name)
    found = min(pattern.finditer(text), key=lambda m: gap(m.span(), near), default=None)
    if found:
        return Alignment(found.start(), found.end(), found.group(), "exact")
    return _normalised(name, text, name=True)


def _name_pattern(name: str) -> re.Pattern:
    """A name as whole words in any case: "US" is not in "thus", nor "he" in "the"."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)


def gap(one: Alignment | tuple[int, int], other: Alignment | tuple[int, int]) -> int:
    """Characters between two spans (0 when they overlap)."""
    (a, b), (c, d) = (_bounds(one), _bounds(other))
    return max(c - b, a - d, 0)


def _bounds(span: Alignment | tuple[int, int]) -> tuple[int, int]:
    return (span.start, span.end) if isinstance(span, Alignment) else span
