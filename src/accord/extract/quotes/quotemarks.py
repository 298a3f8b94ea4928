"""Pair quotation marks in messy news text.

Real articles mix straight and curly marks, use single marks both as quotes and
as apostrophes (``Israel’s``, ``Hamas' office``), put scare quotes around single
words, leave marks unbalanced and run quotes over several paragraphs. This
module decides, from each mark's neighbours, whether it can open or close a
quote, pairs openers with closers per family (double / single) and drops what
cannot be paired, so one stray mark never costs the other quotes of the article.
"""

from __future__ import annotations

from dataclasses import dataclass

DOUBLE_MARKS = {'"': "both", "“": "open", "”": "close", "„": "open", "«": "open", "»": "close"}
SINGLE_MARKS = {"'": "both", "‘": "open", "’": "close", "‹": "open", "›": "close"}
_OPEN_BEFORE = set("([{—–-/")
_CLOSE_AFTER = set(".,;:!?)]}—–-…")


@dataclass(frozen=True)
class Quoted:
    """One quoted stretch: marks at ``open``/``close``; content is ``text[start:end]``.

    ``pieces`` are the character ranges of the content (one per paragraph when a
    quote runs over several paragraphs).
    """

    open: int
    close: int
    family: str
    pieces: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close

    def text(self, source: str) -> str:
        return " ".join(source[a:b].strip() for a, b in self.pieces if source[a:b].strip())

    def words(self, source: str) -> int:
        return sum(1 for word in self.text(source).split() if any(c.isalnum() for c in word))


def _role(text: str, index: int, family: dict[str, str]) -> str | None:
    """``open``, ``close`` or None (an apostrophe or an unusable mark)."""
    mark = text[index]
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    left_open = before.isspace() or before in _OPEN_BEFORE or before in DOUBLE_MARKS
    right_close = after.isspace() or after in _CLOSE_AFTER or after in DOUBLE_MARKS
    if family is SINGLE_MARKS:
        if before.isalnum() and after.isalnum():
            return None  # inside a word: Israel’s, don't
        if mark in "'’" and after.isdigit() and left_open:
            return None  # elision: '90s
    if left_open and not right_close:
        return "open"
    if right_close and not left_open:
        return "close"
    if left_open and right_close:
        return None  # a mark floating between spaces
    hint = family[mark]
    return hint if hint != "both" else None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def find_quoted(text: str) -> list[Quoted]:
    """All paired quotation spans in reading order (double and single marks)."""
    found: list[Quoted] = []
    for family, name in ((DOUBLE_MARKS, "double"), (SINGLE_MARKS, "single")):
        found.extend(_pair_family(text, family, name))
    found.sort(key=lambda quoted: quoted.open)
    return _drop_nested_singles(found)


def _pair_family(text: str, family: dict[str, str], name: str) -> list[Quoted]:
    pairs: list[Quoted] = []
    carried: tuple[int, list[tuple[int, int]]] | None = None  # quote left open above
    for para_start, para_end in _paragraphs(text):
        marks = [
            (index, role)
            for index in range(para_start, para_end)
            if text[index] in family and (role := _role(text, index, family))
        ]
        reopen = None
        if carried and marks:
            index, role = marks[0]
            if role == "close":
                # The quote opened in an earlier paragraph closes here.
                opened, pieces = carried
                pairs.append(Quoted(opened, index, name, (*pieces, (para_start, index))))
                marks = marks[1:]
            elif not text[para_start:index].strip():
                reopen = index  # news convention: each quoted paragraph reopens
        stack: list[int] = []
        for index, role in marks:
            if role == "open":
                stack.append(index)
            elif stack:
                opened = stack.pop()
                if opened == reopen and carried:
                    start, pieces = carried
                    pairs.append(Quoted(start, index, name, (*pieces, (opened + 1, index))))
                else:
                    pairs.append(Quoted(opened, index, name, ((opened + 1, index),)))
        # Only the earliest unclosed opener of a paragraph may run on.
        if stack and name == "double":
            opened = stack[0]
            if opened == reopen and carried:
                carried = (carried[0], [*carried[1], (opened + 1, para_end)])
            else:
                carried = (opened, [(opened + 1, para_end)])
        else:
            carried = None
    return pairs


def _drop_nested_singles(found: list[Quoted]) -> list[Quoted]:
    """Single marks inside a double quote are a quote within the quote: keep them
    out of the top level so they are not taken for separate statements."""
    doubles = [quoted for quoted in found if quoted.family == "double"]
    return [
        quoted
        for quoted in found
        if quoted.family == "double"
        or not any(outer.open < quoted.open and quoted.close < outer.close for outer in doubles)
    ]
