"""Legacy encodings are decoded, recorded, and never silently replaced. Issue 17, defect 5."""

from __future__ import annotations

import codecs

import pytest

from accord.ingest import IngestFailure, ReaderOptions, iter_inputs
from accord.ingest.decode import decode_bytes
from accord.ingest.records import InputError
from accord.model import Document, Report, ReportDocument
from accord.store import Corpus
from ingest_support import STORY, article_html, serve

# typographic quotes, dashes and accents: the bytes windows-1252 and UTF-8 disagree on
TEXT = STORY.replace("a mediator said", "a mediator in Orléans said – “cautiously”")
assert "\u201c" in TEXT and "é" in TEXT


@pytest.mark.parametrize(("data", "declared", "html", "encoding"), [
    (TEXT.encode("utf-8"), None, False, "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), None, False, "utf-8"),
    (TEXT.encode("utf-16"), None, False, "utf-16"),  # with its BOM
    (TEXT.encode("cp1252"), None, False, "cp1252"),  # detected
    (TEXT.encode("cp1252"), "iso-8859-1", False, "cp1252"),  # the label browsers reinterpret
    (TEXT.encode("cp1252"), "windows-1252", False, "cp1252"),
    (b'<meta charset="windows-1252">' + TEXT.encode("cp1252"), None, True, "cp1252"),
    (TEXT.encode("cp1252"), "utf-8", False, "cp1252"),  # a wrong declaration does not stick
])  # fmt: skip
def test_decoded_by_bom_then_charset_then_meta_then_detection(data, declared, html, encoding):
    decoded = decode_bytes(data, declared=declared, html=html)
    assert decoded.encoding == encoding
    assert TEXT.strip() in decoded.text
    assert "\ufffd" not in decoded.text


def test_what_nothing_decodes_is_refused_not_replaced():
    with pytest.raises(InputError, match="cannot tell the text encoding"):
        decode_bytes(bytes(range(128, 256)) * 3)


def test_a_windows_1252_txt_file_is_ingested_and_its_encoding_stored(tmp_path):
    path = tmp_path / "archive-1998.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    [document] = list(iter_inputs([str(path)], options=ReaderOptions()))
    assert isinstance(document, Document), document
    assert document.text == TEXT and document.encoding == "cp1252"
    with Corpus(f"sqlite:///{tmp_path / 'store.db'}") as corpus:
        corpus.save_report(document, Report(document=ReportDocument(id=document.id)))
        assert corpus.document(document.id).encoding == "cp1252"


@pytest.mark.parametrize("meta", ['<meta charset="windows-1252">', ""])
def test_a_windows_1252_page_without_a_charset_header_is_not_corrupted(meta):
    title, body = TEXT.split("\n", 1)
    html = article_html(title, body).replace('<meta charset="utf-8">', meta)
    page = (200, "text/html", html.encode("cp1252"))  # no charset in the header
    with serve({"/page.html": page}) as base:
        options = ReaderOptions(allow_private_addresses=True)
        [document] = list(iter_inputs([f"{base}/page.html"], options=options))
    assert not isinstance(document, IngestFailure), document
    assert "\ufffd" not in document.text
    assert "“cautiously”" in document.text and "Orléans" in document.text
    assert document.encoding == "cp1252"
