"""``accord serve``: the JSON API and the web UI."""

from __future__ import annotations

import typer

from accord.cli._util import DbOption, ModelOption, app, err, fail, open_corpus
from accord.config import Settings


@app.command()
def serve(
    db: str = DbOption,
    host: str = typer.Option("127.0.0.1", help="Interface to bind (loopback unless told)."),
    port: int = typer.Option(8000, help="TCP port."),
    model: str = ModelOption,
) -> None:
    """Serve the JSON API (/api, schema at /api/openapi.json) and the web UI."""
    from accord.api.analyzer import pipeline_analyze
    from accord.web.app import create_app
    from accord.web.server import bind, run

    settings = Settings.load(db=db, model=model)
    try:
        sock = bind(host, port)
    except OSError as error:
        fail(f"cannot serve on {host}:{port}: {error.strerror or error}")
    corpus = open_corpus(settings.db)
    err.print(f"accord serving {settings.db} on http://{host}:{port}/", highlight=False)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print("warning: reachable beyond this machine, and there is no authentication")
    try:
        run(create_app(corpus, pipeline_analyze(settings.model)), sock)
    finally:
        corpus.close()
