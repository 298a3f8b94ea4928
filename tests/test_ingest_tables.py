"""Corpus files: JSONL, CSV and Parquet rows, configurable columns, and streaming."""

from __future__ import annotations

import json
import os
import threading
import tracemalloc
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from accord.ingest import IngestFailure, ReaderOptions, iter_inputs
from accord.model import Document, content_id
from ingest_support import OTHER_STORY, STORY


def read_all(path, **options):
    return list(iter_inputs([str(path)], options=ReaderOptions(**options)))


def test_jsonl_rows_carry_their_metadata(tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [
        {
            "id": "n-1",
            "text": STORY,
            "title": "Border talks",
            "outlet": "Northwire",
            "published": "2024-03-05T10:00:00Z",
            "url": "https://northwire.example/talks",
        },
        {"id": 2, "text": OTHER_STORY, "published": "5 March 2024"},
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    first, second = read_all(path)
    assert first.id == content_id(STORY)
    assert (first.title, first.outlet, first.url) == (
        "Border talks",
        "Northwire",
        "https://northwire.example/talks",
    )
    assert first.published == date(2024, 3, 5)
    assert first.external_id == "n-1"
    assert first.source == f"{path}:1"
    assert second.external_id == "2"
    assert second.published == date(2024, 3, 5)


def test_jsonl_bad_lines_fail_alone_and_reading_goes_on(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(
        json.dumps({"text": STORY}).encode()
        + b"\n"
        + b'{"text": "unterminated\n'
        + b"\n"
        + b"[1, 2]\n"
        + b'{"id": "x"}\n'
        + b'{"text": "caf\xe9"}\n'
        + json.dumps({"text": OTHER_STORY}).encode()
        + b"\n"
    )
    items = read_all(path)
    assert [type(item).__name__ for item in items] == [
        "Document",
        "IngestFailure",
        "IngestFailure",
        "IngestFailure",
        "IngestFailure",
        "Document",
    ]
    failures = {item.record: item.reason for item in items if isinstance(item, IngestFailure)}
    assert set(failures) == {"2", "4", "5", "6"}
    assert failures["2"].startswith("malformed JSON")
    assert failures["4"] == "expected a JSON object, got list"
    assert failures["5"] == "no 'text' value"
    assert failures["6"].startswith("invalid UTF-8")


def test_csv_with_configured_columns(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text(
        "key,body,headline,paper,day\n"
        f'a,"{STORY}",Border talks,Northwire,2024-03-05\n'
        f'b,"{OTHER_STORY}",Ferry terminal,Harbour Post,2024-03-06\n',
        encoding="utf-8",
    )
    options = dict(
        text_column="body",
        title_column="headline",
        outlet_column="paper",
        date_column="day",
        id_column="key",
    )
    first, second = read_all(path, **options)
    assert first.text == STORY
    assert (first.title, first.outlet, first.published, first.external_id) == (
        "Border talks",
        "Northwire",
        date(2024, 3, 5),
        "a",
    )
    assert second.source == f"{path}:row 2"


def test_csv_bad_row_is_a_failure_and_others_are_read(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_bytes(
        b"id,text\n"
        + b'1,"'
        + STORY.encode()
        + b'"\n'
        + b"2,\n"
        + b'3,"caf\xe9 society"\n'
        + b'4,"'
        + OTHER_STORY.encode()
        + b'"\n'
    )
    items = read_all(path)
    assert [isinstance(item, Document) for item in items] == [True, False, False, True]
    assert str(items[1]) == f"{path}:row 2: empty text"
    assert items[2].record == "row 3" and "invalid UTF-8" in items[2].reason


def test_csv_text_longer_than_the_csv_module_default_limit(tmp_path):
    long_story = "\n".join([STORY] * 150)  # about 150 KB, over csv's 128 KB default
    path = tmp_path / "long.csv"
    path.write_text(f'id,text\n1,"{long_story}"\n', encoding="utf-8")
    [item] = read_all(path)
    # read whole (no csv "field larger than field limit"), then refused by the text rule
    # every entry point shares (accord.ingest.textrule): it is over 100,000 characters
    assert isinstance(item, IngestFailure), item
    assert item.record == "row 1" and "character limit" in item.reason


def test_parquet_rows_are_read_in_batches(tmp_path):
    path = tmp_path / "corpus.parquet"
    texts = [f"{STORY}\nUpdate number {n}." for n in range(25)]
    table = pa.table(
        {
            "id": [f"p{n}" for n in range(25)],
            "text": texts,
            "outlet": ["Northwire"] * 25,
            "published": [date(2024, 3, 5)] * 25,
        }
    )
    pq.write_table(table, path, row_group_size=10)
    items = read_all(path, batch_size=4)
    assert [item.text for item in items] == texts
    assert items[-1].external_id == "p24"
    assert items[-1].source == f"{path}:row 25"
    assert items[0].published == date(2024, 3, 5)


def test_parquet_without_text_column_is_one_failure(tmp_path):
    path = tmp_path / "corpus.parquet"
    pq.write_table(pa.table({"body": [STORY]}), path)
    [failure] = read_all(path)
    assert failure.record is None
    assert failure.reason == "no 'text' column (columns: body)"


def test_not_a_parquet_file_is_a_failure(tmp_path):
    path = tmp_path / "corpus.parquet"
    path.write_text("id,text\n", encoding="utf-8")
    [failure] = read_all(path)
    assert failure.reason.startswith("not a readable Parquet file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_iter_inputs_yields_first_document_before_the_rest_is_written(tmp_path):
    """Through a pipe the rest of the corpus does not exist yet: only a lazy reader gets
    the first document."""
    pipe = tmp_path / "corpus.jsonl"
    os.mkfifo(pipe)
    first_seen = threading.Event()

    def write() -> None:
        with pipe.open("w", encoding="utf-8") as stream:
            stream.write(json.dumps({"text": STORY}) + "\n")
            stream.flush()
            first_seen.wait(timeout=10)
            stream.write(json.dumps({"text": OTHER_STORY}) + "\n")

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    items = iter_inputs([str(pipe)])
    first = next(items)
    assert first.text == STORY
    assert not first_seen.is_set()
    first_seen.set()
    assert next(items).text == OTHER_STORY
    writer.join(timeout=10)


def test_memory_stays_flat_over_a_large_jsonl(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for number in range(2000):
            text = f"{STORY}\n{STORY}\nItem {number}."
            stream.write(json.dumps({"id": number, "text": text}) + "\n")
    assert path.stat().st_size > 3_000_000
    tracemalloc.start()
    count = sum(1 for _ in iter_inputs([str(path)]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 2000
    assert peak < path.stat().st_size / 10, peak


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2024-03-05T23:30:00+02:00", date(2024, 3, 5)),
        ("Tue, 05 Mar 2024 08:00:00 GMT", date(2024, 3, 5)),
        ("5 March 2024", date(2024, 3, 5)),
        (date(2024, 3, 5), date(2024, 3, 5)),
        ("yesterday", None),
        ("soon", None),
        ("", None),
    ],
)
def test_publication_dates_are_read_leniently_but_never_guessed(value, expected):
    from accord.ingest.documents import parse_published

    assert parse_published(value) == expected
