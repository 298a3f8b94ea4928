"""The shape of one line of a news page, shared by sentence splitting and furniture.

Both need to know whether a line reads as a headline (short, no closing sentence
punctuation) and where a date stamp that a page's metadata runs into the start of a
line ends ("date 2026-03-05 Talks resume in Geneva"): the stamp is furniture, the
rest of the line is the article's own text and starts its own sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from accord.data import load_data

MAX_HEADLINE_WORDS = 20
_TERMINAL = re.compile(r"[.!?…:;]['\"’”)\]]*\s*$")


def reads_as_headline(stripped: str) -> bool:
    """Short and without closing sentence punctuation, as headlines and subheadings are."""
    return (
        bool(stripped)
        and len(stripped.split()) <= MAX_HEADLINE_WORDS
        and not _TERMINAL.search(stripped)
    )


def ends_as_sentence(stripped: str) -> bool:
    """The line closes with sentence punctuation (a paragraph of prose does)."""
    return bool(_TERMINAL.search(stripped))


@cache
def _leading_stamp() -> re.Pattern:
    return re.compile(load_data("page/furniture")["leading_stamp"], re.IGNORECASE)


def leading_stamp_length(stripped: str) -> int:
    """How many characters of a stripped line a leading date stamp takes (its trailing
    space included), or 0 when the line does not start with one or is nothing else."""
    found = _leading_stamp().match(stripped)
    if not found or found.end() >= len(stripped):
        return 0
    return found.end()


class PageLine(NamedTuple):
    """One line of a text: where its stripped words start, the words, and how many
    characters of them a leading date stamp takes (0 for none)."""

    start: int
    stripped: str
    stamp: int

    @property
    def rest(self) -> str:
        """The line's own text, after any date stamp."""
        return self.stripped[self.stamp :]


def page_lines(text: str) -> Iterator[PageLine]:
    """Every line of a text (split at ``\\n``, as news copy puts one paragraph a line),
    with its character offset, in order."""
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        start = offset + len(line) - len(line.lstrip())
        yield PageLine(start, stripped, leading_stamp_length(stripped))
        offset += len(line) + 1
