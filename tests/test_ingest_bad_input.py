"""Every kind of bad input gives one failure naming the file (and line); the run goes on."""

from __future__ import annotations

import json

import pytest

from accord.ingest import IngestFailure, ReaderOptions, iter_inputs
from accord.model import Document
from ingest_support import EMPTY_PAGE, FRENCH, RUSSIAN, STORY, closed_port_url

MB = 1024 * 1024


def write_bytes(name: str, data: bytes):
    def make(folder):
        path = folder / name
        path.write_bytes(data)
        return str(path)

    return make


BAD_FILES = {
    "empty file": (write_bytes("empty.txt", b""), None, "empty"),
    "blank file": (write_bytes("blank.txt", b" \n\t\n"), None, "empty"),
    "binary file": (
        write_bytes("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        None,
        "binary file, not text",
    ),
    "undecodable bytes": (
        write_bytes("garbled.txt", bytes(range(128, 256)) * 3),
        None,
        "cannot tell the text encoding",
    ),
    "non-English article": (write_bytes("fr.txt", FRENCH.encode()), None, "not English"),
    "non-Latin script": (write_bytes("ru.txt", RUSSIAN.encode()), None, "not English"),
    "malformed JSONL line": (
        write_bytes("c.jsonl", b'{"text": "' + STORY.encode()[:40] + b"\n"),
        "1",
        "malformed JSON",
    ),
    "CSV without text column": (
        write_bytes("c.csv", b"id,body\n1,Talks resumed.\n"),
        None,
        "no 'text' column (columns: id, body)",
    ),
    "HTML page without article text": (
        write_bytes("menu.html", EMPTY_PAGE.encode()),
        None,
        "no article text found in the HTML page",
    ),
    "20 MB text": (
        write_bytes("huge.txt", (STORY.encode() * (20 * MB // len(STORY) + 1))),
        None,
        "larger than the 10 MB limit for one document",
    ),
    "missing file": (lambda folder: str(folder / "absent.txt"), None, "no such file or folder"),
    "unreachable URL": (lambda folder: closed_port_url(), None, "cannot connect to 127.0.0.1"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_input_is_one_failure_and_the_run_goes_on(tmp_path, case):
    make, record, reason = BAD_FILES[case]
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    bad = make(tmp_path)
    options = ReaderOptions(timeout=3, allow_private_addresses=True)  # 127.0.0.1 is the test's
    items = list(iter_inputs([bad, str(good)], options=options))
    assert len(items) == 2
    failure, document = items
    assert isinstance(failure, IngestFailure)
    assert failure.source == bad
    assert failure.record == record
    assert failure.reason.startswith(reason)
    assert "\n" not in str(failure)
    assert isinstance(document, Document) and document.source == str(good)


def test_jsonl_line_over_the_cap_fails_alone(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [{"text": STORY}, {"text": STORY * 40}, {"text": STORY + " Later."}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    items = list(iter_inputs([str(path)], options=ReaderOptions(max_bytes=10_000)))
    assert [isinstance(item, Document) for item in items] == [True, False, True]
    assert str(items[1]) == f"{path}:2: line longer than the 10000 bytes limit"


def test_text_over_a_custom_cap(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(STORY * 3, encoding="utf-8")
    [failure] = iter_inputs([str(path)], options=ReaderOptions(max_bytes=len(STORY)))
    assert failure.reason.startswith("larger than the")


def test_language_check_can_be_switched_off(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    [document] = iter_inputs([str(path)], options=ReaderOptions(check_language=False))
    assert isinstance(document, Document)
    assert document.lang is None
