"""The corpus commands: ingest, events, quotes, errors and export, through the Typer app."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.model import Report
from accord.store import Corpus
from ingest_support import OTHER_STORY, STORY, STORY_COPY
from store_support import full_report, talks_document

runner = CliRunner()

TRUCE_NOTE = (
    "Aid convoys reach the northern crossing\n"
    "Aid convoys reached the northern crossing on Friday after both armies agreed to pause "
    "shelling for six hours, a relief agency said. The agency said it hoped the pause would be "
    "repeated next week so that fuel and medicine could reach the hospitals in the valley.\n"
)


def run(*args):
    return runner.invoke(app, [str(arg) for arg in args])


@pytest.fixture
def filled_db(db_url):
    """A store holding two documents with known records (no pipeline needed)."""
    with Corpus(db_url) as corpus:
        for day, outlet in ((3, "Harbour Wire"), (12, "Valley Post")):
            document = talks_document(day, outlet)
            corpus.save_report(document, full_report(document))
        corpus.record_error("feed.jsonl", "4", "not valid JSON")
    return db_url


# --- ingest -----------------------------------------------------------------------
@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY)
    (folder / "copy.txt").write_text(STORY_COPY)
    (folder / "other.txt").write_text(OTHER_STORY)
    (folder / "empty.txt").write_text("   \n")
    rows = [json.dumps({"id": "n1", "text": TRUCE_NOTE, "outlet": "Relief Desk"}), "{not json"]
    (folder / "batch.jsonl").write_text("\n".join(rows) + "\n")
    return folder


@pytest.mark.slow
def test_ingest_prints_the_summary_and_failures_and_is_idempotent(inputs, tmp_path, nlp):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    result = run("ingest", inputs, "--db", db, "--no-prefilter")
    assert result.exit_code == 0, result.output
    assert "documents: 3 new, 0 duplicate, 1 near-duplicate, 2 failed" in result.stdout
    assert "empty.txt" in result.stdout and "batch.jsonl:2" in result.stdout
    assert "Traceback" not in result.output
    with Corpus(db) as corpus:
        assert corpus.count("documents") == 4 and corpus.count("errors") == 2
        assert len(corpus.copies()) == 1
        before = corpus.counts()
    again = run("ingest", inputs, "--db", db, "--json", "--no-prefilter")
    assert again.exit_code == 0, again.output
    summary = json.loads(again.stdout)
    assert (summary["new"], summary["duplicate"], summary["failed"]) == (0, 4, 2)
    with Corpus(db) as corpus:
        assert corpus.counts() == before
    errors = run("errors", "--db", db, "--json")
    assert {(e["source"].rsplit("/", 1)[-1], e["record"]) for e in json.loads(errors.stdout)} == {
        ("empty.txt", None),
        ("batch.jsonl", "2"),
    }


@pytest.mark.slow
def test_ingest_exit_status_strict_and_nothing_ingested(inputs, tmp_path, nlp):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    strict = run("ingest", inputs, "--db", db, "--strict")
    assert strict.exit_code == 1
    assert "2 input(s) failed (--strict)" in strict.stderr
    only_bad = run("ingest", inputs / "empty.txt", "--db", db)
    assert only_bad.exit_code == 1
    assert "nothing could be ingested" in only_bad.stderr
    assert "Traceback" not in only_bad.output


def test_ingest_with_an_unusable_database_is_one_line(inputs, tmp_path):
    result = run("ingest", inputs, "--db", "nosuchdialect://x")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot open database")
    assert len(result.stderr.strip().splitlines()) == 1


# --- queries ----------------------------------------------------------------------
def test_events_as_json_with_filters(filled_db):
    result = run("events", "--db", filled_db, "--actor", "HAMAS", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {(row["source"], row["target"]) for row in rows} == {
        ("EGY.GOV", "HAMAS"),
        ("HAMAS", "QAT.GOV"),
    }
    assert {row["document"]["outlet"] for row in rows} == {"Harbour Wire", "Valley Post"}
    dated = run("events", "--db", filled_db, "--since", "2025-04-10", "--format", "json")
    assert {row["document"]["outlet"] for row in json.loads(dated.stdout)} == {"Valley Post"}
    planned = run("events", "--db", filled_db, "--status", "planned", "--format", "json")
    assert [row["status"] for row in json.loads(planned.stdout)] == ["planned", "planned"]


def test_events_as_csv_and_table(filled_db):
    result = run("events", "--db", filled_db, "--action", "ASSAULT", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["outlet"], r["source"], r["status"], r["evidence"]) for r in rows] == [
        ("Harbour Wire", "ISR.MIL", "denied", "broken the truce"),
        ("Valley Post", "ISR.MIL", "denied", "broken the truce"),
    ]
    table = run("events", "--db", filled_db, "--outlet", "Valley Post")
    assert table.exit_code == 0
    assert "ASSAULT" in table.stdout and "Harbour Wire" not in table.stdout


def test_quotes_filters(filled_db):
    anonymous = run("quotes", "--db", filled_db, "--anonymous", "--format", "json")
    assert {row["speaker"] for row in json.loads(anonymous.stdout)} == {"a senior official"}
    named = run("quotes", "--db", filled_db, "--named", "--speaker", "ortiz", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(named.stdout)))
    assert [row["speaker_actor"] for row in rows] == ["USA.GOV", "USA.GOV"]


def test_bad_option_values_are_one_line_errors(filled_db):
    for args in (("--since", "last week"), ("--format", "xml")):
        result = run("events", "--db", filled_db, *args)
        assert result.exit_code == 1
        assert result.stderr.startswith("error:") and "Traceback" not in result.output


def test_errors_lists_the_quarantine(filled_db):
    result = run("errors", "--db", filled_db)
    assert result.exit_code == 0
    assert "feed.jsonl:4: not valid JSON" in result.stdout


# --- export -----------------------------------------------------------------------
def test_export_jsonl_rebuilds_the_reports(filled_db, tmp_path):
    out = tmp_path / "reports.jsonl"
    result = run("export", "--format", "jsonl", out, "--db", filled_db)
    assert result.exit_code == 0, result.output
    reports = [Report.model_validate_json(line) for line in out.read_text().splitlines()]
    assert [report.document.outlet for report in reports] == ["Harbour Wire", "Valley Post"]
    document = talks_document(3, "Harbour Wire")
    assert reports[0] == Corpus(filled_db).report(document.id)
    assert reports[0].events == full_report(document).events


def test_export_csv_writes_one_file_per_kind(filled_db, tmp_path):
    out = tmp_path / "csv"
    assert run("export", "--format", "csv", out, "--db", filled_db).exit_code == 0
    files = {path.name for path in out.iterdir()}
    assert files == {
        f"{kind}.csv"
        for kind in ("documents", "events", "quotes", "stances", "contradictions", "framing")
    }
    with (out / "quotes.csv").open() as handle:
        quotes = list(csv.DictReader(handle))
    assert len(quotes) == 4
    assert quotes[0]["chain"] == "a senior official > Harbour Wire"
    with (out / "documents.csv").open() as handle:
        assert [row["outlet"] for row in csv.DictReader(handle)] == ["Harbour Wire", "Valley Post"]


def test_export_parquet_is_partitioned_by_publication_date(filled_db, tmp_path):
    out = tmp_path / "parquet"
    result = run("export", "--format", "parquet", out, "--db", filled_db)
    assert result.exit_code == 0, result.output
    assert {path.name for path in (out / "events").iterdir()} == {
        "published=2025-04-03",
        "published=2025-04-12",
    }
    events = pq.read_table(out / "events").to_pylist()
    assert len(events) == 6
    assert {str(row["published"]) for row in events} == {"2025-04-03", "2025-04-12"}
    assert {row["action"] for row in events} == {"CONSULT", "ASSAULT"}
    assert json.loads(events[0]["json"])["id"] in {"e1", "e2", "e3"}
    assert pq.read_table(out / "quotes").num_rows == 4
    assert pq.read_table(out / "stances").num_rows == 4
    assert run("export", "--format", "parquet", out, "--db", filled_db).exit_code == 0
    assert pq.read_table(out / "events").num_rows == 6  # replaced, not appended


def test_export_plover_uses_plovers_fields_and_convention(filled_db, tmp_path):
    out = tmp_path / "events.plover.jsonl"
    assert run("export", "--format", "plover", out, "--db", filled_db).exit_code == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 6
    assert {"actor", "recipient", "event", "mode", "context"} <= set(records[0])
    planned = [r for r in records if r["status"] == "planned"]
    # PLOVER codes promised cooperation (a planned CONSULT) as AGREE
    assert {(r["actor"], r["recipient"], r["event"]) for r in planned} == {
        ("HAMAS", "QAT.GOV", "AGREE")
    }
    occurred = [r for r in records if r["status"] == "occurred"]
    assert {r["event"] for r in occurred} == {"CONSULT"}


def test_export_rejects_an_unknown_format(filled_db, tmp_path):
    result = run("export", "--format", "xlsx", tmp_path / "x", "--db", filled_db)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: --format must be one of jsonl, csv, parquet, plover")


def test_the_database_url_comes_from_accord_db_when_no_db_option(filled_db, monkeypatch):
    monkeypatch.setenv("ACCORD_DB", filled_db)
    result = run("quotes", "--anonymous", "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 2


def test_plover_export_recodes_a_signing_as_the_manuals_support():
    from types import SimpleNamespace

    from accord.export import plover_record
    from accord.model import Event, Evidence

    evidence = Evidence(
        sentence=1, start=0, end=30, text="Ghana signed the truce.", trigger="signed", rule="r"
    )
    signed = Event(
        id="e1",
        source="GHA.GOV",
        action="AGREE",
        target="TGO.GOV",
        status="occurred",
        evidence=[evidence],
    )
    document = SimpleNamespace(id="d1", published=None, outlet="Test Wire")
    record = plover_record(SimpleNamespace(record=signed, document=document))
    assert record["event"] == "SUPPORT"  # accord's AGREE, the PLOVER manual's SUPPORT
    promised = signed.model_copy(update={"status": "planned"})
    assert plover_record(SimpleNamespace(record=promised, document=document))["event"] == "AGREE"
