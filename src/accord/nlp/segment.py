"""Sentence boundaries that news text needs before the parser sees it.

News copy puts one paragraph per line and often a headline on the first line
with no blank line and no full stop after it. The statistical parser happily
glues such a headline to the first sentence of the body, so this component
starts a sentence after every line break and records which lines read as
headlines (short, no closing full stop). Inside a headline only a full stop may end a
sentence: the parser must not cut "US, Iran to resume talks" after its first word (a
caption line "… in Pretoria. REUTERS/Jane Doe" still has two).

A dateline ("BANGKOK, Oct 29 (AP) –") is no part of the lead's clause: parsed with it, its
city becomes a second subject of the lead's verb ("BANGKOK … announced") and the lead, often
the article's main event, is misread. The lead starts a sentence of its own after it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.datelines import dateline
from accord.nlp.docviews import HEADLINES_KEY, doc_text
from accord.nlp.lines import page_lines, reads_as_headline

_SENTENCE_END = ".!?…"


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines that read as headlines.

    A line reads as a headline when it is short, ends without sentence
    punctuation and is followed by more text (a subheading inside the article
    counts too). A date stamp running into the line's start is not part of it.
    """
    lines = list(page_lines(text))
    return [
        (line.start + line.stamp, line.start + len(line.stripped))
        for line in lines[:-1]
        if reads_as_headline(line.rest)
    ]


def stamp_ends(text: str) -> set[int]:
    """Where the date stamps running into the start of a line end: the line's own text
    starts a sentence there."""
    return {line.start + line.stamp for line in page_lines(text) if line.stamp}


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
    text = doc_text(doc)
    headlines = headline_lines(text)
    doc.user_data[HEADLINES_KEY] = headlines
    after_stamp = stamp_ends(text)
    inside = iter(headlines)
    line = next(inside, None)
    for token in doc[1:]:
        while line is not None and token.idx >= line[1]:
            line = next(inside, None)
        if _starts_line(doc, token.i) or token.idx in after_stamp:
            token.is_sent_start = True
        elif _second_word_of_a_line(doc, token.i):
            # the parser otherwise sometimes ends a line's first sentence after its first
            # word ("Israel | and Syria agreed …", "Addis | Abeba — …"), losing a subject
            token.is_sent_start = False
        elif (
            line is not None
            and line[0] < token.idx < line[1]
            and doc[token.i - 1].text[-1] not in _SENTENCE_END
        ):
            token.is_sent_start = False
    _lead_after_dateline(doc)
    return doc


def _second_word_of_a_line(doc: Doc, i: int) -> bool:
    """The token follows a line's first word on the same line, and that word ends no
    sentence."""
    if i < 1 or doc[i].is_space:
        return False
    first = doc[i - 1]
    starts = _starts_line(doc, first.i) or first.i == 0
    return (
        starts
        and not first.is_space
        and first.text[-1] not in _SENTENCE_END
        and ("\n" not in first.whitespace_)
    )


def _lead_after_dateline(doc: Doc) -> None:
    """Start a sentence at the lead's first word after the dateline, if there is one, and
    keep the lead whole up to its first full stop: cut from the dateline, the parser
    otherwise sometimes ends a sentence after the lead's first word ("Kyrgyz | President
    Sadyr Japarov and … have signed")."""
    end = dateline(doc)[1]
    if end == 0:
        return
    lead = next((t for t in doc if t.idx >= end and not t.is_space), None)
    if lead is None or lead.i == 0:
        return
    lead.is_sent_start = True
    for token in doc[lead.i + 1 :]:
        previous = doc[token.i - 1]
        if token.is_sent_start or previous.text[-1] in _SENTENCE_END or token.is_space:
            break
        token.is_sent_start = False
