"""The JSON routes under ``/api``: analyse one article, and query the store.

Listings take the same filters as the CLI (they are the ``Corpus`` filters, passed
through unchanged, so SQLAlchemy binds every value) plus ``limit``/``offset``.
Only ``POST /api/analyse`` computes anything, and it never writes to the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from accord.api.analyzer import AnalysisTimeout, AnalysisUnavailable
from accord.api.schemas import (
    SHORT,
    AnalyzeRequest,
    ContradictionItem,
    DocumentSummary,
    EventItem,
    FramingItem,
    Health,
    IsoDate,
    Page,
    QuoteItem,
    StanceItem,
)
from accord.corpuswide.framing import build_profiles
from accord.model import (
    Action,
    Document,
    FramingKind,
    QuoteKind,
    Report,
    ReportDocument,
    StanceValue,
    Status,
)
from accord.store import Corpus

router = APIRouter(prefix="/api")

Text = Annotated[str | None, Query(max_length=SHORT)]
Actor = Annotated[
    str | None, Query(max_length=SHORT, description="Actor id; ISR also matches ISR.GOV.")
]
Since = Annotated[IsoDate | None, Query(description="On or after this date (YYYY-MM-DD).")]
Until = Annotated[IsoDate | None, Query(description="On or before this date (YYYY-MM-DD).")]
NOT_FOUND = {404: {"description": "No such document"}}


def corpus(request: Request) -> Corpus:
    return request.app.state.corpus


Store = Annotated[Corpus, Depends(corpus)]


def paging(
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> tuple[int, int]:
    return limit, offset


Paging = Annotated[tuple[int, int], Depends(paging)]


def page(items: Iterator[Any], paging: tuple[int, int]) -> Page:
    """One page from a stream, reading one item past it to know whether more follow."""
    limit, offset = paging
    try:
        chunk = list(islice(items, offset, offset + limit + 1))
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()
    more = len(chunk) > limit
    return Page(
        items=chunk[:limit],
        limit=limit,
        offset=offset,
        next_offset=offset + limit if more else None,
    )


def listing(store: Corpus, kind: str, filters: dict[str, Any], paging: tuple[int, int]) -> Page:
    """One page of stored records, paged in SQL (one row past the page says more follow)."""
    limit, offset = paging
    items = store.items(kind, limit=limit + 1, offset=offset, **filters)
    found = page(items, (limit, 0))
    found.offset = offset
    found.next_offset = offset + limit if found.next_offset is not None else None
    found.items = [{"document": item.document, "record": item.record} for item in found.items]
    return found


def _closing_filter(items: Iterator[Any], keep) -> Iterator[Any]:
    try:
        yield from (item for item in items if keep(item))
    finally:
        items.close()


@router.get("/health", response_model=Health, tags=["meta"])
def health(request: Request, store: Store) -> Health:
    pipeline = request.app.state.analyzer.state()
    return Health(status="ok", documents=store.count("documents"), pipeline=pipeline)


@router.post(
    "/analyse",
    response_model=Report,
    tags=["analyse"],
    responses={
        400: {"description": "Body is not readable JSON (for example, not UTF-8)"},
        413: {"description": "Body too large"},
        503: {"description": "The spaCy model is not installed"},
        504: {"description": "Analysis timed out"},
    },
)
async def analyze(request: Request, article: AnalyzeRequest) -> Report:
    """Analyse one article and return its report. Nothing is written to the store."""
    try:
        return await request.app.state.analyzer.analyze(
            article.text, article.outlet, article.published, article.title
        )
    except AnalysisTimeout as error:
        raise HTTPException(504, str(error)) from error
    except AnalysisUnavailable as error:
        raise HTTPException(503, str(error)) from error


@router.get("/documents", response_model=Page[DocumentSummary], tags=["corpus"])
def documents(
    store: Store, paging: Paging, outlet: Text = None, since: Since = None, until: Until = None
) -> Page:
    """Stored documents (without text), oldest publication first."""

    def wanted(meta: dict) -> bool:
        published = meta["published"]
        if outlet is not None and (meta["outlet"] or "").lower() != outlet.lower():
            return False
        if since is not None and (published is None or published < since):
            return False
        return until is None or (published is not None and published <= until)

    stream = store.document_metadata()
    found = page(_closing_filter(stream, wanted), paging)
    found.items = [DocumentSummary(**meta) for meta in found.items]
    return found


@router.get(
    "/documents/{doc_id}/report", response_model=Report, tags=["corpus"], responses=NOT_FOUND
)
def document_report(store: Store, doc_id: Annotated[str, Path(max_length=64)]) -> Report:
    """The stored report of one document."""
    report = store.report(doc_id)
    if report is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return report


@router.get("/documents/{doc_id}", response_model=Document, tags=["corpus"], responses=NOT_FOUND)
def document(store: Store, doc_id: Annotated[str, Path(max_length=64)]) -> Document:
    """One stored document with its text."""
    found = find_document(store, doc_id)
    if found is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return found


def find_document(store: Corpus, doc_id: str) -> Document | None:
    return store.document(doc_id) if len(doc_id) <= 64 else None


@router.get("/events", response_model=Page[EventItem], tags=["corpus"])
def events(
    store: Store,
    paging: Paging,
    actor: Actor = None,
    source: Actor = None,
    target: Actor = None,
    action: Action | None = None,
    status: Status | None = None,
    voice: Annotated[
        str | None, Query(max_length=SHORT, description="narrated, quoted, or a quote id")
    ] = None,
    outlet: Text = None,
    since: Since = None,
    until: Until = None,
    doc_id: Text = None,
) -> Page:
    """Who did what to whom, with the document each event came from."""
    filters = dict(
        actor=actor, source=source, target=target, action=action, status=status, voice=voice,
        outlet=outlet, since=since, until=until, doc_id=doc_id,
    )  # fmt: skip
    return listing(store, "events", filters, paging)


@router.get("/quotes", response_model=Page[QuoteItem], tags=["corpus"])
def quotes(
    store: Store,
    paging: Paging,
    speaker: Annotated[str | None, Query(max_length=SHORT, description="Part of the name.")] = None,
    actor: Actor = None,
    anonymous: bool | None = None,
    kind: QuoteKind | None = None,
    via: Text = None,
    outlet: Text = None,
    since: Since = None,
    until: Until = None,
    doc_id: Text = None,
) -> Page:
    """Attributed statements with their speakers and relay chains."""
    filters = dict(
        speaker=speaker, actor=actor, anonymous=anonymous, kind=kind, via=via, outlet=outlet,
        since=since, until=until, doc_id=doc_id,
    )  # fmt: skip
    return listing(store, "quotes", filters, paging)


@router.get("/stances", response_model=Page[StanceItem], tags=["corpus"])
def stances(
    store: Store,
    paging: Paging,
    process: Annotated[str | None, Query(max_length=SHORT, description="Part of the name.")] = None,
    party: Actor = None,
    stance: StanceValue | None = None,
    outlet: Text = None,
    since: Since = None,
    until: Until = None,
    doc_id: Text = None,
) -> Page:
    """Each party's stance on each negotiation process, as reported."""
    filters = dict(
        process=process, party=party, stance=stance, outlet=outlet, since=since, until=until,
        doc_id=doc_id,
    )  # fmt: skip
    return listing(store, "stances", filters, paging)


@router.get("/contradictions", response_model=Page[ContradictionItem], tags=["corpus"])
def contradictions(
    store: Store,
    paging: Paging,
    topic: Text = None,
    actor: Actor = None,
    outlet: Text = None,
    doc_id: Text = None,
) -> Page:
    """Pairs of sources stating opposite things about the same matter."""
    filters = dict(topic=topic, actor=actor, outlet=outlet, doc_id=doc_id)
    return listing(store, "contradictions", filters, paging)


@router.get("/framing", response_model=Page[FramingItem], tags=["corpus"])
def framing(
    store: Store,
    paging: Paging,
    outlet: Text = None,
    voice: Annotated[
        str | None, Query(max_length=SHORT, description="outlet, quoted, or a quote id")
    ] = None,
    kind: FramingKind | None = None,
    refers_to: Actor = None,
    term: Text = None,
    doc_id: Text = None,
) -> Page:
    """Loaded wording found in the sources, reported as each source's wording."""
    filters = dict(outlet=outlet, voice=voice, kind=kind, refers_to=refers_to, term=term,
                   doc_id=doc_id)  # fmt: skip
    return listing(store, "framing", filters, paging)


@router.get("/processes", response_model=list[dict[str, Any]], tags=["corpus"])
def processes(
    store: Store,
    process: Annotated[
        str | None, Query(max_length=SHORT, description="Part of a process name or key.")
    ] = None,
) -> list[dict]:
    """Negotiation boards, as ``accord talks --json``: parties, mediators, latest and
    disputed stances, rounds and the timeline of each process (as stored by the last
    ingest run)."""
    return store.boards(process)


@router.get("/framing/profiles", response_model=list[dict[str, Any]], tags=["corpus"])
def framing_profiles(
    store: Store,
    by: Annotated[Literal["outlet", "document"], Query()] = "outlet",
) -> list[dict]:
    """Framing profiles per outlet (or document), as ``accord framing --format json``."""
    documents = [
        ReportDocument(**{name: meta.get(name) for name in ReportDocument.model_fields})
        for meta in store.document_metadata()
        if not meta.get("copy_of")
    ]
    stream = store.items("framing")
    try:
        profiles = build_profiles(stream, by=by, documents=documents)
    finally:
        stream.close()
    return [profile.as_dict() for profile in profiles]
