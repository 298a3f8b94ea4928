"""``accord errors``: the quarantine of inputs that failed, and why."""

from __future__ import annotations

import json
import sys

import typer

from accord.cli._util import DbOption, app, err, open_corpus, out


@app.command()
def errors(
    db: str = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print the errors as JSON."),
) -> None:
    """The quarantine: inputs that could not be ingested, and why."""
    with open_corpus(db) as corpus:
        rows = corpus.errors()
    if as_json:
        sys.stdout.write(json.dumps([row.model_dump(mode="json") for row in rows], indent=1) + "\n")
        return
    if not rows:
        err.print("no errors recorded")
    for row in rows:
        where = f"{row.source}:{row.record}" if row.record else row.source
        line = f"{row.time:%Y-%m-%d %H:%M:%S}  {where}: {row.reason}"
        out.print(line, highlight=False, markup=False)
