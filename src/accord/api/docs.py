"""The API's documentation pages, Swagger UI at ``/api/docs`` and ReDoc at ``/api/redoc``,
served entirely from installed packages.

FastAPI's default pages load their scripts from a CDN and start them with an inline
script; the app's Content-Security-Policy (``script-src 'self'``) blocks both, and the
machines accord runs on may have no internet anyway. So the pages here load Swagger UI
and ReDoc from the ``fastapi-offline`` package (which ships both builds; Swagger UI 5
reads the OpenAPI 3.1 schema FastAPI writes) and start them with ``api-docs.js``, a file
of this package. Nothing inline, nothing remote: the policy stays strict.
"""

from __future__ import annotations

from html import escape
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/api/docs/assets"
OWN = Path(__file__).resolve().parent / "static"


def vendor_assets() -> Path:
    """Swagger UI's and ReDoc's built files, as the ``fastapi-offline`` package ships them."""
    return Path(str(files("fastapi_offline") / "static"))


def add_docs(app: FastAPI, openapi_url: str) -> None:
    """Mount the assets and add the two pages to ``app`` (created with ``docs_url=None``)."""
    app.mount(ASSETS, StaticFiles(directory=vendor_assets()), name="api-docs-assets")
    app.mount("/api/docs/own", StaticFiles(directory=OWN), name="api-docs-own")
    spec = escape(openapi_url)

    @app.get("/api/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return HTMLResponse(
            _page(
                f"{escape(app.title)} API",
                f'<link rel="stylesheet" href="{ASSETS}/swagger-ui.css">',
                f'<div id="swagger-ui" data-openapi="{spec}"></div>'
                f'<script src="{ASSETS}/swagger-ui-bundle.js"></script>',
            )
        )

    @app.get("/api/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return HTMLResponse(
            _page(
                f"{escape(app.title)} API",
                "",
                f'<div id="redoc" data-openapi="{spec}"></div>'
                f'<script src="{ASSETS}/redoc.standalone.js"></script>',
            )
        )


def _page(title: str, head: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<link rel="icon" href="{ASSETS}/favicon.png">{head}</head><body>{body}'
        '<script src="/api/docs/own/api-docs.js"></script></body></html>'
    )
