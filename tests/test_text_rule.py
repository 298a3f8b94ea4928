"""One text rule (size, NUL, blank) at every entry point, and analyses that stop at their
deadline. Issue 17, defects 1 and 8."""

from __future__ import annotations

import threading
import time

import pytest
import spacy
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from accord.api.analyzer import AnalysisTimeout, Analyzer
from accord.api.app import create_api
from accord.api.deadline import DeadlinePassed, analyze_within_deadline, check, run_before
from accord.api.limits import Limits
from accord.cli import app as cli
from accord.ingest import IngestFailure, ReaderOptions, iter_inputs
from accord.ingest.textrule import MAX_TEXT_CHARS
from accord.model import Document
from accord.web.app import create_app
from ingest_support import STORY
from web_support import CORPUS, fake_analyze

OVER = "Talks resumed in Geneva today. " * (MAX_TEXT_CHARS // 30 + 100)  # just over the cap
NUL_LATE = STORY * 10 + "\x00tail"  # the NUL lies past the first 8 KB


@pytest.fixture()
def calls():
    return []


@pytest.fixture()
def web(calls):
    def analyze(text, outlet, published, title):
        calls.append(len(text))
        return fake_analyze(text, outlet, published, title)

    with TestClient(create_app(CORPUS, analyze), base_url="http://localhost") as client:
        yield client


def test_upload_over_the_cap_gets_a_413_page_and_no_analysis(web, calls):
    assert len(OVER) > MAX_TEXT_CHARS and len(OVER.encode()) < Limits().max_body_bytes
    files = {"upload": ("long.txt", OVER.encode(), "text/plain")}
    response = web.post("/analyse", files=files, headers={"origin": "http://localhost"})
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html")
    assert f"over the {MAX_TEXT_CHARS:,} character limit" in response.text
    assert "content-security-policy" in response.headers
    assert calls == []


def test_paste_over_the_cap_gets_the_same_page(web, calls):
    response = web.post("/analyse", data={"text": OVER}, headers={"origin": "http://localhost"})
    assert response.status_code == 413
    assert f"over the {MAX_TEXT_CHARS:,} character limit" in response.text
    assert '<form class="analyse"' in response.text
    assert calls == []


def test_upload_with_a_late_nul_is_refused(web, calls):
    files = {"upload": ("nul.txt", NUL_LATE.encode(), "text/plain")}
    response = web.post("/analyse", files=files, headers={"origin": "http://localhost"})
    assert response.status_code == 400
    assert "NUL character" in response.text
    assert calls == []


def test_api_refuses_text_over_the_cap(tmp_path):
    from accord.store import Corpus

    corpus = Corpus(f"sqlite:///{tmp_path / 'api.db'}")
    with TestClient(create_api(corpus, fake_analyze)) as client:
        response = client.post("/api/analyse", json={"text": "x" * (MAX_TEXT_CHARS + 1)})
    corpus.close()
    assert response.status_code == 422
    assert "text" in response.json()["message"]


def test_ingest_refuses_a_late_nul_and_text_over_the_cap(tmp_path):
    (tmp_path / "nul.txt").write_bytes(NUL_LATE.encode())
    (tmp_path / "long.txt").write_text(OVER)
    results = {
        item.source.rsplit("/", 1)[-1]: item
        for item in iter_inputs([str(tmp_path)], options=ReaderOptions(check_language=False))
    }
    assert isinstance(results["nul.txt"], IngestFailure)
    assert "NUL character" in results["nul.txt"].reason
    assert isinstance(results["long.txt"], IngestFailure)
    assert f"over the {MAX_TEXT_CHARS:,} character limit" in results["long.txt"].reason


@pytest.mark.parametrize(("name", "text", "message"), [
    ("long.txt", OVER, "character limit"),
    ("nul.txt", NUL_LATE, "NUL character"),
])  # fmt: skip
def test_cli_analyze_applies_the_same_rule(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text)
    result = CliRunner().invoke(cli, ["analyze", str(path)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# --- deadlines -----------------------------------------------------------------------
def test_an_abandoned_analysis_stops_and_frees_the_worker():
    steps: list[int] = []
    finished = threading.Event()

    def slow(text, outlet, published, title):
        try:
            for step in range(100):  # twenty seconds of 0.2 s "components"
                check()
                steps.append(step)
                time.sleep(0.2)
            return fake_analyze(text, outlet, published, title)
        finally:
            finished.set()

    import asyncio

    analyzer = Analyzer(slow, timeout=0.5)
    with pytest.raises(AnalysisTimeout):
        asyncio.run(analyzer.analyze("Anything.", None, None))
    assert finished.wait(2.0), "the analysis went on after its request timed out"
    assert len(steps) <= 5
    analyzer.close()


def test_a_job_whose_deadline_passed_in_the_queue_does_not_start():
    ran = []
    with pytest.raises(DeadlinePassed):
        run_before(time.monotonic() - 1, ran.append, "started")
    assert ran == []


def test_the_pipeline_checks_the_deadline_between_components():
    nlp = spacy.blank("en")
    seen: list[str] = []

    @spacy.Language.component("test_slow_component")
    def slow_component(doc):
        seen.append("slow")
        time.sleep(0.3)
        return doc

    @spacy.Language.component("test_never_reached")
    def never(doc):
        seen.append("never")
        return doc

    nlp.add_pipe("test_slow_component")
    nlp.add_pipe("test_never_reached")
    document = Document.from_text("Talks resumed.")
    with pytest.raises(DeadlinePassed):
        run_before(time.monotonic() + 0.1, analyze_within_deadline, nlp, document)
    assert seen == ["slow"]
