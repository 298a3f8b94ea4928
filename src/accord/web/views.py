"""The HTML pages: the article view, the corpus views and the analyse form.

Pages read the same ``Corpus`` and analyser the JSON API uses and only arrange
what they get for the templates; every value reaches the page through Jinja
with autoescape on, so an article's own markup is shown as text.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from itertools import islice
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from accord.api.analyzer import AnalysisTimeout, AnalysisUnavailable
from accord.api.routes import find_document
from accord.api.schemas import SHORT
from accord.corpuswide.board_grid import board_grid
from accord.corpuswide.framing import build_profiles
from accord.corpuswide.talks import Board
from accord.ingest.decode import decode_text
from accord.ingest.records import InputError
from accord.ingest.textrule import TextTooLong, check_text
from accord.model import Report, ReportDocument
from accord.store import Corpus, Item
from accord.web import charts
from accord.web.chartsafe import escape_labels
from accord.web.highlight import marks_for, pieces

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")  # autoescape is on for .html
templates.env.filters["plotly_safe"] = escape_labels  # chart labels are text, not HTML
router = APIRouter(include_in_schema=False)

#: The most records a corpus view draws; beyond that the page says so.
MAX_ITEMS = 5000

Text = Annotated[str | None, Query(max_length=SHORT)]


def store(request: Request) -> Corpus:
    return request.app.state.corpus


def page(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def collect(request: Request, kind: str, **filters) -> tuple[list[Item], bool]:
    """Up to ``MAX_ITEMS`` stored records, and whether there were more."""
    given = {name: value for name, value in filters.items() if value not in ("", None)}
    items = list(store(request).items(kind, limit=MAX_ITEMS + 1, **given))
    return items[:MAX_ITEMS], len(items) > MAX_ITEMS


# --- analyse --------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    counts = store(request).counts()
    return page(request, "home.html", counts=counts, form={})


@router.post("/analyse", response_class=HTMLResponse)
async def analyze(
    request: Request,
    text: Annotated[str, Form()] = "",  # capped by the shared text rule, below
    outlet: Annotated[str, Form(max_length=SHORT)] = "",
    published: Annotated[str, Form(max_length=10)] = "",
    upload: Annotated[UploadFile | None, File()] = None,
) -> HTMLResponse:
    """Analyse a pasted or uploaded article on the spot; nothing is stored."""
    form = {"text": text, "outlet": outlet, "published": published}
    try:
        if upload is not None and upload.filename:
            text = decode_text(await upload.read())
        if not text.strip():
            raise InputError("paste an article or choose a file")
        check_text(text)
        date = dt.date.fromisoformat(published) if published.strip() else None
    except TextTooLong as error:
        return _form_error(request, {**form, "text": ""}, str(error), 413)
    except InputError as error:
        return _form_error(request, form, str(error))
    except ValueError:
        return _form_error(request, form, f"publication date must be YYYY-MM-DD, not {published!r}")
    try:
        report = await request.app.state.analyzer.analyze(text, outlet or None, date)
    except AnalysisTimeout as error:
        return _form_error(request, form, str(error), 504)
    except AnalysisUnavailable as error:
        return _form_error(request, form, str(error), 503)
    return article_page(request, text, report, stored=False)


def _form_error(request: Request, form: dict, message: str, status: int = 400) -> HTMLResponse:
    counts = store(request).counts()
    return page(request, "home.html", status, counts=counts, form=form, error=message)


def article_page(request: Request, text: str, report: Report, stored: bool) -> HTMLResponse:
    """The displaCy-style article view: the text with every finding highlighted and linked."""
    marks = marks_for(report, text)
    layers = Counter(mark.layer for mark in marks)
    return page(
        request,
        "article.html",
        report=report,
        pieces=pieces(text, marks),
        layers=layers,
        stored=stored,
        sentences={s.index: s.text for s in report.sentences},
    )


# --- documents ------------------------------------------------------------------
@router.get("/documents", response_class=HTMLResponse)
def documents(
    request: Request, offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0
) -> HTMLResponse:
    stream = store(request).document_metadata()
    try:
        rows = list(islice(stream, offset, offset + 101))
    finally:
        stream.close()
    return page(
        request,
        "documents.html",
        documents=rows[:100],
        offset=offset,
        next_offset=offset + 100 if len(rows) > 100 else None,
    )


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str) -> HTMLResponse:
    corpus = store(request)
    found = find_document(corpus, doc_id)
    report = corpus.report(doc_id) if found else None
    if found is None or report is None:
        raise HTTPException(404, "no such document")
    return article_page(request, found.text, report, stored=True)


# --- corpus views ---------------------------------------------------------------
@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request,
    actor: Text = None,
    action: Text = None,
    status: Text = None,
    outlet: Text = None,
) -> HTMLResponse:
    filters = {"actor": actor, "action": action, "status": status, "outlet": outlet}
    items, more = collect(request, "events", **filters)
    undated = sum(1 for item in items if charts.when(item) is None)
    return page(
        request,
        "timeline.html",
        items=items,
        more=more,
        undated=undated,
        filters=filters,
        figure=charts.event_timeline(items),
    )


@router.get("/network", response_class=HTMLResponse)
def network(
    request: Request, action: Text = None, status: Text = None, outlet: Text = None
) -> HTMLResponse:
    filters = {"action": action, "status": status, "outlet": outlet}
    items, more = collect(request, "events", **filters)
    return page(
        request,
        "network.html",
        edges=charts.network_edges(items),
        more=more,
        filters=filters,
        figure=charts.event_network(items),
    )


@router.get("/talks", response_class=HTMLResponse)
def talks(request: Request, process: Text = None) -> HTMLResponse:
    """One board per negotiation process (built by :mod:`accord.corpuswide.talks`, stored by
    the last ingest run); boards stop once ``MAX_ITEMS`` timeline entries are drawn."""
    boards, more = stored_boards(request, process)
    views = [
        {
            "board": board,
            "grid": board_grid(board),
            "figure": charts.board_timeline(board.timeline),
        }
        for board in boards
    ]
    return page(
        request,
        "talks.html",
        boards=views,
        more=more,
        filters={"process": process},
    )


def stored_boards(request: Request, process: str | None) -> tuple[list[Board], bool]:
    """The stored boards, most documents first, up to ``MAX_ITEMS`` timeline entries (the
    first board whole), and whether there were more."""
    corpus = store(request)
    boards: list[Board] = []
    drawn = 0
    for key, size in corpus.board_sizes(process or None):
        if boards and drawn + size > MAX_ITEMS:
            return boards, True
        data = corpus.board(key)
        if data is not None:  # None: merged into another process meanwhile
            boards.append(Board.from_dict(data))
            drawn += size
    return boards, False


@router.get("/contradictions", response_class=HTMLResponse)
def contradictions(request: Request, topic: Text = None, actor: Text = None) -> HTMLResponse:
    items, more = collect(request, "contradictions", topic=topic, actor=actor)
    filters = {"topic": topic, "actor": actor}
    return page(request, "contradictions.html", items=items, more=more, filters=filters)


@router.get("/framing", response_class=HTMLResponse)
def framing(request: Request, by: Text = None) -> HTMLResponse:
    """Per-outlet framing profiles (built by :mod:`accord.corpuswide.framing`)."""
    grouping = "document" if by == "document" else "outlet"
    items, more = collect(request, "framing")
    profiles = build_profiles(items, by=grouping, documents=stored_documents(request))
    return page(
        request,
        "framing.html",
        profiles=profiles,
        more=more,
        filters={"by": by},
        figure=charts.framing_profile({p.outlet: p.by_kind for p in profiles}),
    )


def stored_documents(request: Request) -> list[ReportDocument]:
    """Every stored original (near-duplicate copies left out), without text."""
    fields = ReportDocument.model_fields
    return [
        ReportDocument(**{name: meta.get(name) for name in fields})
        for meta in store(request).document_metadata()
        if not meta.get("copy_of")
    ]
