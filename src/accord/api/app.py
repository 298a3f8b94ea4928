"""The FastAPI application for the JSON API (the web UI adds its pages on top).

The app is built around one open :class:`~accord.store.Corpus` and one
:class:`~accord.api.analyzer.Analyzer`, both passed in, so tests can hand it a
temporary store and a stand-in analyzer and ``accord serve`` the real ones.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from accord import __version__
from accord.api.analyzer import AnalyzeFn, Analyzer
from accord.api.docs import add_docs
from accord.api.limits import BodySizeLimit, Limits
from accord.api.routes import router
from accord.store import Corpus


def create_api(corpus: Corpus, analyze: AnalyzeFn, limits: Limits | None = None) -> FastAPI:
    """The API app: JSON routes under ``/api``, OpenAPI schema at ``/api/openapi.json``,
    Swagger UI at ``/api/docs`` and ReDoc at ``/api/redoc``."""
    limits = limits or Limits()
    analyzer = Analyzer(analyze, timeout=limits.analyze_timeout)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        analyzer.warm_up()
        yield
        analyzer.close()

    app = FastAPI(
        title="accord",
        version=__version__,
        summary="Structured, source-attributed data from news about conflict and diplomacy.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # served from local assets by add_docs, below
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.corpus = corpus
    app.state.analyzer = analyzer
    app.state.limits = limits
    app.add_middleware(BodySizeLimit, max_bytes=limits.max_body_bytes)
    app.add_exception_handler(RequestValidationError, one_line_validation_error)
    app.include_router(router)
    add_docs(app, app.openapi_url)
    return app


def validation_message(error: RequestValidationError) -> str:
    """One readable line naming the first bad field and what is wrong with it."""
    errors = error.errors()
    first = errors[0] if errors else {}
    where = ".".join(str(part) for part in first.get("loc", ()))
    return f"{where}: {first.get('msg', 'invalid input')}"


async def one_line_validation_error(request: Request, error: RequestValidationError):
    """422 with FastAPI's error list plus one readable line naming the first bad field."""
    errors = error.errors()
    message = validation_message(error)
    details = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in errors]
    return JSONResponse({"detail": details, "message": message}, status_code=422)
