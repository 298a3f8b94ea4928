"""Headline attributions: ``Name: statement``, ``Name – statement`` and
``statement – Name`` on the lines the segmenter marked as headlines, and the rest of a
headline after its ``says`` (``Army Chief Says No Talks With Rebels``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from accord.extract.quotes.candidate import Candidate, trim
from accord.nlp.docviews import doc_text, headline_ranges

_HEADLINE_ATTRIBUTION = (
    re.compile(r"^(?P<speaker>[^:–—]{2,40}?)(?::\s+|\s[–—]\s)(?P<content>\S.+)$"),
    re.compile(r"^(?P<content>\S.+?)\s[–—]\s(?P<speaker>[^:–—]{2,40})$"),
)


def headline_candidates(doc: Doc) -> list[Candidate]:
    """Headline attributions ``Name: statement``, ``Name – statement``, ``statement – Name``."""
    found = []
    for start, end in headline_ranges(doc):
        for pattern in _HEADLINE_ATTRIBUTION:
            match = pattern.match(doc_text(doc)[start:end])
            if match is None:
                continue
            speaker = doc.char_span(
                start + match.start("speaker"),
                start + match.end("speaker"),
                alignment_mode="contract",
            )
            if speaker is None or not _reads_as_name(speaker):
                continue
            if match.start("speaker") < match.start("content"):
                cue_start, cue_end = start + match.end("speaker"), start + match.start("content")
            else:
                cue_start, cue_end = start + match.end("content"), start + match.start("speaker")
            cue = doc.char_span(cue_start, cue_end, alignment_mode="expand")
            cue_token = next((t for t in cue if t.is_punct), None) if cue is not None else None
            if cue_token is None:
                continue
            pieces = [(start + match.start("content"), start + match.end("content"))]
            cue_text = doc_text(doc)[cue_start:cue_end].strip()
            found.append(Candidate("quotes.headline", cue_token, cue_text, speaker.root, pieces))
            break
    return found


def _reads_as_name(span: Span) -> bool:
    """A short capitalised name ("Kremlin", "Hrytsenko"), not a topic label; a kicker of
    several words in capitals ("WAR UPDATES:", "BREAKING NEWS:") is a label."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) > 1 and all(t.text.isupper() for t in words):
        return False
    return 0 < len(words) <= 4 and all(t.text[:1].isupper() and t.is_alpha for t in words)


def headline_says(doc: Doc, cue: Token, subject: Token) -> Candidate | None:
    """``Army Chief Says No Talks With Rebels Until …``: headline grammar drops the verb of
    what was said, so the parser reads it as an object; the rest of the headline after
    "says" is the statement whatever its parse."""
    if cue.lemma_.lower() != "say" or subject.i > cue.i:
        return None
    text = doc_text(doc)
    for start, end in headline_ranges(doc):
        if start <= cue.idx < end:
            piece = trim(text, cue.idx + len(cue.text), end)
            if len(text[piece[0] : piece[1]].split()) < 2:
                return None
            return Candidate("quotes.headline.says", cue, cue.text, subject, [piece])
    return None
