"""The full application ``accord serve`` runs: the JSON API plus the web pages.

Every asset comes from the installed package (templates, CSS, JS, and Plotly's
bundled ``plotly.min.js`` from the ``plotly`` package): the machines it runs on
may have no internet, so nothing is loaded from a CDN. A strict
Content-Security-Policy keeps it that way and stops any script that is not ours.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from accord.api.analyzer import AnalyzeFn
from accord.api.app import create_api
from accord.api.limits import Limits
from accord.store import Corpus
from accord.web.views import router, templates

STATIC = Path(__file__).resolve().parent / "static"

SECURITY_HEADERS = {
    # Plotly sets inline styles on its SVG, so styles may be inline; scripts may not.
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def plotly_bundle() -> Path:
    """The minified Plotly build shipped inside the ``plotly`` Python package."""
    return Path(str(files("plotly") / "package_data" / "plotly.min.js"))


def create_app(corpus: Corpus, analyze: AnalyzeFn, limits: Limits | None = None) -> FastAPI:
    app = create_api(corpus, analyze, limits)
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

    app.include_router(router)
    return app
