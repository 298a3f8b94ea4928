"""Two ``accord ingest`` processes writing one PostgreSQL store at the same time.

Documents are keyed by content hash and every write is an upsert, so two writers
racing over the same articles (in opposite orders, with a commit per document)
must leave exactly one copy of each document and every event a single run stores.
Runs against the server ``scripts/run-tests.sh`` starts (ACCORD_TEST_DB).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from accord.engines.local import ingest
from accord.model import Document
from accord.store import Corpus
from conftest import EXAMPLES
from store_support import empty_database

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def write_corpus(path, documents: list[Document]) -> None:
    rows = [{"id": d.external_id, "text": d.text, "outlet": d.outlet} for d in documents]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))


def event_keys(corpus: Corpus) -> list[tuple]:
    return sorted(
        (item.document.id, e.id, e.source or "", e.action, e.target or "", e.status)
        for item in corpus.items("events")
        for e in [item.record]
    )


def test_two_concurrent_ingests_store_each_document_once_and_lose_no_event(tmp_path, nlp):
    if not os.environ.get("ACCORD_TEST_DB"):
        pytest.fail("ACCORD_TEST_DB is not set: run the suite through scripts/run-tests.sh")
    paths = sorted((EXAMPLES / "articles").glob("*.txt"))[:8]
    documents = [
        Document.from_text(path.read_text(), external_id=path.stem, outlet="Test Wire")
        for path in paths
    ]
    forward, backward = tmp_path / "forward.jsonl", tmp_path / "backward.jsonl"
    write_corpus(forward, documents)
    write_corpus(backward, documents[::-1])

    with Corpus(f"sqlite:///{tmp_path / 'reference.db'}") as reference:
        ingest(documents, reference, nlp)
        expected_events = event_keys(reference)
        expected_counts = reference.counts()
    assert expected_events

    url = empty_database("postgresql", tmp_path)
    command = [sys.executable, "-m", "accord.cli", "ingest", "--db", url, "--json"]
    command += ["--commit-every", "1", "--no-prefilter"]
    runs = [
        subprocess.Popen([*command, str(corpus)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for corpus in (forward, backward)
    ]
    outputs = [run.communicate(timeout=900) for run in runs]
    for run, (_, stderr) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, stderr.decode()[-2000:]
    summaries = [json.loads(stdout) for stdout, _ in outputs]
    assert all(summary["failed"] == 0 for summary in summaries)
    # every document was stored by at least one of them; a document both analysed is
    # written twice, identically, over the same key
    assert sum(s["new"] + s["near_duplicate"] + s["duplicate"] for s in summaries) == 16

    with Corpus(url) as stored:
        assert stored.count("documents") == len(documents)
        assert event_keys(stored) == expected_events
        counts = stored.counts()
    for table in ("documents", "events", "quotes", "stances", "framing_markers", "actors"):
        assert counts[table] == expected_counts[table], table
