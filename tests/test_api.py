"""The HTTP API with FastAPI's TestClient: analyze, listings, filters, limits, schema.

The store is a temporary SQLite corpus filled with hand-made reports, and the
analyzer a stand-in unless a test needs the real pipeline, so these tests check
the API layer itself and stay fast.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from sqlalchemy import event as sa_event

from accord.api.app import create_api
from accord.api.limits import Limits
from accord.model import Report
from accord.web.app import create_app
from web_support import CORPUS, TEXT_A, fake_analyze


@pytest.fixture(scope="module")
def corpus():
    return CORPUS


@pytest.fixture(scope="module")
def client(corpus):
    with TestClient(create_api(corpus, fake_analyze)) as client:
        yield client


# --- analyze ----------------------------------------------------------------------
def test_analyze_returns_a_report_and_stores_nothing(client, corpus):
    before = corpus.counts()
    response = client.post(
        "/api/analyse",
        json={"text": "Officials met on Monday.", "outlet": "Wire", "published": "2024-05-02"},
    )
    assert response.status_code == 200
    report = Report.model_validate(response.json())
    assert report.document.outlet == "Wire"
    assert report.document.published == dt.date(2024, 5, 2)
    assert report.quotes[0].content == "Officials met on Monday."
    assert corpus.counts() == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "   \n "}, "text"),
        ({"text": "a\x00b"}, "text"),
        ({"outlet": "X"}, "text"),
        ({"text": "Fine text.", "published": "yesterday"}, "published"),
        ({"text": "Fine text.", "colour": "red"}, "colour"),
        ({"text": 42}, "text"),
    ],
)
def test_analyze_rejects_bad_input_with_a_clear_422(client, body, field):
    response = client.post("/api/analyse", json=body)
    assert response.status_code == 422
    assert field in response.json()["message"]


def test_analyze_rejects_malformed_json(client):
    response = client.post(
        "/api/analyse",
        content=b'{"text": "unterminated',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422


def test_body_size_is_capped(corpus):
    app = create_api(corpus, fake_analyze, Limits(max_body_bytes=1000))
    with TestClient(app) as client:
        response = client.post("/api/analyse", json={"text": "x" * 2000})
        assert response.status_code == 413
        assert "larger than 1000 bytes" in response.json()["detail"]

        def chunks():  # no Content-Length: the cap must hold while the body streams in
            for _ in range(5):
                yield b'{"text": "' + b"x" * 400

        response = client.post(
            "/api/analyse", content=chunks(), headers={"content-type": "application/json"}
        )
        assert response.status_code == 413
        assert client.post("/api/analyse", json={"text": "short"}).status_code == 200


def test_slow_analysis_times_out_with_504(corpus):
    import time

    def slow(text, outlet, published, title):
        time.sleep(1.0)
        return fake_analyze(text, outlet, published, title)

    with TestClient(create_api(corpus, slow, Limits(analyze_timeout=0.2))) as client:
        response = client.post("/api/analyse", json={"text": "Anything."})
    assert response.status_code == 504
    assert "longer than 0.2 s" in response.json()["detail"]


def test_loading_the_pipeline_does_not_count_against_the_timeout(corpus):
    import time

    def analyze(text, outlet, published, title):
        return fake_analyze(text, outlet, published, title)

    analyze.warm_up = lambda: time.sleep(0.6)  # a slow model load at start-up
    with TestClient(create_api(corpus, analyze, Limits(analyze_timeout=0.2))) as client:
        assert client.get("/api/health").json()["pipeline"] == "loading"
        response = client.post("/api/analyse", json={"text": "Anything."})
        assert response.status_code == 200
        assert client.get("/api/health").json()["pipeline"] == "ready"


# --- listings ---------------------------------------------------------------------
def test_events_filters_match_the_cli(client):
    everything = client.get("/api/events").json()["items"]
    assert {item["record"]["action"] for item in everything} == {"ASSAULT", "AGREE"}
    by_actor = client.get("/api/events", params={"actor": "AAA"}).json()["items"]
    assert {item["record"]["id"] for item in by_actor} == {"e1"}
    assert len(by_actor) == 2  # AAA.MIL as source of one, AAA.GOV as target of the other
    assault = client.get("/api/events", params={"action": "ASSAULT"}).json()["items"]
    assert [item["record"]["source"] for item in assault] == ["AAA.MIL"]
    assert assault[0]["document"]["outlet"] == "Outlet One"
    since = client.get("/api/events", params={"since": "2024-05-02"}).json()["items"]
    assert [item["record"]["action"] for item in since] == ["AGREE"]
    outlet = client.get("/api/events", params={"outlet": "outlet two"}).json()["items"]
    assert [item["record"]["action"] for item in outlet] == ["AGREE"]


def test_pagination(client):
    first = client.get("/api/events", params={"limit": 1}).json()
    assert len(first["items"]) == 1 and first["next_offset"] == 1
    second = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert len(second["items"]) == 1 and second["next_offset"] is None
    assert first["items"][0] != second["items"][0]
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"limit": 100_000}).status_code == 422


def test_other_listings(client):
    quotes = client.get("/api/quotes", params={"speaker": "MINISTER"}).json()["items"]
    assert [q["record"]["content"] for q in quotes] == ["We will not talk"]
    stances = client.get("/api/stances", params={"process": "border"}).json()["items"]
    assert [s["record"]["stance"] for s in stances] == ["accepted"]
    contradictions = client.get("/api/contradictions", params={"actor": "BBB"}).json()["items"]
    assert [c["record"]["topic"] for c in contradictions] == ["talks"]
    framing = client.get("/api/framing", params={"kind": "charged"}).json()["items"]
    assert [f["record"]["term"] for f in framing] == ["border town"]
    assert client.get("/api/framing", params={"kind": "nonsense"}).status_code == 422


def test_documents_and_reports(client):
    listing = client.get("/api/documents").json()["items"]
    assert [d["outlet"] for d in listing] == ["Outlet One", "Outlet Two"]
    assert "text" not in listing[0]
    only = client.get("/api/documents", params={"outlet": "outlet two"}).json()["items"]
    assert [d["published"] for d in only] == ["2024-05-03"]
    dated = client.get("/api/documents", params={"until": "2024-05-02"}).json()["items"]
    assert [d["outlet"] for d in dated] == ["Outlet One"]
    doc_id = listing[0]["id"]
    assert client.get(f"/api/documents/{doc_id}").json()["text"] == TEXT_A
    report = client.get(f"/api/documents/{doc_id}/report").json()
    assert report["events"][0]["action"] == "ASSAULT"
    assert client.get("/api/documents/nope").status_code == 404
    assert client.get("/api/documents/nope/report").status_code == 404


INJECTIONS = ["AAA' OR '1'='1", "x%' OR 1=1 --", "'; DROP TABLE events; --", "AAA.% OR x"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_filter_values_reach_the_database_only_as_bound_parameters(client, corpus, value):
    statements: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    sa_event.listen(corpus.engine, "before_cursor_execute", record)
    try:
        for path, name in [
            ("/api/events", "actor"),
            ("/api/quotes", "speaker"),
            ("/api/stances", "process"),
            ("/api/framing", "term"),
            ("/api/contradictions", "topic"),
        ]:
            response = client.get(path, params={name: value})
            assert response.status_code == 200
            assert response.json()["items"] == []  # matched literally, so nothing matches
    finally:
        sa_event.remove(corpus.engine, "before_cursor_execute", record)
    assert statements
    assert all(value not in sql for sql, _ in statements)
    assert any(value in str(params) for _, params in statements)
    assert corpus.count("events") == 2  # the tables are all still there


def test_boards_and_profiles(client):
    boards = client.get("/api/processes").json()
    assert [board["process"] for board in boards] == ["border talks"]
    assert boards[0]["latest"][0]["party"] == "BBB.GOV"
    assert client.get("/api/processes", params={"process": "no such"}).json() == []
    profiles = {p["outlet"]: p for p in client.get("/api/framing/profiles").json()}
    assert set(profiles) == {"Outlet One", "Outlet Two"}
    assert profiles["Outlet One"]["terms"][0]["term"] == "border town"
    assert profiles["Outlet Two"]["markers"] == 0
    assert client.get("/api/framing/profiles", params={"by": "nonsense"}).status_code == 422


def test_openapi_schema_lists_every_route(client):
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    assert {
        "/api/analyse",
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/documents/{doc_id}/report",
        "/api/events",
        "/api/quotes",
        "/api/stances",
        "/api/contradictions",
        "/api/framing",
        "/api/health",
        "/api/processes",
        "/api/framing/profiles",
    } <= paths
    parameters = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {
        "actor",
        "action",
        "status",
        "since",
        "until",
        "outlet",
        "limit",
        "offset",
    } <= parameters


def test_web_pages_are_not_in_the_api_schema(corpus):
    with TestClient(create_app(corpus, fake_analyze), base_url="http://localhost") as client:
        paths = set(client.get("/api/openapi.json").json()["paths"])
    assert {"/api/events", "/api/quotes", "/api/analyse", "/api/documents"} <= paths
    assert all(path.startswith("/api/") for path in paths)


def test_analyzer_runs_off_the_event_loop(corpus):
    """Two requests queue on the single analysis worker rather than blocking each other's I/O."""
    app = create_api(corpus, fake_analyze)

    async def both():
        analyzer = app.state.analyzer
        return await asyncio.gather(
            analyzer.analyze("First text.", None, None),
            analyzer.analyze("Second text.", None, None),
        )

    first, second = asyncio.run(both())
    assert first.quotes[0].content == "First text." and second.quotes[0].content == "Second text."
    app.state.analyzer.close()


@pytest.mark.slow
def test_analyze_with_the_real_pipeline(corpus, nlp):
    from accord.report import analyze

    def real(text, outlet, published, title):
        return analyze(text, outlet=outlet, published=published, title=title, nlp=nlp)

    with TestClient(create_api(corpus, real)) as client:
        text = '"We are ready to sign," the foreign minister of Armenia told reporters on Monday.'
        response = client.post("/api/analyse", json={"text": text, "outlet": "Wire"})
    assert response.status_code == 200
    quotes = response.json()["quotes"]
    assert any("ready to sign" in quote["content"] for quote in quotes)


# --- schemathesis -----------------------------------------------------------------
schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_api(CORPUS, fake_analyze))


@schema.parametrize()
@settings(
    max_examples=8,
    derandomize=True,  # the same examples every run: a failure is reproducible, never flaky
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
def test_api_conforms_to_its_openapi_schema(case):
    """Generated requests never cause a 5xx and every response matches the schema."""
    case.call_and_validate()
