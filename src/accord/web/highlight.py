"""Turn a report's character spans into nested highlight marks over the article text.

In the spirit of spaCy's displaCy, but for overlapping layers: a quote's content
holds events, actors and framing markers, and spans from different extractors can
cross. The text is cut at every span boundary and marks are opened and closed like
a stack; a mark that must close early to keep the nesting valid is re-opened right
after, so crossing spans still render as well-formed HTML.

The output is a flat list of :class:`Piece` objects (open a mark, text, close a
mark) so the template writes all the markup and Jinja's autoescape handles every
character of the article: nothing here builds HTML.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from accord.model import Evidence, Report


@dataclass(frozen=True)
class Mark:
    """One highlighted span: ``ref`` links it to the item panel (``event-e1``)."""

    start: int
    end: int
    layer: str  # quote | speaker | cue | event | actor | framing | stance
    ref: str
    label: str
    title: str = ""


@dataclass(frozen=True)
class Piece:
    kind: str  # "open" | "text" | "close"
    text: str = ""
    mark: Mark | None = None
    continued: bool = False  # an "open" that resumes a mark cut short to keep the nesting valid
    final: bool = False  # a "close" that really ends its mark (labels show once per mark)


def marks_for(report: Report, text: str) -> list[Mark]:
    """Every span of the report worth showing, clipped to the text."""
    marks: list[Mark] = []
    for quote in report.quotes:
        ref = f"quote-{quote.id}"
        content = quote.content_span or _first(quote.evidence)
        if content is not None:
            title = f"{quote.speaker} → {quote.content}"
            marks.append(Mark(content.start, content.end, "quote", ref, quote.speaker, title))
        if quote.speaker_span is not None:
            label = quote.speaker_actor or quote.speaker_kind
            span = quote.speaker_span
            marks.append(Mark(span.start, span.end, "speaker", ref, label, quote.speaker))
        if quote.cue_span is not None:
            span = quote.cue_span
            marks.append(Mark(span.start, span.end, "cue", ref, "", quote.cue or ""))
    for event in report.events:
        ref = f"event-{event.id}"
        for evidence in event.evidence:
            start, end = _trigger_span(evidence, text)
            marks.append(Mark(start, end, "event", ref, event.action, _event_title(event)))
            for actor, surface in (
                (event.source, event.source_text),
                (event.target, event.target_text),
            ):
                found = _find_within(evidence, text, surface)
                if actor and found:
                    marks.append(Mark(*found, "actor", ref, actor, surface or ""))
    for marker in report.framing:
        ref = f"framing-{marker.id}"
        label = marker.kind.replace("_", " ") + (f" {marker.refers_to}" if marker.refers_to else "")
        title = f"{marker.term} (neutral: {marker.neutral})" if marker.neutral else marker.term
        for evidence in marker.evidence:
            marks.append(Mark(evidence.start, evidence.end, "framing", ref, label, title))
    for stance in report.stances:
        ref = f"stance-{stance.id}"
        for evidence in stance.evidence:
            start, end = _trigger_span(evidence, text)
            marks.append(Mark(start, end, "stance", ref, stance.stance, stance.party))
    return _valid(marks, len(text))


def pieces(text: str, marks: list[Mark]) -> list[Piece]:
    """The article as open/text/close pieces, always well nested."""
    starts: dict[int, list[Mark]] = defaultdict(list)
    for mark in marks:
        starts[mark.start].append(mark)
    points = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[Piece] = []
    stack: list[Mark] = []
    position = 0
    for point in points:
        if point > position:
            out.append(Piece("text", text[position:point]))
            position = point
        if any(mark.end == point for mark in stack):
            reopen: list[Mark] = []
            while any(mark.end == point for mark in stack):
                mark = stack.pop()
                out.append(Piece("close", mark=mark, final=mark.end == point))
                if mark.end != point:
                    reopen.append(mark)
            for mark in reversed(reopen):
                stack.append(mark)
                out.append(Piece("open", mark=mark, continued=True))
        for mark in sorted(starts.get(point, ()), key=lambda m: (-m.end, _DEPTH[m.layer])):
            stack.append(mark)
            out.append(Piece("open", mark=mark))
    return out


#: Wider layers open first when two marks start together, so quotes enclose what they hold.
_DEPTH = {"quote": 0, "stance": 1, "event": 2, "speaker": 3, "cue": 3, "actor": 4, "framing": 5}


def _first(evidence: list[Evidence]) -> Evidence | None:
    return evidence[0] if evidence else None


def _event_title(event) -> str:
    return f"{event.source or '?'} {event.action} {event.target or '—'} ({event.status})"


def _trigger_span(evidence: Evidence, text: str) -> tuple[int, int]:
    """The trigger word inside an evidence span when it can be found, else the whole span."""
    return _find_within(evidence, text, evidence.trigger) or (evidence.start, evidence.end)


def _find_within(evidence: Evidence, text: str, needle: str | None) -> tuple[int, int] | None:
    if not needle:
        return None
    at = text.find(needle, evidence.start, evidence.end)
    return (at, at + len(needle)) if at >= 0 else None


def _valid(marks: list[Mark], length: int) -> list[Mark]:
    """Drop empty or out-of-range spans and exact duplicates (an evidence repeated)."""
    seen: set[tuple] = set()
    kept = []
    for mark in marks:
        key = (mark.start, mark.end, mark.layer, mark.ref)
        if not 0 <= mark.start < mark.end <= length or key in seen:
            continue
        seen.add(key)
        kept.append(mark)
    return kept
