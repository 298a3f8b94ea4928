"""Feeds and redirects cannot make accord fetch this machine or its network. Issue 17,
defect 3."""

from __future__ import annotations

import ipaddress

import pytest

import accord.ingest.fetch as fetch_module
from accord.ingest import IngestFailure, ReaderOptions, iter_inputs
from accord.ingest.addresses import check_url, refusal
from accord.ingest.fetch import Fetcher
from accord.ingest.records import InputError
from accord.model import Document
from ingest_support import STORY, article_html, serve

SECRET = article_html("Internal dashboard", STORY.split("\n", 1)[1].replace("Geneva", "Vaduz"))
PAGE = (200, "text/html; charset=utf-8", SECRET.encode())


def hostile_feed(link: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Hostile Wire</title>
<item><title>Talks resume</title><link>{link}</link><guid>h-1</guid></item>
</channel></rss>"""


@pytest.mark.parametrize(("address", "kind"), [
    ("127.0.0.1", "loopback"),
    ("127.1.2.3", "loopback"),
    ("10.1.2.3", "private"),
    ("192.168.0.10", "private"),
    ("169.254.169.254", "private"),  # cloud metadata: link-local, which Python counts private
    ("0.0.0.0", "private"),
    ("224.0.0.1", "multicast"),
    ("::1", "loopback"),
    ("::ffff:127.0.0.1", "loopback"),
    ("fe80::1", "private"),
    ("fd00::1", "private"),
    ("93.184.216.34", None),
    ("2606:4700::1111", None),
])  # fmt: skip
def test_only_public_addresses_pass(address, kind):
    assert refusal(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8000/api/documents",
    "http://localhost/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]:8000/",
    "http://2130706433/",  # 127.0.0.1 as one number
])  # fmt: skip
def test_internal_urls_are_refused_in_one_line(url):
    with pytest.raises(InputError) as refused:
        check_url(url)
    message = str(refused.value)
    assert message.startswith("refused to fetch") and "--allow-private-addresses" in message
    assert "\n" not in message


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_other_schemes_are_refused_even_when_private_addresses_are_allowed(url):
    with pytest.raises(InputError, match="only http and https"):
        check_url(url, allow_private=True)


def test_a_hostile_feed_link_to_loopback_is_not_fetched(tmp_path):
    with serve({"/secret.html": PAGE}) as base:
        feed = tmp_path / "hostile.rss"
        feed.write_text(hostile_feed(f"{base}/secret.html"))
        items = list(iter_inputs([str(feed)], options=ReaderOptions()))
    assert len(items) == 1 and isinstance(items[0], IngestFailure)
    assert "127.0.0.1, a loopback address" in items[0].reason
    assert not any(isinstance(item, Document) and "Vaduz" in item.text for item in items)


def test_the_opt_in_fetches_private_addresses(tmp_path):
    with serve({"/secret.html": PAGE}) as base:
        feed = tmp_path / "intranet.rss"
        feed.write_text(hostile_feed(f"{base}/secret.html"))
        options = ReaderOptions(allow_private_addresses=True)
        items = list(iter_inputs([str(feed)], options=options))
    assert isinstance(items[0], Document) and "Vaduz" in items[0].text


def test_every_redirect_target_is_checked(monkeypatch):
    """The first URL is let through (the test server is on loopback); its redirect to a
    loopback page must then be refused, before it is requested."""
    requested: list[str] = []
    real_check = check_url

    def first_hop_allowed(url: str, allow_private: bool = False) -> None:
        requested.append(url)
        real_check(url, allow_private=url.endswith("/hop"))

    monkeypatch.setattr(fetch_module, "check_url", first_hop_allowed)
    monkeypatch.setattr(fetch_module, "check_peer", lambda address, host: None)  # tested below
    routes = {"/hop": (302, "text/plain", b"/secret.html"), "/secret.html": PAGE}
    with (
        serve(routes) as base,
        Fetcher(ReaderOptions()) as fetcher,
        pytest.raises(InputError) as refused,
    ):
        fetcher.get(f"{base}/hop")
    assert "loopback" in str(refused.value)
    assert requested == [f"{base}/hop", f"{base}/secret.html"]


def test_redirect_loops_stop_at_the_limit():
    routes = {"/a": (302, "text/plain", b"/b"), "/b": (302, "text/plain", b"/a")}
    with serve(routes) as base:
        options = ReaderOptions(allow_private_addresses=True, max_redirects=3)
        with Fetcher(options) as fetcher, pytest.raises(InputError, match="more than 3 redirects"):
            fetcher.get(f"{base}/a")


def test_the_address_connected_to_is_checked_too(monkeypatch):
    """A DNS answer that changes between the check and the connection (rebinding): the
    pre-fetch check is made to pass, the connection lands on 127.0.0.1, and the answer
    is refused before it is read."""
    monkeypatch.setattr(fetch_module, "check_url", lambda url, allow_private=False: None)
    monkeypatch.setattr(fetch_module, "getproxies", dict)  # no proxy in between
    with (
        serve({"/secret.html": PAGE}) as base,
        Fetcher(ReaderOptions()) as fetcher,
        pytest.raises(InputError) as refused,
    ):
        fetcher.get(f"{base}/secret.html")
    assert "the connection reached 127.0.0.1, a loopback address" in str(refused.value)
