"""The local streaming engine: dedupe, near-duplicate links, failures, batching, laziness.

Most tests use a blank spaCy pipeline (tokenizer + sentencizer), since the engine's job
is moving documents, not extracting; one test runs the real pipeline end to end.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from accord.engines.local import IngestSummary, ingest, ingest_inputs, load_signatures
from accord.ingest import IngestFailure, NearDuplicateIndex
from accord.model import Document
from accord.store import Corpus
from ingest_support import OTHER_STORY, STORY, STORY_COPY

WORDS = [
    "delegation",
    "envoy",
    "ceasefire",
    "border",
    "convoy",
    "talks",
    "proposal",
    "mediator",
    "ministry",
    "truce",
    "statement",
    "exchange",
    "prisoners",
    "withdrawal",
    "monitors",
    "corridor",
    "aid",
    "village",
    "summit",
    "round",
]


def article(number: int) -> Document:
    """A distinct article per number (different word choices, so no two are near-duplicates)."""
    picks = [WORDS[(number * 7 + i * (number % 5 + 1)) % len(WORDS)] for i in range(40)]
    text = f"Report {number}. " + " ".join(
        f"The {w} number {number * 100 + i}." for i, w in enumerate(picks)
    )
    return Document.from_text(text, source=f"article-{number}.txt", outlet="Test Wire")


@pytest.fixture(scope="module")
def blank_nlp() -> Language:
    import accord.nlp.pipeline  # noqa: F401  (registers doc._.accord)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@Language.component("test_fail_on_marker")
def fail_on_marker(doc):
    if "UNPARSEABLE" in doc.text:
        raise ValueError("component cannot handle this document\nsecond line")
    return doc


@pytest.fixture(scope="module")
def fragile_nlp() -> Language:
    import accord.nlp.pipeline  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_fail_on_marker")
    return nlp


@pytest.fixture
def corpus(db_url):
    with Corpus(db_url) as store:
        yield store


def run(items, corpus, nlp, **options) -> IngestSummary:
    """One ingest run with the default near-duplicate index (kept in the store)."""
    return ingest(items, corpus, nlp, **options)


def test_new_documents_and_failures_are_counted_and_stored(corpus, blank_nlp):
    items = [
        article(1),
        IngestFailure("broken.jsonl", "3", "not a JSON object"),
        article(2),
        IngestFailure("empty.txt", None, "empty"),
    ]
    summary = run(items, corpus, blank_nlp)
    assert (summary.new, summary.duplicate, summary.near_duplicate, summary.failed) == (2, 0, 0, 2)
    assert [f.source for f in summary.failures] == ["broken.jsonl", "empty.txt"]
    assert corpus.count("documents") == 2
    assert [(e.source, e.record) for e in corpus.errors()] == [
        ("broken.jsonl", "3"),
        ("empty.txt", None),
    ]
    assert summary.anything_ingested


def test_ingesting_twice_changes_nothing(corpus, blank_nlp):
    items = [article(n) for n in range(5)] + [IngestFailure("bad.csv", "row 2", "no text")]
    run(items, corpus, blank_nlp)
    before = (corpus.counts(), list(corpus.reports()), corpus.copies())
    again = run(items, corpus, blank_nlp)
    assert (again.new, again.duplicate, again.failed) == (0, 5, 1)
    assert (corpus.counts(), list(corpus.reports()), corpus.copies()) == before


def test_duplicates_within_one_run_and_batch_are_caught(corpus, blank_nlp):
    items = [article(1), article(1), article(2), article(1)]
    summary = run(items, corpus, blank_nlp, batch_size=8)
    assert (summary.new, summary.duplicate) == (2, 2)


def test_near_duplicates_are_stored_and_linked(corpus, blank_nlp):
    original = Document.from_text(STORY, outlet="Northwire", source="a.txt")
    copy = Document.from_text(STORY_COPY, outlet="Valley Post", source="b.txt")
    other = Document.from_text(OTHER_STORY, outlet="Valley Post", source="c.txt")
    summary = run([original, copy, other], corpus, blank_nlp)
    assert (summary.new, summary.near_duplicate) == (2, 1)
    assert corpus.copies() == {copy.id: original.id}
    assert corpus.count("documents") == 3


def test_near_duplicate_index_persists_across_runs(db_url, blank_nlp):
    original = Document.from_text(STORY, outlet="Northwire", source="a.txt")
    copy = Document.from_text(STORY_COPY, outlet="Valley Post", source="b.txt")
    with Corpus(db_url) as corpus:
        run([original], corpus, blank_nlp)
    with Corpus(db_url) as reopened:  # a later run, a fresh index loaded from the store
        summary = run([copy], reopened, blank_nlp)
        assert summary.near_duplicate == 1
        assert reopened.copies() == {copy.id: original.id}


def test_an_in_memory_index_loaded_from_the_store_finds_the_same_copies(db_url, blank_nlp):
    original = Document.from_text(STORY, outlet="Northwire", source="a.txt")
    copy = Document.from_text(STORY_COPY, outlet="Valley Post", source="b.txt")
    with Corpus(db_url) as corpus:
        run([original], corpus, blank_nlp)
        index = NearDuplicateIndex()
        assert load_signatures(corpus, index) == 1
        summary = ingest([copy], corpus, blank_nlp, near_duplicates=index)
        assert summary.near_duplicate == 1
        assert corpus.copies() == {copy.id: original.id}


def test_a_document_the_pipeline_cannot_process_fails_alone(corpus, fragile_nlp):
    bad = Document.from_text("UNPARSEABLE text here.", source="odd.txt", external_id="9")
    items = [article(1), bad, article(2), article(3)]
    summary = run(items, corpus, fragile_nlp, batch_size=4)
    assert (summary.new, summary.failed) == (3, 1)
    (error,) = corpus.errors()
    assert (error.source, error.record) == ("odd.txt", "9")
    assert error.reason == "analysis failed: ValueError: component cannot handle this document"


def test_a_failed_document_is_never_a_near_duplicate_target(corpus, fragile_nlp):
    bad = Document.from_text("UNPARSEABLE " + STORY, source="a.txt")
    copy = Document.from_text(STORY_COPY, source="b.txt")
    summary = run([bad, copy], corpus, fragile_nlp, batch_size=1)
    assert (summary.failed, summary.new, summary.near_duplicate) == (1, 1, 0)
    assert corpus.copies() == {}


def test_text_longer_than_the_pipeline_accepts_is_a_failure(corpus, blank_nlp):
    huge = Document.from_text("word " * (blank_nlp.max_length // 5 + 10), source="huge.txt")
    summary = run([huge, article(1)], corpus, blank_nlp)
    assert (summary.new, summary.failed) == (1, 1)
    assert "text too long to analyse" in summary.failures[0].reason


def test_only_failures_means_nothing_ingested(corpus, blank_nlp):
    summary = run([IngestFailure("x.bin", None, "binary file")], corpus, blank_nlp)
    assert not summary.anything_ingested


def test_inputs_are_consumed_lazily_in_batches(corpus, blank_nlp):
    """Flat memory: the engine never reads far ahead of what it has stored."""
    batch_size, commit_every, pulled = 4, 3, []

    def documents():
        for number in range(40):
            # everything but the current batch must already be written when we read on
            assert number - corpus_rows() <= batch_size
            pulled.append(number)
            yield article(number)

    def corpus_rows() -> int:
        return progress["stored"]

    progress = {"stored": 0}

    def on_item(outcome, _item):
        progress["stored"] += outcome == "new"

    summary = run(
        documents(),
        corpus,
        blank_nlp,
        batch_size=batch_size,
        commit_every=commit_every,
        on_item=on_item,
    )
    assert summary.new == 40 and len(pulled) == 40
    assert corpus.count("documents") == 40


@pytest.mark.slow
def test_real_pipeline_ingests_files_from_disk(tmp_path, db_url, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY)
    (folder / "copy.txt").write_text(STORY_COPY)
    (folder / "other.txt").write_text(OTHER_STORY)
    (folder / "empty.txt").write_text("")
    with Corpus(db_url) as corpus:
        summary = ingest_inputs([str(folder)], corpus, nlp, batch_size=2, commit_every=2)
        assert (summary.new, summary.near_duplicate, summary.failed) == (2, 1, 1)
        assert summary.failures[0].source.endswith("empty.txt")
        reports = list(corpus.reports())
        assert len(reports) == 3
        assert all(report.sentences for report in reports)
        again = ingest_inputs([str(folder)], corpus, nlp)
        assert (again.new, again.duplicate, again.failed) == (0, 3, 1)
