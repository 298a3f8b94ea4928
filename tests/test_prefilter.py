"""The relevance pre-filter: every gold article passes, off-topic news is skipped and recorded."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import spacy

from accord.engines.local import ingest
from accord.ingest.prefilter import Prefilter, inflections
from accord.model import Document
from accord.store import Corpus
from conftest import EXAMPLES, ROOT, SHARED

SECTIONS = ("events", "quotes", "stances", "contradictions", "framing")


def gold_articles(expecting_something: bool = True) -> list[Path]:
    """Articles the project has gold for (../shared/gold and examples/gold): those whose gold
    expects at least one item, or (``False``) those whose gold is empty (off-topic tests)."""
    paths = []
    for gold in sorted([*(SHARED / "gold").glob("*.json"), *(EXAMPLES / "gold").glob("*.json")]):
        answer = json.loads(gold.read_text())
        if any(answer.get(section) for section in SECTIONS) == expecting_something:
            paths.append((gold.parent / answer["text"]).resolve())
    return paths


def synthetic_stream(count: int, conflict_share: float):
    spec = importlib.util.spec_from_file_location("synth", ROOT / "bench" / "synth.py")
    synth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synth)
    return list(synth.stream(count, conflict_share, seed=11))


@pytest.fixture(scope="module")
def prefilter() -> Prefilter:
    return Prefilter()


def test_every_gold_article_passes(prefilter):
    articles = gold_articles()
    assert len(articles) >= 2, "the shared seed gold and the examples' gold"
    missed = [path.name for path in articles if not prefilter.check(path.read_text()).relevant]
    assert missed == []


def test_most_gold_articles_that_expect_nothing_are_skipped(prefilter):
    """The examples' off-topic gold (war metaphors in sport and business copy) expects no
    item, so skipping them loses nothing; the filter is tuned for recall, so some pass."""
    articles = gold_articles(expecting_something=False)
    skipped = [path for path in articles if not prefilter.check(path.read_text()).relevant]
    assert len(skipped) >= len(articles) / 2


def test_every_example_conflict_article_passes(prefilter):
    articles = sorted((EXAMPLES / "articles").glob("*.txt"))
    assert articles
    assert [p.name for p in articles if not prefilter.check(p.read_text()).relevant] == []


def test_mixed_stream_recall_and_skip_rate(prefilter):
    rows = synthetic_stream(400, conflict_share=0.3)
    conflict = [row for row in rows if row["kind"] == "conflict"]
    other = [row for row in rows if row["kind"] != "conflict"]
    assert all(prefilter.check(row["text"]).relevant for row in conflict)
    skipped = sum(not prefilter.check(row["text"]).relevant for row in other)
    assert skipped / len(other) >= 0.9


def test_short_conflict_briefs_pass_and_short_off_topic_briefs_do_not(prefilter):
    briefs = [
        "Artillery shelling killed four people near the border overnight, officials said.",
        "The two sides agreed to resume negotiations next week, a UN spokesperson said.",
    ]
    assert all(prefilter.check(text).relevant for text in briefs)
    sport = "The striker scored twice as the home side won 3-1, the coach said."
    assert not prefilter.check(sport).relevant


def test_metaphors_alone_do_not_make_an_article_relevant(prefilter):
    text = (
        "Price war in the smartphone aisle\n"
        "The two makers went on the attack this spring, each accusing the other of dumping. "
        "Analysts said the offensive on prices had forced a retreat by smaller brands, and "
        "the dispute over margins would deepen. Shoppers said they were happy. "
    ) * 3
    decision = prefilter.check(text)
    assert not decision.relevant
    assert decision.reason.startswith("prefilter: off-topic")


def test_reason_names_the_terms_found(prefilter):
    decision = prefilter.check("Troops and militants clashed near the ceasefire line, he said.")
    assert decision.relevant
    assert "ceasefire" in decision.reason and "troops" in decision.reason


def test_inflections_cover_regular_forms():
    assert {"attack", "attacks", "attacked", "attacking"} <= inflections("attack")
    assert "negotiating" in inflections("negotiate")
    assert inflections("peace talks") == {"peace talks"}


@pytest.fixture(scope="module")
def blank_nlp():
    import accord.nlp.pipeline  # noqa: F401  (registers doc._.accord)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_engine_records_skipped_documents_with_the_reason_and_reruns_cleanly(
    db_url, blank_nlp, prefilter
):
    conflict = (EXAMPLES / "articles").glob("*.txt").__next__().read_text()
    weather = (
        "Showers clear by the weekend\n"
        "Forecasters expect a dry and bright weekend after two days of showers. "
        "Temperatures will reach nineteen degrees in the afternoon, a meteorologist said.\n"
    )
    documents = [
        Document.from_text(conflict, source="conflict.txt"),
        Document.from_text(weather, source="weather.txt"),
    ]
    with Corpus(db_url) as corpus:
        first = ingest(documents, corpus, blank_nlp, prefilter=prefilter)
        assert (first.new, first.skipped) == (1, 1)
        assert corpus.count("documents") == 1
        [error] = corpus.errors()
        assert error.source == "weather.txt"
        assert error.reason.startswith("prefilter: off-topic")
        again = ingest(documents, corpus, blank_nlp, prefilter=prefilter)
        assert (again.new, again.duplicate, again.skipped) == (0, 1, 1)
        assert corpus.count("errors") == 1 and corpus.count("documents") == 1
        unfiltered = ingest(documents, corpus, blank_nlp)
        assert unfiltered.new == 1 and corpus.count("documents") == 2


@pytest.mark.slow
def test_analyze_skips_off_topic_only_when_asked(nlp):
    from typer.testing import CliRunner

    from accord.cli import app

    runner = CliRunner()
    path = str(EXAMPLES / "offtopic" / "offtopic-tennis-quarterfinal.txt")
    filtered = runner.invoke(app, ["analyze", path, "--prefilter", "--json"])
    assert filtered.exit_code == 1
    assert filtered.stdout == "" and "prefilter: off-topic" in filtered.stderr
    default = runner.invoke(app, ["analyze", path, "--json"])
    assert default.exit_code == 0, default.output
    assert json.loads(default.stdout)["document"]["id"]
