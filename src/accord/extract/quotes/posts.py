"""Embedded social-media posts: a post's text, then a signature line
``— Some Ministry (@handle) May 6, 2024``, as pages paste them.

The post is a direct statement by the account, dated by the post; links the embed
leaves in the text (``pic.twitter.com/…``, ``https://t.co/…``) are not its words.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from accord.extract.quotes.candidate import Candidate
from accord.nlp.docviews import doc_text

_SIGNATURE = re.compile(
    r"^[ \t]*[—–-]{1,2}[ \t]*(?P<name>[^\n(@]{2,80}?)[ \t]*\(@(?P<handle>\w{1,30})\)"
    r"[ \t]*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?[ \t]*$",
    re.MULTILINE,
)
_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)")


def post_candidates(doc: Doc) -> list[Candidate]:
    """One direct statement per signed post."""
    text = doc_text(doc)
    found = []
    for match in _SIGNATURE.finditer(text):
        start, end = _post_before(text, match.start())
        if end - start < 8:
            continue
        name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
        dash = doc.char_span(match.start(), match.start("name"), alignment_mode="expand")
        if name is None or dash is None:
            continue
        cue = next((t for t in dash if t.is_punct), None)
        if cue is None:
            continue
        candidate = Candidate("quotes.post", cue, cue.text, name.root, [(start, end)], "direct")
        candidate.date = _post_date(match.group("date"))
        candidate.speaker_text = name.text
        found.append(candidate)
    return found


def _post_before(text: str, signature: int) -> tuple[int, int]:
    """The post's text: the lines right above the signature, up to a blank line. A page
    that sets one paragraph a line, with no blank line between paragraphs, shows a post as
    the one line above its signature; the blank-line rule would give it every paragraph of
    the article above."""
    end = signature
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n\n", 0, end)
    start = start + 2 if start >= 0 else text.rfind("\n", 0, end) + 1
    body = text[start:end]
    links = _LINK.search(body)
    if links is not None:
        end = start + links.start()
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _post_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    for form in ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y"):
        try:
            return dt.datetime.strptime(value, form).date()
        except ValueError:
            continue
    return None
