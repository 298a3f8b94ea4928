"""``accord ingest``: analyse articles into the store.

The command only wires three steps together: the reader options from the
command line, the engine run (with a progress bar on stderr) and the summary.
"""

from __future__ import annotations

import json
import sys

import typer

from accord.cli._llm_options import ExtractorOption, LLMModelOption, LLMUrlOption
from accord.cli._util import (
    DbOption,
    ModelOption,
    app,
    err,
    fail,
    load_nlp,
    open_corpus,
    out,
    parse_date,
)
from accord.config import Settings


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, folders, URLs, feeds, or - for stdin."),
    db: str = DbOption,
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero if any input failed."),
    batch_size: int = typer.Option(None, "--batch-size", help="Documents per nlp.pipe batch."),
    commit_every: int = typer.Option(None, "--commit-every", help="Documents per transaction."),
    outlet: str = typer.Option(None, help="Outlet of every input (overrides what they say)."),
    published: str = typer.Option(None, help="Publication date of every input, YYYY-MM-DD."),
    text_column: str = typer.Option("text", help="JSONL/CSV/Parquet column of the text."),
    title_column: str = typer.Option("title", help="Column of the headline."),
    date_column: str = typer.Option("published", help="Column of the publication date."),
    outlet_column: str = typer.Option("outlet", help="Column of the outlet."),
    url_column: str = typer.Option("url", help="Column of the URL."),
    id_column: str = typer.Option("id", help="Column of the record's own id."),
    any_language: bool = typer.Option(False, "--any-language", help="Skip the English check."),
    allow_private_addresses: bool = typer.Option(
        False,
        "--allow-private-addresses",
        help="Also fetch loopback, private and link-local hosts (refused by default).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    model: str = ModelOption,
    engine: str = typer.Option("local", "--engine", help="local, or ray (Ray Data workers)."),
    workers: int = typer.Option(2, "--workers", min=1, help="Ray worker actors (--engine ray)."),
    ray_address: str = typer.Option(
        None, "--ray-address", help="Ray cluster to join (env RAY_ADDRESS); default: local Ray."
    ),
    prefilter: bool = typer.Option(
        True,
        "--prefilter/--no-prefilter",
        help="Skip off-topic articles before the full parse (kept in the errors table).",
    ),
    extractor: str = ExtractorOption,
    llm_url: str = LLMUrlOption,
    llm_model: str = LLMModelOption,
) -> None:
    """Analyse articles into the store: new, duplicate, near-duplicate and failed inputs."""
    from accord.engines.options import engine_keywords
    from accord.ingest import ReaderOptions

    settings = Settings.load(
        db=db,
        model=model,
        batch_size=batch_size,
        commit_every=commit_every,
        extractor=extractor,
        llm_url=llm_url,
        llm_model=llm_model,
    )
    if settings.extractor != "rules" and engine != "local":
        fail(f"--extractor {settings.extractor} runs on the local engine only")
    options = ReaderOptions(
        text_column=text_column,
        title_column=title_column,
        date_column=date_column,
        outlet_column=outlet_column,
        url_column=url_column,
        id_column=id_column,
        outlet=outlet,
        published=parse_date(published),
        # a language model reads any language; the rules (alone or in both) read English
        check_language=not any_language and settings.extractor != "llm",
        allow_private_addresses=allow_private_addresses,
    )
    chosen = engine_keywords(
        engine,
        workers=workers,
        address=ray_address,
        model=settings.model,
        batch_size=settings.batch_size,
        prefilter=prefilter,
    )
    summary = run_engine(inputs, settings, options, chosen)
    if as_json:
        sys.stdout.write(json.dumps(summary.as_dict(), indent=1) + "\n")
    else:
        print_summary(summary)
    if not summary.anything_ingested:
        fail("nothing could be ingested")
    if strict and summary.failed:
        fail(f"{summary.failed} input(s) failed (--strict)")


def run_engine(inputs: list[str], settings: Settings, options, chosen):
    """Ingest ``inputs`` with the chosen engine, counting outcomes on a stderr progress bar."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from accord.engines.local import ingest_inputs
    from accord.engines.options import UnknownEngine
    from accord.engines.ray_engine import RayUnavailable

    corpus = open_corpus(settings.db)
    nlp = load_nlp(settings.model, settings)
    stored_before = corpus.count("documents")
    counts = dict.fromkeys(("new", "duplicate", "near_duplicate", "failed", "skipped"), 0)
    columns = (
        SpinnerColumn(),
        TextColumn("ingesting"),
        BarColumn(),
        TextColumn("{task.completed} documents · {task.fields[status]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("ingest", total=None, status="")

        def advance(outcome: str, _item) -> None:
            counts[outcome] += 1
            status = ", ".join(f"{n} {k.replace('_', '-')}" for k, n in counts.items() if n)
            progress.update(task, advance=1, status=status)

        try:
            with chosen as engine_settings:
                summary = ingest_inputs(
                    inputs,
                    corpus,
                    nlp,
                    options=options,
                    commit_every=settings.commit_every,
                    on_item=advance,
                    **engine_settings,
                )
        except (UnknownEngine, RayUnavailable) as error:
            corpus.close()
            fail(str(error))
        except KeyboardInterrupt:
            committed = corpus.count("documents") - stored_before
            corpus.close()
            fail(
                f"interrupted: {committed} new document(s) committed to the store; "
                "run the same command again to finish the rest",
                code=130,
            )
    corpus.close()
    return summary


def print_summary(summary) -> None:
    """The run in words: counts, each failure on its own line, the cross-document update."""
    out.print(
        f"documents: {summary.new} new, {summary.duplicate} duplicate, "
        f"{summary.near_duplicate} near-duplicate, {summary.failed} failed, "
        f"{summary.skipped} skipped as off-topic",
        highlight=False,
    )
    for failure in summary.failures:
        where = f"{failure.source}:{failure.record}" if failure.record else failure.source
        out.print(f"  failed {where}: {failure.reason}", highlight=False, markup=False)
    refreshed = summary.refreshed
    if refreshed.documents or refreshed.boards:
        out.print(
            f"across documents: {refreshed.documents} taken in, "
            f"{refreshed.contradictions} contradictions found, "
            f"{refreshed.boards} boards rebuilt ({refreshed.seconds:.1f} s)",
            highlight=False,
        )
