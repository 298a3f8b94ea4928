"""``accord serve``: the JSON API and the web UI."""

from __future__ import annotations

import typer

from accord.cli._util import DbOption, ModelOption, app, err, fail, open_corpus
from accord.config import Settings


@app.command()
def serve(
    db: str = DbOption,
    host: str = typer.Option("127.0.0.1", help="Interface to bind (loopback unless told)."),
    port: int = typer.Option(8000, help="TCP port (0 to 65535)."),
    allowed_hosts: list[str] = typer.Option(
        [],
        "--allowed-host",
        help="Another name the server is reached by, accepted in the Host header (repeatable).",
    ),
    model: str = ModelOption,
) -> None:
    """Serve the JSON API (/api, schema at /api/openapi.json) and the web UI."""
    from accord.api.analyzer import pipeline_analyze
    from accord.web.app import create_app
    from accord.web.guards import host_patterns
    from accord.web.listen import BadAddress, check_host, check_port, is_loopback, url
    from accord.web.server import bind, run

    settings = Settings.load(db=db, model=model)
    try:
        sock = bind(check_host(host), check_port(port))
    except BadAddress as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot serve on {host}:{port}: {error.strerror or error}")
    corpus = open_corpus(settings.db)
    address = url(host, sock.getsockname()[1])
    err.print(f"accord serving {settings.db} on {address}", highlight=False)
    if not is_loopback(host):
        err.print(
            "warning: reachable beyond this machine, and there is no authentication; "
            "it answers only to the bound address and names given with --allowed-host"
        )
    hosts = host_patterns(host, allowed_hosts)
    try:
        run(create_app(corpus, pipeline_analyze(settings.model), allowed_hosts=hosts), sock)
    finally:
        corpus.close()
