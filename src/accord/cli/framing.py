"""``accord framing``: per-outlet (or per-document) framing profiles."""

from __future__ import annotations

import json
import sys

import typer

from accord.cli._util import DbOption, FormatOption, app, fail, open_corpus, out


@app.command()
def framing(
    db: str = DbOption,
    by: str = typer.Option("outlet", "--by", help="Group by outlet or document."),
    fmt: str = FormatOption,
) -> None:
    """Framing profiles: the loaded labels, scare quotes and charged words each outlet uses."""
    import csv

    from accord.cli.render_boards import render_profiles
    from accord.corpuswide.framing import build_profiles, profile_rows
    from accord.model import ReportDocument

    if by not in ("outlet", "document"):
        fail(f"--by must be outlet or document, got {by!r}")
    if fmt not in ("table", "json", "csv"):
        fail(f"--format must be table, json or csv, got {fmt!r}")
    with open_corpus(db) as corpus:
        documents = [
            ReportDocument(**{k: meta.get(k) for k in ReportDocument.model_fields})
            for meta in corpus.document_metadata()
            if not meta.get("copy_of")
        ]
        profiles = build_profiles(corpus.items("framing"), by=by, documents=documents)
    if fmt == "json":
        payload = [profile.as_dict() for profile in profiles]
        sys.stdout.write(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        rows = profile_rows(profiles)
        fields = list(rows[0]) if rows else ["outlet", "term", "count"]
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        render_profiles(profiles, out)
