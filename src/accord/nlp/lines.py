"""The shape of one line of a news page, shared by sentence splitting and furniture.

Both need to know whether a line reads as a headline (short, no closing sentence
punctuation) and where a date stamp that a page's metadata runs into the start of a
line ends ("date 2026-03-05 Talks resume in Geneva"): the stamp is furniture, the
rest of the line is the article's own text and starts its own sentence.
"""

from __future__ import annotations

import re
from functools import cache

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
