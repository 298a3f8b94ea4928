"""The Ray engine: a real local Ray pipeline with 2 workers gives the local engine's reports.

Ray starts once for the module; every test reuses it (the engine joins a running Ray).
The interrupted-run test starts its own Ray in a subprocess, kills it after the first
documents are stored, and finishes the job with a second run.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.engines.local import analyze_batch, ingest_inputs
from accord.engines.ray_engine import RayAnalyzer, start_ray, stop_ray
from accord.model import Document
from accord.store import Corpus
from conftest import EXAMPLES

pytestmark = [pytest.mark.ray, pytest.mark.slow]

runner = CliRunner()


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    """A folder of eight example articles: enough for two workers, quick to analyse."""
    folder = tmp_path_factory.mktemp("articles")
    for path in sorted((EXAMPLES / "articles").glob("*.txt"))[:8]:
        (folder / path.name).write_text(path.read_text())
    return folder


@pytest.fixture(scope="module")
def local_ray():
    started = start_ray(workers=2)
    yield
    if started:
        stop_ray()


@pytest.fixture(scope="module")
def local_store(tmp_path_factory, nlp, articles) -> str:
    """The examples ingested by the local engine: the reference every Ray store must equal."""
    url = f"sqlite:///{tmp_path_factory.mktemp('local') / 'local.db'}"
    with Corpus(url) as corpus:
        summary = ingest_inputs([str(articles)], corpus, nlp)
    assert summary.new == 8 and summary.failed == 0
    return url


def store_contents(url: str) -> tuple[list, dict]:
    """Reports and row counts of a store, independent of when rows were written."""
    with Corpus(url) as corpus:
        return list(corpus.reports()), corpus.counts()


def test_ray_workers_make_the_local_engines_reports(local_ray, nlp, articles):
    paths = sorted(articles.glob("*.txt"))[:6]
    documents = [Document.from_text(path.read_text(), source=path.name) for path in paths]
    analyzer = RayAnalyzer(workers=2, batch_size=1)
    remote = list(analyzer(documents))
    assert remote == analyze_batch(documents, nlp)
    assert len(analyzer.worker_pids) == 2  # both actors did work


def test_cli_engine_ray_and_engine_local_give_identical_stores(
    local_ray, local_store, articles, tmp_path
):
    url = f"sqlite:///{tmp_path / 'ray.db'}"
    args = ["ingest", str(articles), "--db", url, "--engine", "ray", "--workers", "2", "--json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert store_contents(url) == store_contents(local_store)


def test_interrupted_ray_run_finishes_on_rerun_without_duplicates(
    local_ray, local_store, articles, tmp_path
):
    db = tmp_path / "resumed.db"
    url = f"sqlite:///{db}"
    total = len(list(articles.glob("*.txt")))
    command = [sys.executable, "-m", "accord.cli", "ingest", str(articles), "--db", url]
    command += ["--engine", "ray", "--workers", "2", "--commit-every", "1", "--batch-size", "1"]
    env = {key: value for key, value in os.environ.items() if key != "RAY_ADDRESS"}
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the driver and the Ray it started
        env=env,
    )
    stored = 0
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            stored = stored_documents(db)
            if stored >= 1:
                break
            time.sleep(0.02)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
    assert 1 <= stored < total, "the run must be killed midway"

    result = runner.invoke(app, ["ingest", str(articles), "--db", url, "--engine", "ray"])
    assert result.exit_code == 0, result.output
    reports, counts = store_contents(url)
    reference_reports, reference_counts = store_contents(local_store)
    assert counts == reference_counts
    assert reports == reference_reports
    assert len({report.document.id for report in reports}) == total


def stored_documents(db) -> int:
    """Committed documents in a SQLite store that another process is writing."""
    if not db.exists():
        return 0
    # not a read-only connection: one cannot read a write-ahead log another process is
    # writing, so it would see nothing until the run ended and the log was checkpointed
    try:
        with sqlite3.connect(db, timeout=1) as connection:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0
