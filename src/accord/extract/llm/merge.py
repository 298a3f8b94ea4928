"""The ``both`` policy: merge the model's checked items into the rules' output.

* An event the model found with the same source, action and status as a rules event,
  stated in the same sentence, and the same target or a target only one side names, is
  the same event: the rules event is kept, gains the model's evidence (and its target when
  the rules found none) and is marked ``found_by = ["rules", "llm"]`` (agreed). A target
  one side misses is a gap, not a disagreement; two different targets are two events.
* A quote whose content span overlaps a rules quote's by at least half of the shorter one
  is the same quote: the rules quote is kept (its speaker and chain analysis is richer),
  marked agreed, and takes the model's English rendering if it has none.
* Everything else from either side is kept and marked with the one extractor that found
  it. Nothing is dropped for disagreeing: the model's items have already passed the
  evidence check, and the rules' items never depend on the model.
"""

from __future__ import annotations

from accord.extract.analysis import Analysis
from accord.model import Event, Quote

MIN_QUOTE_OVERLAP = 0.5


def merge_into(analysis: Analysis, events: list[Event], quotes: list[Quote]) -> dict[str, int]:
    """Add the model's records to ``analysis``; return how many of each kind were agreed."""
    for record in (*analysis.events, *analysis.quotes):
        record.found_by = record.found_by or ["rules"]
    agreed = {"events": 0, "quotes": 0}
    renamed: dict[str, str] = {}  # the model's quote id -> the rules quote it agreed with
    for quote in quotes:
        match = _same_quote(analysis.quotes, quote)
        if match is None:
            add_quote(analysis, quote)
            continue
        agreed["quotes"] += 1
        renamed[quote.id] = match.id
        _agree(match)
        match.translation = match.translation or quote.translation
    for event in events:
        event.voice = renamed.get(event.voice, event.voice)
        match = _same_event(analysis.events, event)
        if match is None:
            analysis.events.append(event)
            continue
        agreed["events"] += 1
        _agree(match)
        match.target = match.target or event.target
        match.target_text = match.target_text or event.target_text
        match.evidence.extend(event.evidence)
    return agreed


def add_quote(analysis: Analysis, quote: Quote) -> None:
    """Keep a quote and its content span (later extractors ask which quote voices a span)."""
    analysis.quotes.append(quote)
    analysis.quote_spans.append((quote.content_span.start, quote.content_span.end, quote.id))


def _agree(record: Event | Quote) -> None:
    if "llm" not in record.found_by:
        record.found_by = [*record.found_by, "llm"]


def _same_event(events: list[Event], event: Event) -> Event | None:
    key = (event.source, event.action, event.status)
    sentences = {evidence.sentence for evidence in event.evidence}
    for candidate in events:
        if (candidate.source, candidate.action, candidate.status) != key:
            continue
        if None not in (candidate.target, event.target) and candidate.target != event.target:
            continue
        if sentences & {evidence.sentence for evidence in candidate.evidence}:
            return candidate
    return None


def _same_quote(quotes: list[Quote], quote: Quote) -> Quote | None:
    start, end = quote.content_span.start, quote.content_span.end
    for candidate in quotes:
        span = candidate.content_span
        if span is None:
            continue
        overlap = min(end, span.end) - max(start, span.start)
        shorter = min(end - start, span.end - span.start)
        if shorter > 0 and overlap >= MIN_QUOTE_OVERLAP * shorter:
            return candidate
    return None
