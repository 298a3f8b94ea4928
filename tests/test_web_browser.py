"""End-to-end: `accord serve` on a small ingested store, driven in headless Chromium.

The server runs as a real subprocess on a free loopback port with a temporary
SQLite store filled by `accord ingest` from the example texts in tests/data/web.
Chromium is Debian's (scripts/system-deps.sh installs it), never a browser
downloaded by Playwright. Each view leaves a screenshot in artifacts/screenshots/.
Every request the page makes must stay on the server: anything else is aborted
and fails the test, which is how "no CDN" is checked.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "web"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTICLES = [
    ("jeddah-harbour-post.txt", "Harbour Post", "2023-05-12"),
    ("jeddah-valley-times.txt", "Valley Times", "2023-05-14"),
]
ACCORD = [sys.executable, "-m", "accord.cli"]

if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium missing: run scripts/system-deps.sh", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`accord serve` on an ingested temp store; yields its base URL."""
    work = tmp_path_factory.mktemp("web")
    rows = [
        {"id": name, "text": (DATA / name).read_text(), "outlet": outlet, "published": published}
        for name, outlet, published in ARTICLES
    ]
    corpus_file = work / "articles.jsonl"
    corpus_file.write_text("".join(json.dumps(row) + "\n" for row in rows))
    db = f"sqlite:///{work / 'web.db'}"
    subprocess.run(
        [*ACCORD, "ingest", str(corpus_file), "--db", db],
        check=True,
        capture_output=True,
        timeout=300,
        cwd=work,
    )
    # cross-article contradictions are found and stored by their own command
    subprocess.run(
        [*ACCORD, "contradictions", "--db", db, "--format", "json"],
        check=True,
        capture_output=True,
        timeout=300,
        cwd=work,
    )
    port = free_port()
    log = (work / "serve.log").open("w")
    process = subprocess.Popen(
        [*ACCORD, "serve", "--db", db, "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=work,
        env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if get_json(f"{base}/api/health")["pipeline"] == "ready":
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"accord serve did not come up: {(work / 'serve.log').read_text()}"
                )
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    """A fresh page that may talk only to the server; console errors and dialogs are recorded."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))

    def dialog(d):
        page.problems.append(f"dialog: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)

    def only_local(route):
        if route.request.url.startswith(server):
            route.continue_()
        else:
            page.problems.append(f"external request: {route.request.url}")
            route.abort()

    page.route("**/*", only_local)
    yield page
    context.close()


def shoot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    return path


def analyze(page, server, text: str, outlet: str = "", published: str = "", shot=None) -> None:
    page.goto(f"{server}/")
    page.fill("#text", text)
    page.fill("#outlet", outlet)
    if published:
        page.fill("#published", published)
    if shot:
        shoot(page, shot)
    page.click("#analyse-button")
    page.wait_for_selector("body[data-ready]")


def wait_for_charts(page) -> None:
    page.wait_for_function(
        "[...document.querySelectorAll('.chart')].every(c => c.dataset.drawn === 'true')"
    )


def test_paste_an_article_and_check_its_quote_and_event(page, server):
    text = (DATA / "jeddah-harbour-post.txt").read_text()
    analyze(page, server, text, outlet="Harbour Post", published="2023-05-12", shot="analyse-form")
    quote_item = page.locator(".quote-item", has_text="we will keep pressing both parties")
    quote_ref = quote_item.get_attribute("data-ref")
    quote = page.locator(f'mark.hl-quote[data-ref="{quote_ref}"]').first
    assert "we will keep pressing" in quote.inner_text()
    assert "spokesman" in quote.locator(".hl-label.lead").inner_text()  # speaker → content
    assert page.locator("mark.hl-speaker", has_text="spokesman").count() >= 1
    event = page.locator("mark.hl-event").first
    assert event.count() == 1, "no event highlighted"
    shoot(page, "article")
    event.click()
    ref = event.get_attribute("data-ref")
    item = page.locator(f"#item-{ref}")
    assert "selected" in item.get_attribute("class")
    assert item.locator("ul.evidence").is_visible()
    assert "rule" in item.locator("ul.evidence").inner_text()
    quote.locator(".hl-label.lead").click()  # the quote's own label, not a mark nested in it
    assert "selected" in quote_item.get_attribute("class")
    assert quote_item.locator("ul.evidence").is_visible()
    shoot(page, "article-evidence")
    assert page.problems == []


def test_hostile_article_renders_as_text(page, server):
    hostile = (
        '"We will never accept <script>alert("owned")</script> <b id="injected">terms</b> '
        'like these," the foreign minister told reporters on Monday. '
        '<img src=x onerror="alert(1)"> **markdown** [link](javascript:alert(2))'
    )
    analyze(page, server, hostile)
    article = page.locator("#article-text")
    assert '<script>alert("owned")</script> <b id="injected">terms</b>' in article.inner_text()
    assert '<img src=x onerror="alert(1)"> **markdown** [link](javascript:alert(2))' in (
        article.inner_text()
    )
    assert article.locator("script, img, b, a").count() == 0
    # the markup sits inside a highlighted quote, and is text there too
    assert "<script>" in page.locator("mark.hl-quote").first.inner_text()
    shoot(page, "article-hostile")
    assert page.problems == []  # no alert dialog, no blocked request, no script error


def test_upload_a_file_instead_of_pasting(page, server):
    page.goto(f"{server}/")
    page.set_input_files("#upload", str(DATA / "jeddah-valley-times.txt"))
    page.fill("#outlet", "Valley Times")
    page.click("#analyse-button")
    page.wait_for_selector("body[data-ready]")
    item = page.locator(".quote-item", has_text="We accepted the humanitarian truce")
    ref = item.get_attribute("data-ref")
    assert page.locator(f'mark.hl-quote[data-ref="{ref}"]').count() >= 1
    assert "Valley Times" in page.locator(".article-head .meta").inner_text()
    assert page.problems == []


def test_bad_form_input_is_a_message_not_a_crash(page, server):
    page.goto(f"{server}/")
    page.click("#analyse-button")
    assert "paste an article" in page.locator(".error").inner_text()


@pytest.mark.parametrize(
    "view", ["documents", "timeline", "network", "talks", "contradictions", "framing"]
)
def test_corpus_views(page, server, view):
    page.goto(f"{server}/{view}")
    page.wait_for_selector("body[data-ready]")
    charts = page.locator(".chart")
    if charts.count():
        wait_for_charts(page)
        assert page.locator(".chart .main-svg").count() >= charts.count()  # Plotly drew them
    else:  # a listing, or nothing stored for this view yet: the page must say so, not break
        assert page.locator("table.grid, .contradiction, .empty").count() >= 1
    for contradiction in page.locator(".contradiction").all():
        assert contradiction.locator(".side").count() == 2  # both sources, side by side
    shoot(page, view)
    assert page.problems == []


def test_stored_article_view_links_back_from_the_documents_list(page, server):
    page.goto(f"{server}/documents")
    page.locator("table.grid a").first.click()
    page.wait_for_selector("body[data-ready]")
    assert page.locator("mark.hl-quote").count() >= 1
    shoot(page, "document")
    assert page.problems == []


def test_timeline_links_open_the_event_in_its_article(page, server):
    page.goto(f"{server}/timeline")
    link = page.locator("table.grid a[href*='#event-']").first
    if link.count() == 0:
        pytest.skip("no stored events with a source document")
    link.click()
    page.wait_for_selector("body[data-ready]")
    ref = page.url.rsplit("#", 1)[1]
    assert "selected" in page.locator(f"#item-{ref}").get_attribute("class")
    assert page.locator(f'mark.hl.selected[data-ref="{ref}"]').count() >= 1
    assert page.problems == []
