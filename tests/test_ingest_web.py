"""Pages, URL lists and RSS/Atom feeds, all served from a local server on 127.0.0.1."""

from __future__ import annotations

from datetime import date

from accord.ingest import IngestFailure, ReaderOptions, iter_inputs
from accord.model import Document
from ingest_support import EMPTY_PAGE, OTHER_STORY, STORY, article_html, serve, slow

TITLE = "Delegations resume border talks in Geneva"
BODY = STORY.split("\n", 1)[1]
PAGE = (200, "text/html; charset=utf-8", article_html(TITLE, BODY).encode())
FERRY_TITLE = "Harbour city approves plan for new ferry terminal"
FERRY_PAGE = (
    200,
    "text/html",
    article_html(FERRY_TITLE, OTHER_STORY.split("\n", 1)[1], site="Harbour Post").encode(),
)


def read_all(inputs, **options):
    """Everything read from ``inputs``; the test server is on loopback, so allowed here."""
    options = {"allow_private_addresses": True, **options}
    return list(iter_inputs(inputs, options=ReaderOptions(**options)))


def rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Northwire World</title><link>{base}/</link>
<description>World news</description>
<item><title>{TITLE}</title><link>{base}/talks.html</link><guid>nw-1</guid>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><description>Short teaser.</description></item>
<item><title>Ferry terminal approved</title><link>{base}/gone.html</link><guid>nw-2</guid>
<pubDate>Wed, 06 Mar 2024 09:30:00 GMT</pubDate>
<description>&lt;p&gt;{OTHER_STORY.split(chr(10), 1)[1]}&lt;/p&gt;</description></item>
<item><title>Photo gallery</title><link>{base}/menu.html</link><guid>nw-3</guid></item>
</channel></rss>""".encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Post</title><id>urn:hp</id>
<updated>2024-03-06T10:00:00Z</updated>
<entry><title>{FERRY_TITLE}</title><id>urn:hp:1</id>
<link href="{base}/ferry.html"/><updated>2024-03-06T10:00:00Z</updated></entry>
</feed>""".encode()


def test_page_url_becomes_a_document_with_metadata():
    with serve({"/talks.html": PAGE}) as base:
        [document] = read_all([f"{base}/talks.html"])
    assert isinstance(document, Document)
    assert document.title == TITLE
    assert document.outlet == "Northwire"
    assert document.published == date(2024, 3, 5)
    assert document.url == f"{base}/talks.html"
    assert document.source == f"{base}/talks.html"
    assert "phased withdrawal" in document.text


def test_redirect_is_followed_and_final_url_kept():
    with serve({"/old": (301, "text/html", b"/talks.html"), "/talks.html": PAGE}) as base:
        [document] = read_all([f"{base}/old"])
    assert document.url == f"{base}/talks.html"


def test_plain_text_response():
    with serve({"/story.txt": (200, "text/plain; charset=utf-8", STORY.encode())}) as base:
        [document] = read_all([f"{base}/story.txt"])
    assert document.text == STORY


def test_plain_text_in_a_declared_charset():
    text = OTHER_STORY.replace("city council", "conseil municipal of Sainte-Hélène")
    route = (200, "text/plain; charset=iso-8859-1", text.encode("latin-1"))
    with serve({"/story.txt": route}) as base:
        [document] = read_all([f"{base}/story.txt"])
    assert document.text == text


def test_http_errors_timeouts_size_cap_and_empty_pages_are_failures():
    routes = {
        "/slow.html": slow(2.0, PAGE),
        "/big.html": (200, "text/html", b"<p>" + b"talks " * 5000 + b"</p>"),
        "/menu.html": (200, "text/html", EMPTY_PAGE.encode()),
        "/file.pdf": (200, "application/pdf", b"%PDF-1.4 " + b"x" * 100),
        "/loop": (302, "text/html", b"/loop"),
    }
    with serve(routes) as base:
        urls = [
            f"{base}/{name}"
            for name in ("missing", "slow.html", "big.html", "menu.html", "file.pdf", "loop")
        ]
        items = read_all(urls, timeout=0.5, max_bytes=20_000)
    reasons = [item.reason for item in items]
    assert all(isinstance(item, IngestFailure) for item in items)
    assert [item.source for item in items] == urls
    assert reasons == [
        "HTTP 404 Not Found",
        "timed out after 0.5 s",
        "response of 30007 bytes is over the 20000 bytes limit",
        "no article text found in the HTML page",
        "unsupported content type application/pdf",
        "more than 5 redirects",
    ]


def test_size_cap_holds_for_an_endless_body_without_content_length():
    def endless():
        return 200, "text/html", (b"<p>talks</p>" * 1000 for _ in iter(int, 1))

    with serve({"/stream": endless}) as base:
        [failure] = read_all([f"{base}/stream"], max_bytes=100_000)
    assert failure.reason == "response larger than the 100000 bytes limit"


def test_url_list_file_fetches_each_line_and_names_failing_lines(tmp_path):
    with serve({"/talks.html": PAGE, "/ferry.html": FERRY_PAGE}) as base:
        listing = tmp_path / "reading.urls"
        listing.write_text(
            f"# morning reading\n{base}/talks.html\n\nnot a url\n"
            f"{base}/nowhere\n{base}/ferry.html\n",
            encoding="utf-8",
        )
        items = read_all([listing])
    assert [type(item).__name__ for item in items] == [
        "Document",
        "IngestFailure",
        "IngestFailure",
        "Document",
    ]
    assert items[0].source == f"{listing}:2"
    assert str(items[1]) == f"{listing}:4: not an http(s) URL: not a url"
    assert str(items[2]) == f"{listing}:5: {base}/nowhere: HTTP 404 Not Found"
    assert items[3].outlet == "Harbour Post"


def test_txt_file_of_only_urls_is_a_url_list(tmp_path):
    with serve({"/talks.html": PAGE}) as base:
        listing = tmp_path / "links.txt"
        listing.write_text(f"{base}/talks.html\n\n", encoding="utf-8")
        [document] = read_all([listing])
    assert document.title == TITLE


def test_rss_feed_fetches_linked_articles_and_falls_back_to_summaries():
    routes = {"/talks.html": PAGE, "/menu.html": (200, "text/html", EMPTY_PAGE.encode())}
    with serve(routes) as base:
        routes["/feed"] = (200, "application/rss+xml", rss(base))
        items = read_all([f"{base}/feed"])
    article, summary, failure = items
    assert article.title == TITLE and "phased withdrawal" in article.text
    assert article.url == f"{base}/talks.html"
    assert article.source == f"{base}/feed"
    assert article.external_id == "nw-1"
    assert summary.title == "Ferry terminal approved"
    assert summary.text.startswith("Ferry terminal approved\nThe city council voted")
    assert summary.outlet == "Northwire World"
    assert summary.published == date(2024, 3, 6)
    assert summary.url == f"{base}/gone.html"
    assert isinstance(failure, IngestFailure)
    assert failure.record == "nw-3"
    assert failure.reason == "no article text at the link, and the entry has no summary"


def test_atom_feed_is_detected_by_its_content():
    routes = {"/ferry.html": FERRY_PAGE}
    with serve(routes) as base:
        routes["/updates"] = (200, "text/plain", atom(base))
        [document] = read_all([f"{base}/updates"])
    assert document.title == FERRY_TITLE
    assert document.external_id == "urn:hp:1"


def test_local_feed_file(tmp_path):
    routes = {"/talks.html": PAGE, "/menu.html": (200, "text/html", EMPTY_PAGE.encode())}
    with serve(routes) as base:
        path = tmp_path / "world.rss"
        path.write_bytes(rss(base))
        items = read_all([path], fetch_feed_articles=False)
    assert [type(item).__name__ for item in items] == ["Document", "Document", "IngestFailure"]
    assert items[0].text == f"{TITLE}\nShort teaser."
