"""/api/docs and /api/redoc render under the app's strict CSP, from local assets only.
Issue 17, defect 7."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from accord.web.app import SECURITY_HEADERS, create_app
from web_support import CORPUS, fake_analyze

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update"]  # fmt: skip


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(CORPUS, fake_analyze), base_url="http://localhost") as client:
        yield client


@pytest.mark.parametrize(("path", "script"), [
    ("/api/docs", "/api/docs/assets/swagger-ui-bundle.js"),
    ("/api/redoc", "/api/docs/assets/redoc.standalone.js"),
])  # fmt: skip
def test_doc_pages_load_only_local_scripts_and_nothing_inline(client, path, script):
    response = client.get(path)
    assert response.status_code == 200
    assert (
        response.headers["content-security-policy"] == SECURITY_HEADERS["content-security-policy"]
    )
    html = response.text
    assert f'<script src="{script}"></script>' in html
    assert "<script>" not in html and "cdn" not in html.lower() and "http" not in html
    asset = client.get(script)
    assert asset.status_code == 200 and len(asset.content) > 500_000
    assert client.get("/api/docs/own/api-docs.js").status_code == 200


@pytest.fixture(scope="module")
def server():
    """The app under uvicorn on a free loopback port, in a thread."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(CORPUS, fake_analyze), host="127.0.0.1", port=port,
                            log_level="warning")  # fmt: skip
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(100):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.mark.browser
@pytest.mark.parametrize(("path", "rendered"), [
    ("/api/docs", ".swagger-ui .opblock-summary-path"),
    ("/api/redoc", "[data-section-id] h2"),
])  # fmt: skip
def test_doc_pages_render_in_a_browser_without_csp_violations(server, path, rendered):
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium missing: run scripts/system-deps.sh")
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.on("console", lambda m: m.type == "error" and problems.append(m.text))
        page.on("pageerror", lambda e: problems.append(str(e)))

        def only_local(route):
            if route.request.url.startswith(server):
                route.continue_()
            else:
                problems.append(f"external request: {route.request.url}")
                route.abort()

        page.route("**/*", only_local)
        page.goto(server + path)
        page.wait_for_selector(rendered, timeout=30_000)
        text = page.inner_text("body")
        browser.close()
    assert "/api/events" in text or "events" in text.lower()
    # ReDoc's footer logo points at its CDN: the CSP blocks it before any request leaves,
    # which is the policy working; nothing else may be blocked or fail
    blocked_logo = "Loading the image 'https://cdn.redoc.ly/redoc/logo-mini.svg' violates"
    assert [p for p in problems if not p.startswith(blocked_logo)] == []
