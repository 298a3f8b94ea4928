"""Building a :class:`~accord.model.Quote` record from a candidate: its speaker resolved
(:mod:`accord.extract.quotes.speakers`), content trimmed of datelines, spans and evidence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from accord.extract.analysis import Analysis, evidence_for
from accord.extract.quotes.candidate import Candidate
from accord.extract.quotes.speakers import SpeakerResolver
from accord.model import Quote
from accord.model import Span as TextSpan
from accord.nlp.datelines import dateline
from accord.nlp.docviews import doc_text

#: Parts of speech of words that name no one, as a speaker's head word.
FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX"})

_DATELINE = re.compile(
    r"[A-Z][A-Z.'/-]+(?:[ /][A-Z][A-Z.'/-]+)*,?"  # KYIV, PORT SUDAN, KYIV/MOSCOW
    r"(?:\s[A-Z][a-z]{2,8}\.?\s\d{1,2},?)?"  # March 5
    r"(?:\s\([^)\n]{1,40}\))?"  # (Northern Wire)
    r"\s[–—-]\s"
)


def build_quote(
    doc: Doc, analysis: Analysis, resolver: SpeakerResolver, candidate: Candidate
) -> Quote | None:
    text = doc_text(doc)
    _, dateline_end = dateline(doc)
    pieces = [
        (max(a, dateline_end) if a < dateline_end < b else a, b) for a, b in candidate.pieces
    ]  # "TEHRAN (Wire) - Iran has rejected …": the dateline is no part of what is said
    pieces = [(a, b) for a, b in (_trim_content(text, a, b) for a, b in pieces) if b > a]
    if not pieces:
        return None
    candidate.pieces = pieces
    if candidate.subject is not None and candidate.subject.pos_ in FUNCTION_POS:
        return None  # "…, according to of" (a page cut off): no one is named
    if candidate.relay_subject is not None:
        resolver.remember_relay(candidate.relay_subject)
    speaker = resolver.resolve(candidate.subject, candidate.cue)
    if speaker is None:
        return None
    if candidate.relay is not None:
        resolver.relayed_by(candidate.relay)
    attribution = resolver.attribution(candidate.cue, speaker)
    if candidate.date is not None:
        attribution.date = candidate.date
    content = " ".join(_clean_piece(text[a:b]) for a, b in pieces)
    quote_id = analysis.next_id("q")
    cue_end = candidate.cue.idx + len(candidate.cue_text)
    cue_span = TextSpan(
        start=candidate.cue.idx, end=cue_end, text=text[candidate.cue.idx : cue_end]
    )
    content_start, content_end = pieces[0][0], pieces[-1][1]
    evidence_span = _evidence_span(doc, candidate)
    quote = Quote(
        id=quote_id,
        speaker=candidate.speaker_text or speaker.text,
        speaker_actor=speaker.actor,
        speaker_kind=speaker.kind,
        speaker_org=speaker.org,
        kind=candidate.kind,
        cue=candidate.cue_text.lower() if candidate.cue_text else None,
        content=content,
        via=attribution.via,
        chain=attribution.chain,
        recipient=attribution.recipient,
        date=attribution.date,
        speaker_span=speaker.span,
        cue_span=cue_span,
        content_span=TextSpan(
            start=content_start, end=content_end, text=text[content_start:content_end]
        ),
        evidence=[evidence_for(evidence_span, rule=candidate.rule, trigger=candidate.cue_text)],
    )
    if resolver.refers_back is not None:
        resolver.fallbacks[quote_id] = resolver.refers_back
        speaker = resolver.refers_back  # later "the minister said" continue with them
    resolver.remember(speaker, attribution)
    return quote


def _evidence_span(doc: Doc, candidate: Candidate) -> Span:
    """The stretch holding speaker, cue and content: what a reader checks."""
    start = min(candidate.start, candidate.cue.idx)
    end = max(candidate.end, candidate.cue.idx + len(candidate.cue.text))
    if candidate.subject is not None:
        start = min(start, candidate.subject.left_edge.idx)
        right = candidate.subject.right_edge
        end = max(end, right.idx + len(right.text))
    return doc.char_span(start, end, alignment_mode="expand") or doc[:]


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _clean_piece(piece: str) -> str:
    return " ".join(piece.split())
