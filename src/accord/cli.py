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


def parse_date(value: str | None, option: str = "--published") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} must be YYYY-MM-DD, got {value!r}")


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
    prefilter: bool = typer.Option(
        False, "--prefilter/--no-prefilter", help="Skip off-topic articles (say why on stderr)."
    ),
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
    gold: list[Path] = typer.Argument(
        None, help="Gold files (.json), PLOVER peer sets (.jsonl) or real-set manifests."
    ),
    real: Path = typer.Option(None, "--real", help="A real-article set: folder or manifest."),
    split: str = typer.Option("all", "--split", help="Real set: tune, blind or all (both)."),
    curve: bool = typer.Option(False, "--curve", help="Events precision/recall by threshold."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable scores."),
    per_file: bool = typer.Option(False, "--per-file", help="Also show each file's scores."),
    model: str = ModelOption,
) -> None:
    """Score accord against gold files by the rules in the gold README."""
    from accord.eval.realset import ManifestError, is_manifest, score_real_set
    from accord.eval.runner import GoldError, is_peer_file, score_gold_files, score_peer_file
    from accord.render import render_scores
    from accord.render_eval import render_curve, render_real

    gold = list(gold or [])
    manifests = [path for path in gold if is_peer_file(path) and is_manifest(path)]
    manifests += [real] if real is not None else []
    articles = [path for path in gold if not is_peer_file(path)]
    peers = [path for path in gold if is_peer_file(path) and path not in manifests]
    if not gold and real is None:
        fail("give gold files, a peer set or a real-set manifest (or --real FOLDER)")
    nlp = load_nlp(model)
    result: dict = {}
    try:
        if curve:
            from accord.eval.curve import curve_for

            result["curve"] = curve_for(
                articles, manifests, split, nlp, lambda line: err.print(line, highlight=False)
            )
        elif articles:
            total, files = score_gold_files(articles, nlp)
            result["articles"] = {"files": len(articles), **total.as_dict()}
            if per_file:
                result["per_file"] = {name: s.as_dict() for name, s in files.items()}
        for path in peers if not curve else []:
            result.setdefault("peer", {})[str(path)] = score_peer_file(path, nlp).as_dict()
        for path in manifests if not curve else []:
            scores = score_real_set(path, nlp, split)
            for problem in scores.problems:
                err.print(problem, highlight=False)
            result.setdefault("real", {})[str(path)] = scores.as_dict()
    except (GoldError, ManifestError) as error:
        fail(str(error))
    if as_json:
        sys.stdout.write(json.dumps(result, indent=1) + "\n")
    else:
        render_scores(result, out)
        render_real(result, out)
        render_curve(result, out)


# --- the corpus: ingest into the store, query it, export it -------------------
DbOption = typer.Option(
    None, "--db", help="Database URL (env ACCORD_DB; default sqlite:///accord.db)."
)
FormatOption = typer.Option("table", "--format", help="table, json or csv.")


def open_corpus(db: str | None):
    """The store at ``--db`` (or the configured default), migrated; one-line error if unusable."""
    from sqlalchemy.exc import SQLAlchemyError

    from accord.store import Corpus

    url = Settings.load(db=db).db
    try:
        return Corpus(url)
    except (SQLAlchemyError, ValueError, ImportError) as error:
        fail(f"cannot open database {url!r}: {str(error).strip().splitlines()[0]}")


def json_of(record) -> dict:
    return record.model_dump(mode="json")


def print_items(kind: str, items, fmt: str, title: str) -> None:
    """Stored records as a Rich table, a JSON array or CSV on stdout."""
    import csv

    from accord.store.flatten import COLUMNS, TABLE_COLUMNS, flat_row

    if fmt not in ("table", "json", "csv"):
        fail(f"--format must be table, json or csv, got {fmt!r}")
    if fmt == "json":  # a JSON array, streamed record by record
        separator = "[\n"
        for item in items:
            record = {**item.record.model_dump(mode="json"), "document": json_of(item.document)}
            sys.stdout.write(separator + json.dumps(record, ensure_ascii=False))
            separator = ",\n"
        sys.stdout.write("[]\n" if separator == "[\n" else "\n]\n")
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS[kind], lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat_row(kind, item) for item in items)
    else:
        from rich.table import Table

        table = Table(title=title, title_justify="left")
        for column in TABLE_COLUMNS[kind]:
            table.add_column(column, overflow="fold")
        for item in items:
            row = flat_row(kind, item)
            cells = (row[column] for column in TABLE_COLUMNS[kind])
            table.add_row(*("-" if cell is None else str(cell) for cell in cells))
        out.print(table)


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
) -> None:
    """Analyse articles into the store: new, duplicate, near-duplicate and failed inputs."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from accord.engines.local import ingest_inputs
    from accord.engines.options import UnknownEngine, engine_keywords
    from accord.engines.ray_engine import RayUnavailable
    from accord.ingest import ReaderOptions

    settings = Settings.load(db=db, model=model, batch_size=batch_size, commit_every=commit_every)
    options = ReaderOptions(
        text_column=text_column,
        title_column=title_column,
        date_column=date_column,
        outlet_column=outlet_column,
        url_column=url_column,
        id_column=id_column,
        outlet=outlet,
        published=parse_date(published),
        check_language=not any_language,
    )
    corpus = open_corpus(settings.db)
    nlp = load_nlp(settings.model)
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

        chosen = engine_keywords(
            engine,
            workers=workers,
            address=ray_address,
            model=settings.model,
            batch_size=settings.batch_size,
            prefilter=prefilter,
        )
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
    corpus.close()
    if as_json:
        sys.stdout.write(json.dumps(summary.as_dict(), indent=1) + "\n")
    else:
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
    if not summary.anything_ingested:
        fail("nothing could be ingested")
    if strict and summary.failed:
        fail(f"{summary.failed} input(s) failed (--strict)")


@app.command()
def events(
    db: str = DbOption,
    actor: str = typer.Option(None, help="Source or target actor (ISR matches ISR.GOV)."),
    action: str = typer.Option(None, help="PLOVER event type, e.g. ASSAULT."),
    status: str = typer.Option(None, help="occurred, planned, denied or hypothetical."),
    since: str = typer.Option(None, help="Events on or after YYYY-MM-DD."),
    until: str = typer.Option(None, help="Events on or before YYYY-MM-DD."),
    outlet: str = typer.Option(None, help="Only documents from this outlet."),
    fmt: str = FormatOption,
) -> None:
    """Stored events: who did what to whom, with status and evidence."""
    filters = {
        "actor": actor,
        "action": action,
        "status": status,
        "since": parse_date(since, "--since"),
        "until": parse_date(until, "--until"),
        "outlet": outlet,
    }
    with open_corpus(db) as corpus:
        print_items("events", corpus.items("events", **filters), fmt, "Events")


@app.command()
def quotes(
    db: str = DbOption,
    speaker: str = typer.Option(None, help="Part of the speaker's name or description."),
    actor: str = typer.Option(None, help="The speaker's actor id (ISR matches ISR.GOV)."),
    anonymous: bool = typer.Option(
        None, "--anonymous/--named", help="Only anonymous (or only non-anonymous) speakers."
    ),
    since: str = typer.Option(None, help="Quotes on or after YYYY-MM-DD."),
    until: str = typer.Option(None, help="Quotes on or before YYYY-MM-DD."),
    outlet: str = typer.Option(None, help="Only documents from this outlet."),
    fmt: str = FormatOption,
) -> None:
    """Stored quotes: who said what, through whom."""
    filters = {
        "speaker": speaker,
        "actor": actor,
        "anonymous": anonymous,
        "since": parse_date(since, "--since"),
        "until": parse_date(until, "--until"),
        "outlet": outlet,
    }
    with open_corpus(db) as corpus:
        print_items("quotes", corpus.items("quotes", **filters), fmt, "Quotes")


def bring_up_to_date(corpus) -> None:
    """Take in documents no ingest run has (a run killed midway, a store from before the
    stored analyses) without waiting: if another process is updating, say what is missing."""
    from accord.analyze.incremental import refresh

    refreshed = refresh(corpus, wait=False)
    if refreshed is None:
        err.print(
            f"note: another process is updating the analyses across documents; "
            f"{corpus.pending_count()} stored document(s) are not in them yet",
            highlight=False,
        )
    elif refreshed.documents:
        err.print(f"took {refreshed.documents} stored document(s) in", highlight=False)


RecomputeOption = typer.Option(
    False, "--recompute", help="Rebuild the stored results from every stored article first."
)


@app.command()
def contradictions(
    db: str = DbOption,
    topic: str = typer.Option(None, help="Part of the topic or of either claim."),
    actor: str = typer.Option(None, help="Either side's actor (ISR matches ISR.GOV)."),
    recompute: bool = RecomputeOption,
    fmt: str = FormatOption,
) -> None:
    """Where sources disagree: the same matter stated oppositely, within an article or across
    stored articles (kept up to date by each ingest run)."""
    from accord.analyze.contradictions import analyse_corpus

    with open_corpus(db) as corpus:
        bring_up_to_date(corpus)
        if recompute:
            analyse_corpus(corpus)
        items = list(corpus.items("contradictions", topic=topic, actor=actor))
    print_items("contradictions", items, fmt, "Contradictions")


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


@app.command()
def serve(
    db: str = DbOption,
    host: str = typer.Option("127.0.0.1", help="Interface to bind (loopback unless told)."),
    port: int = typer.Option(8000, help="TCP port."),
    model: str = ModelOption,
) -> None:
    """Serve the JSON API (/api, schema at /api/openapi.json) and the web UI."""
    from accord.api.analyser import pipeline_analyse
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
        run(create_app(corpus, pipeline_analyse(settings.model)), sock)
    finally:
        corpus.close()


@app.command()
def talks(
    process: str = typer.Argument(None, help="Part of a process name or key (e.g. Istanbul)."),
    db: str = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print the boards as JSON."),
    semantic: bool = typer.Option(
        False,
        "--semantic",
        help="Also link processes by label meaning (MiniLM, offline; built now, not stored).",
    ),
    recompute: bool = RecomputeOption,
) -> None:
    """Negotiation boards: parties, mediators, latest and disputed stances, rounds (kept up
    to date by each ingest run)."""
    from accord.analyze.incremental import rebuild_boards
    from accord.analyze.talks import Board, build_boards
    from accord.render_boards import render_boards

    with open_corpus(db) as corpus:
        if semantic:
            boards = build_boards(corpus.items("stances"), process=process, semantic=True)
        else:
            bring_up_to_date(corpus)
            if recompute:
                rebuild_boards(corpus)
            boards = [Board.from_dict(board) for board in corpus.boards(process)]
    if process and not boards:
        fail(f"no negotiation process matches {process!r}")
    if as_json:
        payload = [board.as_dict() for board in boards]
        sys.stdout.write(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
    else:
        render_boards(boards, out)


@app.command()
def framing(
    db: str = DbOption,
    by: str = typer.Option("outlet", "--by", help="Group by outlet or document."),
    fmt: str = FormatOption,
) -> None:
    """Framing profiles: the loaded labels, scare quotes and charged words each outlet uses."""
    import csv

    from accord.analyze.framing import build_profiles, profile_rows
    from accord.model import ReportDocument
    from accord.render_boards import render_profiles

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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
