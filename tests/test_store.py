"""The store: migrations, idempotent saves, queries and the errors table, on SQLite and
PostgreSQL (when ACCORD_TEST_DB is set)."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from accord.model import Contradiction, ContradictionSide, Document
from accord.store import Corpus
from accord.store.migrate import current_revision, head_revision
from accord.store.schema import metadata
from store_support import full_report, sample_report, talks_document


@pytest.fixture
def corpus(db_url):
    with Corpus(db_url) as store:
        yield store


# --- migrations -----------------------------------------------------------------
def test_opening_an_empty_database_migrates_it_to_head(db_url):
    Corpus(db_url).close()
    engine = create_engine(Corpus(db_url).url)
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        tables = set(inspect(connection).get_table_names())
    engine.dispose()
    expected = {
        "documents",
        "actors",
        "events",
        "quotes",
        "stances",
        "contradictions",
        "framing_markers",
        "errors",
        "document_actors",
        "alembic_version",
    }
    assert expected <= tables


def test_migrations_match_the_schema_metadata(db_url):
    corpus = Corpus(db_url)
    with corpus.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    corpus.close()
    assert differences == []


def test_upgrading_from_0001_files_stored_signatures_in_the_near_duplicate_index(db_url):
    from alembic import command

    from accord.ingest import NearDuplicateIndex
    from accord.store.corpus import Writer, database_url
    from accord.store.migrate import alembic_config
    from accord.store.neardup import StoredNearDuplicates
    from ingest_support import STORY, STORY_COPY

    engine = create_engine(Corpus(db_url).url)  # migrates to head
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")
        assert current_revision(connection) == "0001"
        assert "minhash_bands" not in inspect(connection).get_table_names()
    engine.dispose()
    signer = NearDuplicateIndex().signature
    original = Document.from_text(STORY, source="a.txt")
    copy = Document.from_text(STORY_COPY, source="b.txt")
    engine = create_engine(database_url(db_url))  # write to the 0001 store without upgrading it
    with engine.connect() as connection:
        Writer(connection, commit_every=10).save_report(
            original, sample_report(original), signature=signer(STORY), new=True
        )
        connection.commit()
    engine.dispose()
    with Corpus(db_url) as upgraded, upgraded.writer() as writer:
        assert upgraded.count("minhash_bands") > 0
        index = StoredNearDuplicates(writer.connection, signer)
        assert index.add(copy.id, signer(STORY_COPY)) == original.id


def test_upgrading_from_0002_leaves_every_document_to_be_taken_in(db_url):
    from alembic import command
    from sqlalchemy import text

    from accord.corpuswide.incremental import refresh
    from accord.store.migrate import alembic_config

    with Corpus(db_url) as corpus:
        for day in (3, 12):
            document = talks_document(day)
            report = full_report(document)
            report.stances[0].process_label, report.stances[0].round = "Cairo talks", "Cairo"
            corpus.save_report(document, report)
        refresh(corpus)
        old = Contradiction(
            id="x1",
            topic="t",
            a=ContradictionSide(by="ISR.GOV", claim="held"),
            b=ContradictionSide(by="HAMAS", claim="did not hold"),
        )
        corpus.save_contradictions("corpus", [old])  # as an earlier `accord contradictions`
        engine = create_engine(corpus.url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0002")
        assert "boards" not in inspect(connection).get_table_names()
    engine.dispose()

    with Corpus(db_url) as upgraded:
        assert upgraded.pending_count() == 2
        assert upgraded.contradictions(scope="corpus") == []  # found again, under stable ids
        with upgraded.engine.connect() as connection:
            labels = connection.execute(text("SELECT process_label, round FROM stances")).all()
        assert sorted(labels, key=str) == sorted(
            [("Cairo talks", "Cairo"), (None, None)] * 2, key=str
        )
        assert refresh(upgraded).documents == 2
        (board,) = upgraded.boards()
        assert board["documents"] == 2 and board["label"] == "Cairo talks"
        assert [r["round"] for r in board["rounds"]] == ["Cairo"]


# --- saving ---------------------------------------------------------------------
def test_a_saved_report_is_rebuilt_unchanged(corpus):
    document = talks_document()
    report = full_report(document)
    corpus.save_report(document, report)
    rebuilt = corpus.report(document.id)
    assert rebuilt == report
    assert list(corpus.reports()) == [report]
    assert list(corpus.documents()) == [document]


def test_saving_twice_changes_nothing(corpus):
    document = talks_document()
    corpus.save_report(document, full_report(document))
    before = corpus.counts()
    corpus.save_report(document, full_report(document))
    assert corpus.counts() == before
    assert before["documents"] == 1 and before["events"] == 3 and before["quotes"] == 2


def test_resaving_replaces_the_documents_records(corpus):
    document = talks_document()
    report = full_report(document)
    corpus.save_report(document, report)
    report.events = report.events[:1]
    report.quotes = []
    corpus.save_report(document, report)
    assert [event.id for event in corpus.events()] == ["e1"]
    assert corpus.quotes() == []
    assert corpus.report(document.id) == report


def test_near_duplicate_link_and_signature_are_stored(corpus):
    original, copy = talks_document(3), talks_document(4, outlet="Valley Post")
    corpus.save_report(original, full_report(original), signature=b"\x01" * 8)
    corpus.save_report(copy, sample_report(copy), copy_of=original.id, signature=b"\x02" * 8)
    assert corpus.copies() == {copy.id: original.id}
    assert dict(corpus.signatures()) == {original.id: b"\x01" * 8, copy.id: b"\x02" * 8}
    corpus.save_report(copy, sample_report(copy))  # a plain re-save keeps the link
    assert corpus.copies() == {copy.id: original.id}


def test_writer_commits_in_batches_and_sees_its_own_saves(corpus):
    documents = [talks_document(day) for day in range(1, 6)]
    with corpus.writer(commit_every=2) as writer:
        for document in documents:
            writer.save_report(document, sample_report(document))
            assert writer.has_document(document.id)
    assert corpus.count("documents") == 5
    assert all(corpus.has_document(document.id) for document in documents)


def test_a_failed_batch_is_rolled_back(corpus):
    document = talks_document()
    with pytest.raises(RuntimeError), corpus.writer(commit_every=100) as writer:
        writer.save_report(document, sample_report(document))
        raise RuntimeError("interrupted")
    assert corpus.count("documents") == 0


# --- errors ---------------------------------------------------------------------
def test_errors_are_quarantined_once_per_input(corpus):
    corpus.record_error("feed.jsonl", "7", "not valid JSON")
    corpus.record_error("feed.jsonl", "7", "not valid JSON")
    corpus.record_error("empty.txt", None, "empty")
    errors = corpus.errors()
    assert [(e.source, e.record, e.reason) for e in errors] == [
        ("feed.jsonl", "7", "not valid JSON"),
        ("empty.txt", None, "empty"),
    ]
    assert all(isinstance(e.time, dt.datetime) for e in errors)


# --- queries --------------------------------------------------------------------
@pytest.fixture
def filled(corpus):
    for day, outlet in ((3, "Harbour Wire"), (12, "Valley Post")):
        document = talks_document(day, outlet)
        corpus.save_report(document, full_report(document))
    return corpus


def test_event_filters(filled):
    assert len(filled.events()) == 6
    assert {e.id for e in filled.events(actor="ISR")} == {"e2"}  # country matches its sectors
    assert filled.events(actor="IS") == []  # but not a prefix of another id
    assert {e.target for e in filled.events(actor="HAMAS")} == {"HAMAS", "QAT.GOV"}
    assert {e.id for e in filled.events(action="consult")} == {"e1", "e3"}
    assert {e.status for e in filled.events(status="denied")} == {"denied"}
    assert len(filled.events(outlet="valley post")) == 3
    # an event's own date wins over the publication date
    assert len(filled.events(until=dt.date(2025, 3, 31))) == 2
    assert len(filled.events(since=dt.date(2025, 4, 10))) == 2
    assert len(filled.events(since=dt.date(2025, 4, 1), until=dt.date(2025, 4, 5))) == 2


def test_items_carry_their_documents_in_date_order(filled):
    items = list(filled.items("events", action="ASSAULT"))
    assert [item.document.outlet for item in items] == ["Harbour Wire", "Valley Post"]
    assert items[0].document.published == dt.date(2025, 4, 3)


def test_quote_filters(filled):
    assert len(filled.quotes()) == 4
    assert {q.id for q in filled.quotes(speaker="ORTIZ")} == {"q2"}
    assert {q.id for q in filled.quotes(anonymous=True)} == {"q1"}
    assert {q.id for q in filled.quotes(anonymous=False)} == {"q2"}
    assert {q.id for q in filled.quotes(actor="EGY")} == {"q1"}
    assert filled.quotes(actor="EGY")[0].chain == ["a senior official", "Harbour Wire"]


def test_stance_contradiction_and_framing_filters(filled):
    assert {s.party for s in filled.stances(process="CEASEFIRE")} == {"HAMAS", "EGY.GOV"}
    assert {s.id for s in filled.stances(party="HAMAS")} == {"s1"}
    assert filled.stances(party="HAMAS")[0].conditions == ["full withdrawal"]
    assert len(filled.contradictions(topic="truce")) == 2
    assert filled.contradictions(topic="border") == []
    assert {f.id for f in filled.framing(voice="outlet")} == {"f1"}
    assert {f.id for f in filled.framing(voice="quoted")} == {"f2"}
    assert len(filled.framing(outlet="Harbour Wire")) == 2


def test_corpus_wide_contradictions_have_their_own_scope(filled):
    found = Contradiction(
        id="x1",
        topic="prisoner numbers",
        a=ContradictionSide(by="ISR.GOV", claim="released 30"),
        b=ContradictionSide(by="HAMAS", claim="released 20"),
    )
    filled.save_contradictions("cross-document", [found])
    filled.save_contradictions("cross-document", [found])
    assert [c.id for c in filled.contradictions(scope="cross-document")] == ["x1"]
    assert len(filled.contradictions()) == 3
    item = next(filled.items("contradictions", topic="prisoner"))
    assert item.document.id == ""


def test_unknown_filter_is_an_error(filled):
    with pytest.raises(TypeError, match="no filter colour"):
        filled.events(colour="red")


def test_values_that_look_like_sql_wildcards_are_literal(filled):
    assert filled.quotes(speaker="%") == []
    assert filled.events(actor="ISR_MIL") == []


def test_items_page_in_sql_and_filter_on_the_records_own_kind(filled):
    everything = [item.record.id for item in filled.items("quotes")]
    page = [item.record.id for item in filled.items("quotes", limit=2, offset=1)]
    assert page == everything[1:3]
    assert {q.kind for q in filled.quotes(kind="direct")} == {"direct"}
    assert [i.record.id for i in filled.items("framing", kind="label")] == ["f2", "f2"]


def test_one_document_by_id(filled):
    document = talks_document(3)
    assert filled.document(document.id) == document
    assert filled.document("nope") is None


def test_readers_are_not_blocked_by_an_open_ingest_transaction(db_url):
    document = talks_document()
    with Corpus(db_url) as writer_side, Corpus(db_url) as reader_side:
        with writer_side.writer(commit_every=1000) as writer:
            for day in range(1, 20):
                other = talks_document(day)
                writer.save_report(other, full_report(other))
            assert reader_side.count("documents") == 0  # uncommitted, and no "database is locked"
            assert reader_side.events() == []
        assert reader_side.count("documents") == 19
        assert reader_side.has_document(document.id)


def test_stored_near_duplicate_index(corpus):
    from accord.ingest import NearDuplicateIndex
    from accord.store.neardup import StoredNearDuplicates, similarity
    from ingest_support import OTHER_STORY, STORY, STORY_COPY

    signer = NearDuplicateIndex().signature
    assert similarity(signer(STORY), signer(STORY_COPY)) >= 0.8
    assert similarity(signer(STORY), signer(OTHER_STORY)) < 0.2
    with corpus.writer() as writer:
        index = StoredNearDuplicates(writer.connection, signer)
        saved = {}
        for name, text in (("story", STORY), ("other", OTHER_STORY), ("copy", STORY_COPY)):
            document = Document.from_text(text, source=name)
            saved[name] = (document.id, index.add(document.id, signer(text)))
            writer.save_report(document, sample_report(document), signature=signer(text))
        # texts without words have empty signatures, which must not all match each other
        assert index.add("w1", signer("... !!!")) is None
        assert index.add("w2", signer("--- ???")) is None
    assert saved["story"][1] is None and saved["other"][1] is None
    assert saved["copy"][1] == saved["story"][0]
