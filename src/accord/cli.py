"""The ``accord`` command line: a thin shell over report, store and analyze.

Every command turns user errors into one-line messages (no tracebacks) and
keeps stdout clean for ``--json`` output: progress and diagnostics go to stderr.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import typer
from rich.console import Console

from accord.config import Settings

app = typer.Typer(
    help="Turn news about conflict and diplomacy into structured, source-attributed data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

ModelOption = typer.Option(None, "--model", help="spaCy model (env ACCORD_MODEL).")


def fail(message: str, code: int = 1) -> None:
    """Print a one-line error and exit."""
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--published must be YYYY-MM-DD, got {value!r}")


def load_nlp(model: str | None):
    from accord.nlp.pipeline import ModelNotInstalled, load_pipeline

    settings = Settings.load(model=model)
    try:
        return load_pipeline(settings.model)
    except ModelNotInstalled as error:
        fail(str(error))


@app.command()
def analyze(
    path: str = typer.Argument(..., help="Article file (.txt, .html, .jsonl) or - for stdin."),
    outlet: str = typer.Option(None, help="The publishing outlet."),
    published: str = typer.Option(None, help="Publication date, YYYY-MM-DD."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    model: str = ModelOption,
) -> None:
    """Analyse one article (or each line of a .jsonl file) without a database."""
    from accord.ingest.single import SingleInputError, read_single_input
    from accord.render import render_report
    from accord.report import analyze_documents

    try:
        inputs = read_single_input(path, outlet=outlet, published=parse_date(published))
    except SingleInputError as error:
        fail(str(error))
    nlp = load_nlp(model)
    failures = 0

    def documents():
        nonlocal failures
        for item in inputs:
            if isinstance(item, SingleInputError):
                failures += 1
                err.print(f"[yellow]skipped:[/yellow] {item}", highlight=False)
            else:
                yield item

    analysed = 0
    for report in analyze_documents(documents(), nlp):
        analysed += 1
        if as_json:
            sys.stdout.write(report.model_dump_json() + "\n")
        else:
            render_report(report, out)
    if failures and not analysed:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report."""
    from accord.model import report_json_schema

    sys.stdout.write(json.dumps(report_json_schema(), indent=1) + "\n")


@app.command("eval")
def evaluate(
    gold: list[Path] = typer.Argument(..., help="Gold files (.json) or PLOVER peer sets (.jsonl)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable scores."),
    per_file: bool = typer.Option(False, "--per-file", help="Also show each file's scores."),
    model: str = ModelOption,
) -> None:
    """Score accord against gold files by the rules in the gold README."""
    from accord.eval.runner import GoldError, is_peer_file, score_gold_files, score_peer_file
    from accord.render import render_scores

    nlp = load_nlp(model)
    articles = [path for path in gold if not is_peer_file(path)]
    peers = [path for path in gold if is_peer_file(path)]
    result: dict = {}
    try:
        if articles:
            total, files = score_gold_files(articles, nlp)
            result["articles"] = {"files": len(articles), **total.as_dict()}
            if per_file:
                result["per_file"] = {name: s.as_dict() for name, s in files.items()}
        for path in peers:
            result.setdefault("peer", {})[str(path)] = score_peer_file(path, nlp).as_dict()
    except GoldError as error:
        fail(str(error))
    if as_json:
        sys.stdout.write(json.dumps(result, indent=1) + "\n")
    else:
        render_scores(result, out)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
