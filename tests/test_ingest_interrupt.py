"""Ctrl-C during ``accord ingest`` says how many documents were committed. Issue 17,
defect 10."""

from __future__ import annotations

import spacy
from typer.testing import CliRunner

import accord.cli.ingest
import accord.engines.local
from accord.cli import app
from accord.model import Document, Report, ReportDocument
from accord.store import Corpus


def test_an_interrupted_ingest_says_what_was_committed(tmp_path, monkeypatch):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    with Corpus(db) as corpus:  # one document from an earlier run is not counted
        earlier = Document.from_text("An earlier article about talks in Geneva.")
        corpus.save_report(earlier, Report(document=ReportDocument(id=earlier.id)))

    def interrupted(inputs, corpus, nlp, **settings):
        for number in range(3):
            document = Document.from_text(f"Article {number} about a ceasefire.")
            corpus.save_report(document, Report(document=ReportDocument(id=document.id)))
        raise KeyboardInterrupt

    monkeypatch.setattr(accord.cli.ingest, "load_nlp", lambda *args: spacy.blank("en"))
    monkeypatch.setattr(accord.engines.local, "ingest_inputs", interrupted)
    (tmp_path / "a.txt").write_text("Anything.")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db])
    assert result.exit_code == 130
    assert "interrupted: 3 new document(s) committed to the store" in result.stderr
    assert "Traceback" not in result.output
