"""Page furniture: the lines of a news page that are not the article's own text.

Real pages carry photo captions, bylines and editing credits, "related article"
teasers, syndication disclaimers, cookie banners and bare timestamps between the
paragraphs. They are not what the outlet reports: a caption restates the story
in a photographer's words, a teaser is another story's headline. The patterns
live in ``data/page/furniture.yaml``; this module classifies each line once per
document, the pipeline records the ranges, and the report drops every quote,
event and stance whose evidence lies in one while still listing the line (with
its kind) among the sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from accord.data import load_data
from accord.nlp.docviews import doc_text
from accord.nlp.lines import (
    MAX_HEADLINE_WORDS,
    PageLine,
    ends_as_sentence,
    page_lines,
    reads_as_headline,
)

#: ``doc.user_data`` key of the furniture ranges: ``[(start_char, end_char, kind), …]``.
FURNITURE_KEY = "accord_furniture"


@dataclass(frozen=True)
class _Kind:
    name: str
    max_words: int
    patterns: tuple[re.Pattern, ...]


@cache
def _kinds() -> tuple[tuple[_Kind, ...], frozenset[str], int]:
    spec = load_data("page/furniture")
    kinds = tuple(
        _Kind(
            name=name,
            max_words=int(entry["max_words"]),
            patterns=tuple(re.compile(p, re.IGNORECASE) for p in entry["patterns"]),
        )
        for name, entry in spec.items()
        if isinstance(entry, dict)
    )
    words = frozenset(str(word).lower() for word in spec["timestamp_words"])
    return kinds, words, int(spec["timestamp_max_words"])


#: A line of at least this many words closing with sentence punctuation is the body's prose.
_PROSE_MIN_WORDS = 8
#: A teaser line this short or shorter is a list's heading ("You may also like").
TEASER_HEADING_WORDS = 5
#: A headline this long or longer printed again is a copy, not a phrase the story repeats.
REPEAT_MIN_WORDS = 4

_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*", re.UNICODE)


def _is_timestamp(line: str, words: frozenset[str], max_words: int) -> bool:
    """Only dates, times and their words: nothing is left once they are taken out."""
    if not any(ch.isdigit() for ch in line) or len(line.split()) > max_words:
        return False
    return all(word.lower().rstrip(".") in words for word in _WORD.findall(line))


def classify_line(line: str) -> str | None:
    """The furniture kind of one line (``caption``, ``credit`` …), or None for article text."""
    stripped = line.strip()
    if not stripped:
        return None
    kinds, timestamp_words, timestamp_max = _kinds()
    n_words = len(stripped.split())
    for kind in kinds:
        if n_words <= kind.max_words and any(p.search(stripped) for p in kind.patterns):
            return kind.name
    if _is_timestamp(stripped, timestamp_words, timestamp_max):
        return "timestamp"
    return None


def furniture_lines(text: str) -> list[tuple[int, int, str]]:
    """Character ranges ``(start, end, kind)`` of the furniture lines of a text.

    Besides the lines :func:`classify_line` names, two shapes need the page around them:
    a date stamp that runs into the start of a line covers only itself (the rest of the
    line is read on its own), and a headline-shaped paragraph once the body's prose has
    begun is an ``inline_heading``: a subheading or another story's teaser. The two read
    alike, and neither is what the article reports in its paragraphs.
    """
    found = []
    lines = list(page_lines(text))
    body_started = teaser_list = False
    headlines: list[str] = []  # headline-shaped lines so far, to know a copy of one
    for number, line in enumerate(lines):
        end = line.start + len(line.stripped)
        kind = classify_line(line.rest) or _repeated_headline(line.rest, headlines)
        if kind:
            found.append((line.start, end, kind))
            # a list's heading ("You may also like", "Related stories") heads the teasers
            # under it, headline-shaped lines up to the next paragraph of prose
            teaser_list = kind == "teaser" and len(line.rest.split()) <= TEASER_HEADING_WORDS
            continue
        if line.stamp:
            found.append(
                (line.start, line.start + len(line.stripped[: line.stamp].rstrip()), "timestamp")
            )
        if reads_as_headline(line.rest) and len(line.rest.split()) >= REPEAT_MIN_WORDS:
            headlines.append(line.rest)
        if teaser_list and _teaser_shaped(line.rest):
            found.append((line.start + line.stamp, end, "teaser"))  # under "You may also like"
            continue
        teaser_list = False
        if (
            body_started
            and reads_as_headline(line.rest)
            and (_stands_alone(lines, number) or _title_between_paragraphs(lines, number))
        ):
            found.append((line.start + line.stamp, end, "inline_heading"))
        elif ends_as_sentence(line.rest) and len(line.rest.split()) >= _PROSE_MIN_WORDS:
            body_started = True
    return found


def _repeated_headline(stripped: str, headlines: list[str]) -> str | None:
    """A headline the page prints again, alone or after a section label ("World Talks end
    in Oman"): ``repeat`` furniture, the first print being the article's own."""
    for headline in headlines:
        if stripped == headline or stripped.endswith(" " + headline):
            return "repeat"
    return None


def _teaser_shaped(stripped: str) -> bool:
    """Another story's headline in a list of them: short, and no sentence closed by a full
    stop (a headline may ask a question)."""
    return (
        bool(stripped)
        and len(stripped.split()) <= MAX_HEADLINE_WORDS
        and not (stripped.endswith("."))
    )


def _title_between_paragraphs(lines: list[PageLine], number: int) -> bool:
    """A title-case line between two paragraphs of prose on a page that runs its
    paragraphs line after line, with no blank line between them: a subheading or another
    story's teaser set into the body."""
    before = lines[number - 1].stripped if number else ""
    after = lines[number + 1].stripped if number + 1 < len(lines) else ""
    words = [w for w in lines[number].rest.split() if len(w) > 3 and w[0].isalpha()]
    title_case = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
    return title_case and ends_as_sentence(before) and bool(after)


def _stands_alone(lines: list[PageLine], number: int) -> bool:
    """A paragraph of its own: blank lines on both sides and more text after it (an
    embedded post's text runs straight into the line that signs it)."""
    before_blank = number == 0 or not lines[number - 1].stripped
    after_blank = number + 1 < len(lines) and not lines[number + 1].stripped
    more_follows = any(later.stripped for later in lines[number + 2 :])
    return before_blank and after_blank and more_follows


def furniture_at(ranges: list[tuple[int, int, str]], char: int) -> str | None:
    """The kind of the furniture line covering a character offset, if any."""
    for start, end, kind in ranges:
        if start <= char < end:
            return kind
    return None


@Language.component("accord_furniture")
def mark_furniture(doc: Doc) -> Doc:
    """Record the document's furniture lines for the report (and any extractor) to skip."""
    doc.user_data[FURNITURE_KEY] = furniture_lines(doc_text(doc))
    return doc
