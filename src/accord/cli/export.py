"""``accord export``: the store as JSONL, CSV, Parquet or PLOVER events."""

from __future__ import annotations

from pathlib import Path

import typer

from accord.cli._util import DbOption, app, err, fail, open_corpus


@app.command("export")
def export_store(
    out_path: Path = typer.Argument(..., metavar="OUT", help="File, or folder for csv/parquet."),
    fmt: str = typer.Option(..., "--format", help="jsonl, csv, parquet or plover."),
    db: str = DbOption,
) -> None:
    """Export the store: JSONL reports, CSV tables, Parquet datasets or PLOVER events."""
    from accord.export import FORMATS, export

    if fmt not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    with open_corpus(db) as corpus:
        try:
            counts = export(corpus, fmt, out_path)
        except OSError as error:
            fail(f"cannot write {out_path}: {error.strerror or error}")
    summary = ", ".join(f"{n} {part}" for part, n in counts.items())
    err.print(f"exported {summary} to {out_path}", highlight=False)
