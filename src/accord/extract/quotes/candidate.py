"""The ``Candidate`` a finder leaves for each statement before its speaker is resolved,
and the character-range helpers every finder shares.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Token

SENTENCE_END = {".", "!", "?"}


@dataclass
class Candidate:
    """A statement found in the text before its speaker is resolved."""

    rule: str
    cue: Token
    cue_text: str
    subject: Token | None
    pieces: list[tuple[int, int]]
    kind: str = "indirect"
    #: (id, name) of an outlet that reported this statement ("Anadolu reports Y claimed …")
    relay: tuple[str, str] | None = None
    #: the outlet's (or reporter's) phrase, remembered for later pronouns ("she said")
    relay_subject: Token | None = None
    #: the day the statement was made when the text dates it apart (a signed post)
    date: dt.date | None = None
    #: the speaker's name as the text gives it apart from any phrase (a post's signature)
    speaker_text: str | None = None

    @property
    def start(self) -> int:
        return min(a for a, _ in self.pieces)

    @property
    def end(self) -> int:
        return max(b for _, b in self.pieces)

    def covers(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.pieces)


def inside(char: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= char < b for a, b in ranges)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
        end -= 1
    return start, end


def subtree_range(token: Token, exclude: Token | None = None) -> tuple[int, int]:
    """The characters of a token's subtree (without ``exclude``'s), outer punctuation off."""
    tokens = [t for t in token.subtree if not t.is_space]
    if exclude is not None:
        excluded = {t.i for t in exclude.subtree}
        tokens = [t for t in tokens if t.i not in excluded]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in '"”’':
        tokens.pop()
    while tokens and tokens[0].is_punct and tokens[0].text not in '"“‘':
        tokens.pop(0)
    if not tokens:
        return (token.idx, token.idx)
    last = tokens[-1]
    return tokens[0].idx, last.idx + len(last.text)
