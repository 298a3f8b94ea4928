"""The full application ``accord serve`` runs: the JSON API plus the web pages.

Every asset comes from the installed package (templates, CSS, JS, and Plotly's
bundled ``plotly.min.js`` from the ``plotly`` package): the machines it runs on
may have no internet, so nothing is loaded from a CDN. A strict
Content-Security-Policy keeps it that way and stops any script that is not ours.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from accord.api.analyzer import AnalyzeFn
from accord.api.app import create_api, one_line_validation_error, validation_message
from accord.api.limits import Limits
from accord.store import Corpus
from accord.web.guards import SameOriginPosts, host_patterns
from accord.web.views import router, templates

STATIC = Path(__file__).resolve().parent / "static"
logger = logging.getLogger(__name__)

SECURITY_HEADERS = {
    # Plotly sets inline styles on its SVG, so styles may be inline; scripts may not.
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    # same-origin, not no-referrer: with no-referrer a browser posts forms with
    # "Origin: null", and the cross-site check (accord.web.guards) needs the real one
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


def plotly_bundle() -> Path:
    """The minified Plotly build shipped inside the ``plotly`` Python package."""
    return Path(str(files("plotly") / "package_data" / "plotly.min.js"))


def create_app(
    corpus: Corpus,
    analyze: AnalyzeFn,
    limits: Limits | None = None,
    allowed_hosts: Sequence[str] | None = None,
) -> FastAPI:
    """The app, answering only requests whose Host is in ``allowed_hosts`` (by default
    this machine's loopback names; see :mod:`accord.web.guards`)."""
    app = create_api(corpus, analyze, limits)
    # added before the header middleware, so their refusals carry the security headers too
    app.add_middleware(SameOriginPosts)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or host_patterns())
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(plotly_bundle(), media_type="text/javascript")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, error: StarletteHTTPException):
        """JSON errors under /api, an HTML page elsewhere."""
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": error.detail}, error.status_code, error.headers)
        return templates.TemplateResponse(
            request, "error.html", {"error": error}, status_code=error.status_code
        )

    @app.exception_handler(RequestValidationError)
    async def invalid_input(request: Request, error: RequestValidationError):
        """The API's one-line JSON 422 under /api; elsewhere an HTML page a browser shows."""
        if request.url.path.startswith("/api"):
            return await one_line_validation_error(request, error)
        page_error = StarletteHTTPException(422, validation_message(error))
        return templates.TemplateResponse(
            request, "error.html", {"error": page_error}, status_code=422
        )

    @app.exception_handler(Exception)
    async def server_error(request: Request, error: Exception):
        """A bug answers 500 with one line and the security headers; the traceback goes to
        the server's log only (this handler runs outside the header middleware)."""
        logger.error("%s %s failed", request.method, request.url.path, exc_info=error)
        detail = "internal error; the server log has the details"
        if request.url.path.startswith("/api"):
            response = JSONResponse({"detail": detail}, status_code=500)
        else:
            response = HTMLResponse(f"<!DOCTYPE html><title>500</title><h1>500</h1><p>{detail}</p>",
                                    status_code=500)  # fmt: skip
        response.headers.update(SECURITY_HEADERS)
        return response

    app.include_router(router)
    return app
