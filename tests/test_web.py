"""The web pages without a browser: highlighting, escaping, assets, empty and filled views."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from accord.model import Event, Evidence, Quote, Report, ReportDocument, Span
from accord.web.app import create_app, plotly_bundle
from accord.web.highlight import Mark, marks_for, pieces
from web_support import CORPUS, fake_analyze

VIEWS = ["/", "/documents", "/timeline", "/network", "/talks", "/contradictions", "/framing"]


class Nesting(HTMLParser):
    """Fails on any close tag that does not match the innermost open tag."""

    VOID = {"meta", "link", "input", "br", "img", "hr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(CORPUS, fake_analyze), base_url="http://localhost") as client:
        yield client


@pytest.fixture(scope="module")
def empty_client(tmp_path_factory):
    from accord.store import Corpus

    corpus = Corpus(f"sqlite:///{tmp_path_factory.mktemp('empty') / 'empty.db'}")
    with TestClient(create_app(corpus, fake_analyze), base_url="http://localhost") as client:
        yield client
    corpus.close()


# --- highlighting -------------------------------------------------------------------
def test_crossing_spans_still_nest():
    text = "abcdefghij"
    marks = [
        Mark(0, 6, "quote", "q", "Q"),
        Mark(3, 9, "event", "e", "E"),
        Mark(4, 5, "actor", "a", "A"),
    ]
    out = pieces(text, marks)
    assert "".join(p.text for p in out if p.kind == "text") == text
    stack = []
    for piece in out:
        if piece.kind == "open":
            stack.append(piece.mark)
        elif piece.kind == "close":
            assert stack.pop() is piece.mark
    assert stack == []
    # the event is cut at the quote's end and resumed, and its label is shown once
    assert [p.continued for p in out if p.kind == "open" and p.mark.ref == "e"] == [False, True]
    assert [p.final for p in out if p.kind == "close" and p.mark.ref == "e"] == [False, True]


def test_marks_cover_quote_speaker_event_and_drop_bad_offsets():
    text = 'Army units shelled the town, "we act," the minister said.'
    content = text.index("we act")
    report = Report(
        document=ReportDocument(id="d"),
        quotes=[
            Quote(
                id="q1",
                speaker="the minister",
                speaker_actor="AAA.GOV",
                kind="direct",
                content="we act",
                content_span=Span(start=content, end=content + 6, text="we act"),
                speaker_span=Span(
                    start=text.index("the minister"), end=text.index(" said"), text=""
                ),
            )
        ],
        events=[
            Event(
                id="e1",
                source="AAA.MIL",
                source_text="Army units",
                action="ASSAULT",
                evidence=[
                    Evidence(
                        sentence=0, start=0, end=27, text=text[:27], trigger="shelled", rule="r"
                    ),
                    Evidence(sentence=0, start=500, end=510, text="", rule="r"),  # out of range
                ],
            )
        ],
    )
    marks = {(m.layer, text[m.start : m.end]) for m in marks_for(report, text)}
    assert marks == {
        ("quote", "we act"),
        ("speaker", "the minister"),
        ("event", "shelled"),
        ("actor", "Army units"),
    }


# --- pages --------------------------------------------------------------------------
@pytest.mark.parametrize("path", VIEWS)
def test_every_view_renders_with_data_and_when_empty(client, empty_client, path):
    for each in (client, empty_client):
        response = each.get(path)
        assert response.status_code == 200
        Nesting().feed(response.text)
        assert "content-security-policy" in response.headers
        # no CDN: every script and stylesheet is served by the app itself
        for url in re.findall(r'(?:src|href)="([^"]+)"', response.text):
            assert not url.startswith(("http:", "https:", "//")), url


def test_views_show_the_stored_records(client):
    assert "AAA.MIL" in client.get("/timeline").text
    assert 'data-figure="timeline"' in client.get("/timeline").text
    assert "BBB.GOV" in client.get("/network").text
    talks = client.get("/talks").text
    assert "border talks" in talks and "accepted" in talks
    contradictions = client.get("/contradictions").text
    assert "will not talk" in contradictions and "accepted talks" in contradictions
    framing = client.get("/framing").text
    assert "border town" in framing and "Outlet One" in framing


def test_stored_article_view_highlights_its_records(client):
    doc_id = client.get("/api/documents").json()["items"][0]["id"]
    page = client.get(f"/documents/{doc_id}").text
    Nesting().feed(page)
    assert re.search(r'<mark class="hl hl-event"[^>]*data-ref="event-e1"[^>]*>shelled', page)
    assert re.search(r'<mark class="hl hl-quote"[^>]*data-ref="quote-q1"', page)
    assert 'id="item-event-e1"' in page and "test.rule" in page
    assert client.get("/documents/unknown").status_code == 404


def test_plotly_is_served_from_the_installed_package(client):
    response = client.get("/vendor/plotly.min.js")
    assert response.status_code == 200
    assert response.content == plotly_bundle().read_bytes()
    assert client.get("/static/accord.js").status_code == 200


HOSTILE = (
    'Officials met. <script>alert("owned")</script> <img src=x onerror=alert(1)> '
    "**bold** [click](javascript:alert(2)) {{ 7*7 }} the minister said."
)


def test_hostile_article_is_shown_as_text(client):
    response = client.post("/analyse", data={"text": HOSTILE})
    assert response.status_code == 200
    body = response.text
    Nesting().feed(body)
    assert re.search(r'<mark class="hl hl-quote"[^>]*>.*Officials met\. &lt;script&gt;', body, re.S)
    assert '<script>alert("owned")' not in body and "<img src=x" not in body
    assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in body
    assert "**bold** [click](javascript:alert(2)) {{ 7*7 }}" in body  # markdown and templates inert
    assert "49" not in body


def test_upload_form(client):
    files = {"upload": ("article.txt", b"The minister said talks would resume.", "text/plain")}
    response = client.post("/analyse", data={"outlet": "Wire"}, files=files)
    assert response.status_code == 200
    assert "talks would resume" in response.text and "not stored" in response.text


@pytest.mark.parametrize(
    ("data", "files", "message"),
    [
        ({"text": "  "}, None, "paste an article"),
        ({"text": "Fine.", "published": "May 3"}, None, "YYYY-MM-DD"),
        ({}, {"upload": ("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\rIHDR", "text/plain")}, "binary"),
        ({}, {"upload": ("a.txt", bytes(range(128, 256)) * 3, "text/plain")}, "encoding"),
    ],
)
def test_bad_form_input_gives_the_form_back_with_a_message(client, data, files, message):
    response = client.post("/analyse", data=data, files=files)
    assert response.status_code == 400
    assert message in response.text
    assert '<form class="analyse"' in response.text


def test_serve_reports_a_busy_port_in_one_line(tmp_path):
    import socket

    from typer.testing import CliRunner

    from accord.cli import app

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        db = f"sqlite:///{tmp_path / 'serve.db'}"
        result = CliRunner().invoke(app, ["serve", "--db", db, "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: cannot serve on 127.0.0.1:{port}")
    assert len(result.stderr.strip().splitlines()) == 1


def test_board_cells_link_to_their_evidence_in_the_timeline_below(client):
    talks = client.get("/talks").text
    link = re.search(r'<a class="cell" href="#(board-\d+-p-\d+)"', talks)
    assert link is not None
    anchor = f'id="{link.group(1)}"'
    assert anchor in talks and talks.index(anchor) > link.start()  # the timeline sits below
