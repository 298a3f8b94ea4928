"""What every command shares: the Typer app, the two consoles, common options and
the helpers that turn user errors into one-line messages (no tracebacks).

stdout stays clean for ``--json`` output: progress and diagnostics go to stderr.
"""

from __future__ import annotations

from datetime import date

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
DbOption = typer.Option(
    None, "--db", help="Database URL (env ACCORD_DB; default sqlite:///accord.db)."
)
FormatOption = typer.Option("table", "--format", help="table, json or csv.")
RecomputeOption = typer.Option(
    False, "--recompute", help="Rebuild the stored results from every stored article first."
)


def fail(message: str, code: int = 1) -> None:
    """Print a one-line error and exit."""
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


def parse_date(value: str | None, option: str = "--published") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} must be YYYY-MM-DD, got {value!r}")


def load_nlp(model: str | None, settings: Settings | None = None):
    """The pipeline for ``settings`` (its spaCy model and ``--extractor`` choice)."""
    from accord.extract.llm.options import LLMSettingsError, llm_options
    from accord.nlp.pipeline import ModelNotInstalled, load_pipeline
    from accord.registry import ExtractorOrderError

    settings = settings or Settings.load(model=model)
    try:
        return load_pipeline(settings.model, settings.extractor, llm_options(settings))
    except (ModelNotInstalled, LLMSettingsError, ExtractorOrderError) as error:
        fail(str(error))


def report_problems(report) -> None:
    """A report's language-model errors, one line each on stderr, naming the document."""
    where = report.document.external_id or report.document.id
    for reason in report.diagnostics.errors:
        err.print(f"[yellow]{where}:[/yellow] {reason}", highlight=False)


def open_corpus(db: str | None):
    """The store at ``--db`` (or the configured default), migrated; one-line error if unusable."""
    from accord.store import Corpus

    return open_store(Corpus, db)


def open_store(kind, db: str | None):
    """``kind(url)`` for the store at ``--db`` (a ``Corpus``, the answer cache …), with a
    one-line error naming the URL when it cannot be opened."""
    from sqlalchemy.exc import SQLAlchemyError

    url = Settings.load(db=db).db
    try:
        return kind(url)
    except (SQLAlchemyError, ValueError, ImportError) as error:
        fail(f"cannot open database {url!r}: {str(error).strip().splitlines()[0]}")


def bring_up_to_date(corpus) -> None:
    """Take in documents no ingest run has (a run killed midway, a store from before the
    stored analyses) without waiting: if another process is updating, say what is missing."""
    from accord.corpuswide.incremental import refresh

    refreshed = refresh(corpus, wait=False)
    if refreshed is None:
        err.print(
            f"note: another process is updating the analyses across documents; "
            f"{corpus.pending_count()} stored document(s) are not in them yet",
            highlight=False,
        )
    elif refreshed.documents:
        err.print(f"took {refreshed.documents} stored document(s) in", highlight=False)
