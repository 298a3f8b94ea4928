"""One article in, one :class:`~accord.model.Report` out.

This is the single report function every engine (local streaming, Ray) and
every shell (CLI, API, web) calls, so the analysis is never forked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from accord.config import DEFAULT_MODEL
from accord.model import Document, Event, Evidence, Report, ReportDocument, Sentence
from accord.nlp.docviews import HEADLINES_KEY, doc_text
from accord.nlp.furniture import FURNITURE_KEY, furniture_at, furniture_lines
from accord.nlp.pipeline import load_pipeline, make_doc
from accord.nlp.segment import headline_lines


def analyze(
    text: str,
    outlet: str | None = None,
    published: date | str | None = None,
    *,
    title: str | None = None,
    external_id: str | None = None,
    nlp: Language | None = None,
    model: str = DEFAULT_MODEL,
) -> Report:
    """Analyse one article and return its report."""
    document = Document.from_text(
        text,
        outlet=outlet,
        published=published,
        title=title,
        external_id=external_id,
    )
    return next(analyze_documents([document], nlp=nlp or load_pipeline(model)))


def analyze_documents(
    documents: Iterable[Document], nlp: Language, batch_size: int = 32
) -> Iterator[Report]:
    """Stream documents through ``nlp.pipe`` and yield one report each, in order."""
    docs = (make_doc(nlp, document) for document in documents)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield report_from_doc(doc)


def report_from_doc(doc: Doc) -> Report:
    """Collect what the extractors left on ``doc._.accord`` into a report."""
    analysis = doc._.accord
    full_text = doc_text(doc)
    lines = doc.user_data.get(HEADLINES_KEY)
    headlines = {start for start, _ in (headline_lines(full_text) if lines is None else lines)}
    furniture = doc.user_data.get(FURNITURE_KEY)
    if furniture is None:
        furniture = furniture_lines(full_text)
    sentences = []
    for index, sent in enumerate(doc.sents):
        raw = full_text[sent.start_char : sent.end_char]
        text = raw.strip()
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        sentences.append(
            Sentence(
                index=index,
                start=start,
                end=start + len(text),
                text=text,
                headline=start in headlines,
                furniture=furniture_at(furniture, start),
                claims=[] if furniture_at(furniture, start) else analysis.narration.get(index, []),
            )
        )
    events, quotes, stances, contradictions = _without_furniture(analysis, furniture)
    return Report(
        document=ReportDocument(
            id=analysis.doc_id,
            external_id=analysis.external_id,
            title=analysis.title,
            outlet=analysis.outlet,
            published=analysis.published,
            url=analysis.url,
        ),
        events=merge_events(events),
        quotes=quotes,
        stances=stances,
        contradictions=contradictions,
        framing=analysis.framing,
        actors=analysis.actors,
        sentences=sentences,
        extensions={
            kind: [record.model_dump(mode="json") for record in records]
            for kind, records in analysis.extensions.items()
            if records
        },
        diagnostics=analysis.diagnostics,
    )


def _without_furniture(analysis, furniture: list[tuple[int, int, str]]):
    """The analysis' events, quotes, stances and contradictions with nothing from furniture.

    A quote whose content starts in a caption or credit line is dropped, with the
    contradictions built on it; events and stances lose the evidence that lies in
    furniture and are dropped when none is left. Framing stays: a caption's wording
    is still the outlet's.
    """
    if not furniture:
        return analysis.events, analysis.quotes, analysis.stances, analysis.contradictions

    def in_furniture(evidence: Evidence) -> bool:
        return furniture_at(furniture, evidence.start) is not None

    def kept(items):
        for item in items:
            if not item.evidence or not any(in_furniture(e) for e in item.evidence):
                yield item
                continue
            evidence = [e for e in item.evidence if not in_furniture(e)]
            if evidence:
                yield item.model_copy(update={"evidence": evidence})

    def quote_start(quote) -> int | None:
        if quote.content_span is not None:
            return quote.content_span.start
        return quote.evidence[0].start if quote.evidence else None

    quotes = [
        quote
        for quote in analysis.quotes
        if (start := quote_start(quote)) is None or furniture_at(furniture, start) is None
    ]
    dropped_quotes = {quote.id for quote in analysis.quotes} - {quote.id for quote in quotes}
    events = [e for e in kept(analysis.events) if e.voice not in dropped_quotes]
    contradictions = [
        c
        for c in analysis.contradictions
        if c.a.quote_id not in dropped_quotes and c.b.quote_id not in dropped_quotes
    ]
    return events, quotes, list(kept(analysis.stances)), contradictions


def merge_events(events: list[Event]) -> list[Event]:
    """An event an article tells several times is one event with several evidence spans.

    A story repeats its main event in the headline, the lead and the body, often once as
    planned or claimed and once as under way. Two statements are one event when they have
    the same source, type and target and no two different dates; the first statement
    keeps its fields (its status among them), later ones add their evidence and raise the
    confidence. An event is copied only when a later statement changes it, so the
    extractor's own records are never modified.
    """
    merged: list[Event] = []
    tellings: dict[tuple, list[int]] = {}  # (source, action, target) → indexes in merged
    copied: set[int] = set()
    for event in events:
        same = tellings.setdefault((event.source, event.action, event.target), [])
        index = next(
            (
                i
                for i in same
                if merged[i].date is None or event.date is None or merged[i].date == event.date
            ),
            None,
        )
        if index is None:
            same.append(len(merged))
            merged.append(event)
            continue
        if index not in copied:
            merged[index] = merged[index].model_copy(deep=True)
            copied.add(index)
        kept = merged[index]
        kept.evidence.extend(event.evidence)
        kept.confidence = max(kept.confidence, event.confidence)
        kept.mode = kept.mode or event.mode
        kept.location = kept.location or event.location
        kept.date = kept.date or event.date
    return merged
