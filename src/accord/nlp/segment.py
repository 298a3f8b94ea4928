"""Sentence boundaries that news text needs before the parser sees it.

News copy puts one paragraph per line and often a headline on the first line
with no blank line and no full stop after it. The statistical parser happily
glues such a headline to the first sentence of the body, so this component
starts a sentence after every line break and records which lines read as
headlines (short, no closing full stop). Inside a headline only a full stop may end a
sentence: the parser must not cut "US, Iran to resume talks" after its first word (a
caption line "… in Pretoria. REUTERS/Jane Doe" still has two).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.docviews import doc_text

MAX_HEADLINE_WORDS = 20
_SENTENCE_END = ".!?…"
_TERMINAL = re.compile(r"[.!?…:;]['\"’”)\]]*\s*$")


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines that read as headlines.

    A line reads as a headline when it is short, ends without sentence
    punctuation and is followed by more text (a subheading inside the article
    counts too).
    """
    ranges = []
    offset = 0
    lines = text.split("\n")
    for number, line in enumerate(lines):
        stripped = line.strip()
        is_last = number == len(lines) - 1
        if (
            stripped
            and not is_last
            and len(stripped.split()) <= MAX_HEADLINE_WORDS
            and not _TERMINAL.search(stripped)
        ):
            start = offset + (len(line) - len(line.lstrip()))
            ranges.append((start, start + len(stripped)))
        offset += len(line) + 1
    return ranges


def _starts_line(doc: Doc, i: int) -> bool:
    """The token is the first word after a line break (spaCy keeps breaks as space tokens
    or as trailing white space of the previous token)."""
    previous = doc[i - 1]
    if "\n" in previous.text or "\n" in previous.whitespace_:
        return not doc[i].is_space
    return previous.is_space and i > 1 and "\n" in doc[i - 2].whitespace_


@Language.component("accord_paragraphs")
def split_paragraphs(doc: Doc) -> Doc:
    """Start a sentence at each new line and after each headline; keep a headline whole."""
    headlines = headline_lines(doc_text(doc))
    doc.user_data["accord_headlines"] = headlines
    inside = iter(headlines)
    line = next(inside, None)
    for token in doc[1:]:
        while line is not None and token.idx >= line[1]:
            line = next(inside, None)
        if _starts_line(doc, token.i):
            token.is_sent_start = True
        elif (
            line is not None
            and line[0] < token.idx < line[1]
            and doc[token.i - 1].text[-1] not in _SENTENCE_END
        ):
            token.is_sent_start = False
    return doc
