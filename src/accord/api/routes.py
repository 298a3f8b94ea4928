"""The JSON routes under ``/api``: analyse one article, and query the store.

Listings take the same filters as the CLI (they are the ``Corpus`` filters, passed
through unchanged, so SQLAlchemy binds every value) plus ``limit``/``offset``.
Only ``POST /api/analyse`` computes anything, and it never writes to the store.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from itertools import islice
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel

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
    item_model_of,
)
from accord.corpuswide.framing import build_profiles
from accord.model import (
    Document,
    Report,
    ReportDocument,
)
from accord.store import Corpus
from accord.store.kinds import Param, RecordKind, record_kinds

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


def _annotation(param: Param):
    """A record kind's filter as a typed, documented query parameter."""
    if param.shape == "actor":
        return Actor
    if param.shape in ("since", "until"):
        return Since if param.shape == "since" else Until
    if param.shape == "flag":
        return bool | None
    if param.shape == "choice":
        return param.choices | None
    if param.api_help:
        return Annotated[str | None, Query(max_length=SHORT, description=param.api_help)]
    return Text


def add_listing_route(kind: RecordKind, item_model: type[BaseModel]) -> None:
    """``GET /api/<kind>``: one page of the kind's records, its filters as query parameters."""

    def endpoint(store: Corpus, paging: tuple[int, int], **filters) -> Page:
        return listing(store, kind.name, filters, paging)

    keyword = inspect.Parameter.KEYWORD_ONLY
    endpoint.__signature__ = inspect.Signature(
        [
            inspect.Parameter("store", keyword, annotation=Store),
            inspect.Parameter("paging", keyword, annotation=Paging),
            *(
                inspect.Parameter(p.name, keyword, annotation=_annotation(p), default=None)
                for p in kind.params
            ),
        ]
    )
    router.add_api_route(
        f"/{kind.name}",
        endpoint,
        methods=["GET"],
        name=kind.name,
        description=kind.description,
        response_model=Page[item_model],
        tags=["corpus"],
    )


#: The API's item models of the built-in kinds (a plug-in kind's is made from its model).
ITEM_MODELS = {
    "events": EventItem,
    "quotes": QuoteItem,
    "stances": StanceItem,
    "contradictions": ContradictionItem,
    "framing": FramingItem,
}
for _kind in record_kinds().values():
    add_listing_route(_kind, ITEM_MODELS.get(_kind.name) or item_model_of(_kind.model))


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
