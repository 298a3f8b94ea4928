"""``accord analyze``: one article (or each line of a .jsonl file), no database."""

from __future__ import annotations

import sys

import typer

from accord.cli._llm_options import ExtractorOption, LLMModelOption, LLMUrlOption
from accord.cli._util import (
    ModelOption,
    app,
    err,
    fail,
    load_nlp,
    out,
    parse_date,
    report_problems,
)
from accord.config import Settings


@app.command()
def analyze(
    path: str = typer.Argument(..., help="Article file (.txt, .html, .jsonl) or - for stdin."),
    outlet: str = typer.Option(None, help="The publishing outlet."),
    published: str = typer.Option(None, help="Publication date, YYYY-MM-DD."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    model: str = ModelOption,
    prefilter: bool = typer.Option(
        False, "--prefilter/--no-prefilter", help="Skip off-topic articles (say why on stderr)."
    ),
    extractor: str = ExtractorOption,
    llm_url: str = LLMUrlOption,
    llm_model: str = LLMModelOption,
) -> None:
    """Analyse one article (or each line of a .jsonl file) without a database."""
    from accord.cli.render_report import render_report
    from accord.ingest.single import SingleInputError, read_single_input
    from accord.report import analyze_documents

    try:
        inputs = read_single_input(path, outlet=outlet, published=parse_date(published))
    except SingleInputError as error:
        fail(str(error))
    settings = Settings.load(model=model, extractor=extractor, llm_url=llm_url, llm_model=llm_model)
    nlp = load_nlp(model, settings)
    failures = 0
    relevance = None
    if prefilter:
        from accord.ingest.prefilter import Prefilter

        relevance = Prefilter()

    def documents():
        nonlocal failures
        for item in inputs:
            if isinstance(item, SingleInputError):
                failures += 1
                err.print(f"[yellow]skipped:[/yellow] {item}", highlight=False)
            elif relevance and not (decision := relevance.check(item.text)).relevant:
                failures += 1
                where = item.source or item.external_id or item.id
                err.print(f"skipped {where}: {decision.reason}", highlight=False, markup=False)
            else:
                yield item

    analyzed = 0
    for report in analyze_documents(documents(), nlp):
        analyzed += 1
        report_problems(report)
        if as_json:
            sys.stdout.write(report.model_dump_json() + "\n")
        else:
            render_report(report, out)
    if failures and not analyzed:
        raise typer.Exit(1)
