"""Contradictions of new articles found against the store without a full recompute."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import spacy
from typer.testing import CliRunner

from accord.cli import app
from accord.corpuswide.contradictions import analyze_corpus, find_contradictions
from accord.corpuswide.incremental import new_contradictions, rebuild_boards, refresh
from accord.corpuswide.talks import build_boards
from accord.engines.local import ingest
from accord.model import Claim, Document, Quote, Report, ReportDocument, Stance
from accord.store import Corpus
from accord.store.crossdoc import refreshing


def stored(corpus: Corpus, number: int, day: dt.date, statements) -> str:
    """Store an article whose quotes make the given (actor, subject, predicate, polarity)."""
    document = Document.from_text(f"Article {number} on {day}.", outlet="Wire", published=day)
    quotes = [
        Quote(
            id=f"q{index}",
            speaker=f"Speaker {actor}",
            speaker_actor=actor,
            kind="indirect",
            content=f"{subject} {predicate}",
            date=day,
            claims=[
                Claim(
                    subject=subject,
                    predicate=predicate,
                    polarity=polarity,
                    text=f"{subject} {'' if polarity else 'not '}{predicate}",
                )
            ],
        )
        for index, (actor, subject, predicate, polarity) in enumerate(statements, start=1)
    ]
    report = Report(document=ReportDocument(id=document.id, published=day), quotes=quotes)
    corpus.save_report(document, report)
    return document.id


def no_embedding(texts):
    return [[float(len(text)), 1.0] for text in texts]


def test_new_articles_meet_only_their_window_and_subjects(tmp_path):
    day = dt.date(2025, 3, 1)
    with Corpus(f"sqlite:///{tmp_path / 'store.db'}") as corpus:
        old_near = stored(corpus, 1, day, [("EGY.GOV", "truce", "hold", True)])
        stored(corpus, 2, day - dt.timedelta(days=60), [("QAT.GOV", "truce", "hold", True)])
        stored(corpus, 3, day, [("EGY.GOV", "crossing", "open", True)])
        new = stored(
            corpus,
            4,
            day + dt.timedelta(days=2),
            [
                ("HAMAS", "truce", "hold", False),
                ("HAMAS", "crossing", "open", False),
            ],
        )
        found = new_contradictions(corpus, [new], embed=no_embedding)
        full = find_contradictions(
            corpus.items("quotes"), embed=no_embedding, narration=corpus.narration()
        )
    pairs = {frozenset((c.a.doc_id, c.b.doc_id)) for c in found}
    assert frozenset((old_near, new)) in pairs
    assert all(new in pair for pair in pairs)  # old-with-old pairs are not recomputed
    assert len(found) == 2  # the 60-day-old statement is outside the window
    expected = {
        frozenset((c.a.doc_id, c.b.doc_id, c.topic))
        for c in full
        if new in (c.a.doc_id, c.b.doc_id)
    }
    assert {frozenset((c.a.doc_id, c.b.doc_id, c.topic)) for c in found} == expected


# --- the ingest path: contradictions and boards kept up to date ---------------------
def quote(number: int, actor: str, subject: str, predicate: str, polarity: bool, day) -> Quote:
    text = f"{subject} {'' if polarity else 'not '}{predicate}"
    return Quote(
        id=f"q{number}",
        speaker=f"Speaker {actor}",
        speaker_actor=actor,
        kind="indirect",
        content=text,
        date=day,
        claims=[Claim(subject=subject, predicate=predicate, polarity=polarity, text=text)],
    )


def article(text: str, day, quotes=(), stances=()) -> tuple[Document, Report]:
    document = Document.from_text(text, outlet=f"Outlet {day.day}", published=day)
    meta = ReportDocument(id=document.id, outlet=document.outlet, published=day)
    return document, Report(document=meta, quotes=list(quotes), stances=list(stances))


def stance(party: str, value: str, claimed_by: str = "outlet") -> Stance:
    return Stance(
        id=f"s-{party}-{value}",
        process="HAMAS–ISR talks",
        process_label="Gaza truce talks",
        party=party,
        stance=value,
        claimed_by=claimed_by,
    )


DAY = dt.date(2025, 3, 1)
FIRST = [
    article(
        "Egypt says the truce holds.",
        DAY,
        [quote(1, "EGY.GOV", "truce", "hold", True, DAY)],
        [stance("HAMAS", "accepted")],
    ),
    article("Qatar hosts a round.", DAY, [quote(1, "QAT.GOV", "round", "start", True, DAY)]),
]
SECOND = [
    article(
        "Hamas says the truce does not hold.",
        DAY + dt.timedelta(days=2),
        [quote(1, "HAMAS", "truce", "hold", False, DAY + dt.timedelta(days=2))],
        [stance("HAMAS", "rejected", claimed_by="ISR.GOV")],
    )
]


def analyzed(batch):
    """The engine's ``analyze`` hook returning the prepared reports (no spaCy parse)."""
    reports = {document.id: report for document, report in batch}
    return lambda documents: [reports[document.id] for document in documents]


def ingest_batch(corpus: Corpus, batch):
    documents = [document for document, _ in batch]
    nlp = spacy.blank("en")  # the engine reads only its max_length
    return ingest(documents, corpus, nlp, analyze=analyzed(batch), embed=no_embedding_needed)


def no_embedding_needed(texts):
    raise AssertionError("every pair here is the same proposition: no embedding needed")


def test_a_second_batch_adds_its_contradiction_and_stances_without_recompute(db_url):
    with Corpus(db_url) as corpus:
        first = ingest_batch(corpus, FIRST)
        assert first.refreshed.documents == 2 and first.refreshed.contradictions == 0
        assert corpus.contradictions(scope="corpus") == []
        (board,) = corpus.boards()
        assert board["documents"] == 1

        second = ingest_batch(corpus, SECOND)
        assert second.refreshed.documents == 1 and second.refreshed.contradictions == 1
        (found,) = corpus.contradictions(scope="corpus")
        assert (found.a.by, found.b.by) == ("EGY.GOV", "HAMAS")  # the earlier statement first
        assert (found.a.doc_id, found.b.doc_id) == (FIRST[0][0].id, SECOND[0][0].id)
        assert found.topic == "whether truce hold" and found.id.startswith("x")
        (board,) = corpus.boards()
        assert board["documents"] == 2
        latest = {(p["party"], p["stance"]) for p in board["latest"]}
        assert latest == {("HAMAS", "rejected")}
        assert [d["party"] for d in board["disputes"]] == ["HAMAS"]

        before = corpus.counts()
        again = ingest_batch(corpus, FIRST + SECOND)
        assert (again.new, again.duplicate, again.refreshed.documents) == (0, 3, 0)
        assert corpus.counts() == before  # no second copy of anything
        corpus.save_report(*SECOND[0])  # a re-save: the pair is found again, and overwritten
        assert refresh(corpus, embed=no_embedding_needed).contradictions == 1
        assert corpus.contradictions(scope="corpus") == [found]
        assert corpus.counts() == before

        # what was added batch by batch is what a full recompute finds
        stored = corpus.contradictions(scope="corpus")
        analyze_corpus(corpus, embed=no_embedding_needed)
        assert corpus.contradictions(scope="corpus") == stored
        full = [b.as_dict() for b in build_boards(corpus.items("stances"))]
        assert corpus.boards() == full
        assert rebuild_boards(corpus) == 1 and corpus.boards() == full


def test_contradictions_do_not_depend_on_the_order_claims_arrive_in(tmp_path):
    with Corpus(f"sqlite:///{tmp_path / 'store.db'}") as corpus:
        for document, report in FIRST + SECOND:
            corpus.save_report(document, report)
        items = list(corpus.items("quotes"))
    forward = find_contradictions(items, embed=no_embedding_needed)
    backward = find_contradictions(items[::-1], embed=no_embedding_needed)
    assert forward == backward and len(forward) == 1


def run(*args):
    return CliRunner().invoke(app, [str(arg) for arg in args])


def test_cli_reads_the_stored_results(db_url, monkeypatch):
    with Corpus(db_url) as corpus:
        ingest_batch(corpus, FIRST)
        ingest_batch(corpus, SECOND)

    def no_recompute(*args, **kwargs):
        raise AssertionError("the stored contradictions must be read, not recomputed")

    monkeypatch.setattr("accord.corpuswide.incremental.find_contradictions", no_recompute)
    monkeypatch.setattr("accord.corpuswide.contradictions.find_contradictions", no_recompute)
    listing = ["contradictions", "--db", db_url, "--format", "json"]
    result = run(*listing)
    assert result.exit_code == 0, result.output
    (found,) = json.loads(result.stdout)
    assert (found["a"]["by"], found["b"]["by"]) == ("EGY.GOV", "HAMAS")
    assert json.loads(run(*listing, "--actor", "QAT").stdout) == []
    assert json.loads(run(*listing, "--topic", "not hold").stdout) == [found]  # a claim's words

    talks = run("talks", "--db", db_url, "--json")
    assert talks.exit_code == 0, talks.output
    (board,) = json.loads(talks.stdout)
    assert board["process"] == "HAMAS–ISR talks" and board["documents"] == 2
    with Corpus(db_url) as corpus:
        assert corpus.boards() == [board]  # printed as stored: the shape of Board.as_dict()
    assert [(p["party"], p["stance"]) for p in board["latest"]] == [("HAMAS", "rejected")]
    assert run("talks", "Gaza truce", "--db", db_url).exit_code == 0
    assert run("talks", "Sudan", "--db", db_url).exit_code == 1

    monkeypatch.undo()
    recomputed = run(*listing, "--recompute")
    assert recomputed.exit_code == 0, recomputed.output
    assert json.loads(recomputed.stdout) == [found]
    assert json.loads(run("talks", "--db", db_url, "--json", "--recompute").stdout) == [board]


def test_documents_saved_outside_ingest_are_taken_in_by_the_next_reader(db_url):
    with Corpus(db_url) as corpus:
        for document, report in FIRST + SECOND:
            corpus.save_report(document, report)
        assert corpus.pending_count() == 3 and corpus.boards() == []
    result = run("talks", "--db", db_url, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["documents"] == 2
    assert "took 3 stored document(s) in" in result.stderr
    with Corpus(db_url) as corpus:
        assert corpus.pending_count() == 0
        assert len(corpus.contradictions(scope="corpus")) == 1


def test_a_reader_does_not_wait_for_an_update_in_progress(db_url):
    with Corpus(db_url) as corpus, Corpus(db_url) as other:
        document, report = FIRST[0]
        corpus.save_report(document, report)
        with refreshing(corpus) as holder:
            assert holder is not None
            assert refresh(other, wait=False) is None
        assert refresh(other, wait=False).documents == 1


def test_a_resaved_document_with_the_same_counts_gets_its_board_rebuilt(db_url):
    with Corpus(db_url) as corpus:
        ingest_batch(corpus, FIRST)
        document, report = FIRST[0]
        changed = report.model_copy(deep=True)
        changed.stances[0].stance = "rejected"
        corpus.save_report(document, changed)  # one stance under the same key, as before
        assert refresh(corpus, embed=no_embedding_needed).boards == 1
        (board,) = corpus.boards()
        assert [p["stance"] for p in board["timeline"]] == ["rejected"]


@pytest.mark.slow
def test_examples_in_two_batches_equal_a_full_recompute(tmp_path, nlp):
    """Every other example article comes in a second run: the Russia–Ukraine process and
    the Gaza articles whose sources contradict each other are split across the runs."""
    from accord.eval.runner import load_gold
    from conftest import EXAMPLES

    paths = sorted((EXAMPLES / "gold").glob("*.json"))
    documents = [load_gold(path)[1] for path in paths if not path.stem.startswith("offtopic")]
    russia_ukraine = sum(d.external_id.startswith("ru-ua-") for d in documents)
    assert russia_ukraine >= 8, f"missing fixture: the Russia–Ukraine example gold in {EXAMPLES}"
    with Corpus(f"sqlite:///{tmp_path / 'store.db'}") as corpus:
        first = ingest(documents[::2], corpus, nlp)
        second = ingest(documents[1::2], corpus, nlp)
        assert second.new == len(documents[1::2]) == second.refreshed.documents
        assert [b["documents"] for b in corpus.boards("RUS–UKR")] == [8]  # one process
        stored = corpus.boards()
        incremental = corpus.contradictions(scope="corpus")
        assert incremental, "the examples have sources contradicting each other across articles"
        assert first.refreshed.contradictions + second.refreshed.contradictions == len(incremental)

        analyze_corpus(corpus)
        assert corpus.contradictions(scope="corpus") == incremental
        assert stored == [b.as_dict() for b in build_boards(corpus.items("stances"))]
