"""Host and Origin checks, listen addresses, and errors a browser can read. Issue 17,
defects 4, 9 and 10."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from accord.api.limits import Limits
from accord.cli import app as cli
from accord.web.app import create_app
from accord.web.guards import host_patterns
from accord.web.listen import is_loopback, url
from web_support import CORPUS, fake_analyze


def client_for(base_url: str, **options) -> TestClient:
    return TestClient(create_app(CORPUS, fake_analyze, **options), base_url=base_url)


# --- Host (DNS rebinding) ---------------------------------------------------------
@pytest.mark.parametrize("base", ["http://localhost", "http://127.0.0.1:8000", "http://[::1]:8000"])
def test_loopback_names_are_answered(base):
    with client_for(base) as client:
        assert client.get("/api/documents").status_code == 200


def test_a_rebound_name_is_refused():
    with client_for("http://attacker.example:8000") as client:
        response = client.get("/api/documents")
    assert response.status_code == 400
    assert "Invalid host header" in response.text
    assert '"items"' not in response.text  # no corpus data in the refusal
    assert "content-security-policy" in response.headers


def test_allowed_hosts_add_names():
    hosts = host_patterns("10.0.0.5", ["accord.lan"])
    assert hosts == ["localhost", "127.0.0.1", "[::1]", "10.0.0.5", "accord.lan"]
    assert host_patterns("::1") == ["localhost", "127.0.0.1", "[::1]"]
    with client_for("http://accord.lan", allowed_hosts=hosts) as client:
        assert client.get("/api/health").status_code == 200
    with client_for("http://10.0.0.5:8000", allowed_hosts=hosts) as client:
        assert client.get("/api/health").status_code == 200


# --- Origin / Referer (CSRF) ------------------------------------------------------
FORM = {"text": "The minister said talks would resume."}


@pytest.mark.parametrize(("headers", "status"), [
    ({"origin": "http://localhost"}, 200),
    ({"referer": "http://localhost/"}, 200),
    ({}, 200),  # not a browser
    ({"origin": "http://attacker.example"}, 403),
    ({"origin": "http://localhost:9999"}, 403),  # another site on this machine
    ({"origin": "null"}, 403),
    ({"referer": "http://attacker.example/page"}, 403),
])  # fmt: skip
def test_form_posts_must_come_from_this_site(headers, status):
    with client_for("http://localhost") as client:
        response = client.post("/analyse", data=FORM, headers=headers)
    assert response.status_code == status
    if status == 403:
        assert "cross-site request" in response.text and "talks would resume" not in response.text


def test_the_browser_is_told_to_send_its_origin_on_same_site_posts():
    with client_for("http://localhost") as client:
        assert client.get("/").headers["referrer-policy"] == "same-origin"


# --- errors a browser sees --------------------------------------------------------
def test_bad_form_fields_get_an_html_page_not_json():
    with client_for("http://localhost") as client:
        response = client.post("/analyse", data={**FORM, "outlet": "x" * 500})
        listing = client.get("/timeline", params={"actor": "y" * 500})
        api = client.get("/api/events", params={"actor": "y" * 500})
    for page in (response, listing):
        assert page.status_code == 422
        assert page.headers["content-type"].startswith("text/html")
        assert "at most 200 characters" in page.text
    assert api.status_code == 422 and "at most 200 characters" in api.json()["message"]


def test_a_body_over_the_limit_gets_an_html_page_on_the_form():
    app = create_app(CORPUS, fake_analyze, Limits(max_body_bytes=1000))
    with TestClient(app, base_url="http://localhost") as client:
        response = client.post("/analyse", data={"text": "x" * 5000})
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html")
    assert "larger than 1000 bytes" in response.text


# --- listen addresses -------------------------------------------------------------
@pytest.mark.parametrize(("args", "message"), [
    (["--port", "70000"], "--port must be between 0 and 65535, not 70000"),
    (["--port", "-1"], "--port must be between 0 and 65535, not -1"),
    (["--host", "no such host.invalid"], "is not a host name or IP address"),
    (["--host", "nowhere.invalid"], "does not resolve"),
])  # fmt: skip
def test_bad_listen_addresses_are_one_line_errors(tmp_path, args, message):
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    result = CliRunner().invoke(cli, ["serve", "--db", db, *args])
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_addresses_are_shown_and_judged_by_what_they_are():
    assert url("::", 8000) == "http://[::]:8000/"
    assert url("::1", 8000) == "http://[::1]:8000/"
    assert url("127.0.0.1", 8000) == "http://127.0.0.1:8000/"
    assert is_loopback("127.1") and is_loopback("127.0.0.1") and is_loopback("::1")
    assert is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("::")


def test_an_unexpected_error_is_a_500_with_the_security_headers():
    def broken(text, outlet, published, title):
        raise RuntimeError("a bug")

    app = create_app(CORPUS, broken)
    with TestClient(app, base_url="http://localhost", raise_server_exceptions=False) as client:
        page = client.post("/analyse", data=FORM)
        api = client.post("/api/analyse", json=FORM)
    for response in (page, api):
        assert response.status_code == 500
        assert "content-security-policy" in response.headers
        assert "a bug" not in response.text and "Traceback" not in response.text
    assert page.headers["content-type"].startswith("text/html")
    assert api.json() == {"detail": "internal error; the server log has the details"}
