"""Local inputs: text, Markdown and HTML files, folders, stdin, URL-list detection, options."""

from __future__ import annotations

import io
import json
import sys
from datetime import date

from accord.ingest import IngestFailure, ReaderOptions, iter_inputs
from accord.model import Document, content_id
from ingest_support import OTHER_STORY, STORY, article_html


def read_all(inputs, **options):
    return list(iter_inputs([str(item) for item in inputs], options=ReaderOptions(**options)))


def test_text_file_becomes_one_document_with_content_id(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    [document] = read_all([path])
    assert isinstance(document, Document)
    assert document.text == STORY
    assert document.id == content_id(STORY)
    assert document.source == str(path)
    assert document.lang == "en"


def test_same_content_gets_same_id_whatever_the_file(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("\ufeff" + STORY.replace("\n", "\r\n"), encoding="utf-8")
    first, second = read_all([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert first.id == second.id


def test_html_file_yields_main_text_title_date_and_site(tmp_path):
    path = tmp_path / "page.html"
    title = "Delegations resume border talks in Geneva"
    body = STORY.split("\n", 1)[1]
    path.write_text(article_html(title, body, site="Northwire", date="2024-03-05"), "utf-8")
    [document] = read_all([path])
    assert document.title == title
    assert document.outlet == "Northwire"
    assert document.published == date(2024, 3, 5)
    assert document.text.startswith(title + "\n")
    assert "phased withdrawal of troops" in document.text
    assert "Terms of use" not in document.text and "Sport" not in document.text


def test_markdown_heading_becomes_title(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Harbour city approves plan\n\n" + OTHER_STORY, encoding="utf-8")
    [document] = read_all([path])
    assert document.title == "Harbour city approves plan"
    assert not document.text.startswith("#")


def test_folder_is_read_recursively_skipping_hidden_and_unknown_files(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "b.md").write_text(OTHER_STORY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(OTHER_STORY + " hidden", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text(OTHER_STORY + " in git", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    items = read_all([tmp_path])
    assert [item.source for item in items] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "sub" / "deeper" / "b.md"),
    ]


def test_folder_without_inputs_is_one_failure(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    [failure] = read_all([tmp_path])
    assert isinstance(failure, IngestFailure)
    assert failure.source == str(tmp_path)
    assert "no input files" in failure.reason


def test_stdin_dash_reads_one_article(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    [document] = read_all(["-"])
    assert document.source == "stdin"
    assert document.id == content_id(STORY)


def test_stdin_starting_with_a_json_object_is_streamed_as_jsonl(monkeypatch):
    lines = [json.dumps({"id": "s1", "text": STORY}), "{broken", json.dumps({"text": OTHER_STORY})]
    data = ("\n".join(lines) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    first, failure, last = read_all(["-"])
    assert (first.external_id, first.source) == ("s1", "stdin:1")
    assert str(failure).startswith("stdin:2: malformed JSON")
    assert last.text == OTHER_STORY


def test_stdin_failure_names_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"   \n")))
    [failure] = read_all(["-"])
    assert str(failure) == "stdin: empty"


def test_text_with_one_url_among_prose_is_an_article_not_a_url_list(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY + "https://example.org/more\n", encoding="utf-8")
    [document] = read_all([path])
    assert isinstance(document, Document)
    assert document.text == STORY + "https://example.org/more\n"
    assert document.id == content_id(document.text)
    assert document.source == str(path)


def test_outlet_and_published_options_override_the_input(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(article_html("Talks resume", STORY, site="Northwire"), encoding="utf-8")
    [document] = read_all([path], outlet="Desk copy", published=date(2024, 1, 2))
    assert document.outlet == "Desk copy"
    assert document.published == date(2024, 1, 2)


def test_failure_prints_as_one_line_naming_source_and_record():
    failure = IngestFailure("corpus.jsonl", "7", "malformed JSON")
    assert str(failure) == "corpus.jsonl:7: malformed JSON"
    assert str(IngestFailure("empty.txt", None, "empty")) == "empty.txt: empty"
