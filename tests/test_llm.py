"""The ``llm`` extractor against a stub OpenAI-compatible server on 127.0.0.1.

The stub (``tests/llm_stub.py``) answers with scripted replies (valid JSON, an invented
span, an actor in loaded wording, malformed JSON, a 429 then success, a 500, a timeout, a
refusal) or with the recorded answers in ``tests/data/llm/recorded``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.config import Settings
from accord.extract.llm.client import ChatClient, ClientSettings, LLMError
from accord.extract.llm.options import llm_options
from accord.extract.llm.prompt import chunks
from accord.extract.mediations import RULE as MEDIATION_RULE
from accord.extract.table_meetings import RULE as TABLE_RULE
from accord.model import Document
from accord.nlp.pipeline import load_pipeline
from accord.report import analyze_documents
from accord.store import Corpus
from llm_stub import RECORDED, ROOT, CutOff, Delay, Refusal, Status, StubServer, load_recorded

runner = CliRunner()
NO_CONFIG = Path("/nonexistent/accord.toml")
ARTICLE = (
    "Kyiv and Moscow trade accusations after Black Sea talks stall\n"
    "ANKARA, May 4 (Northern Wire) - Ukrainian and Russian negotiators met in Ankara on Monday "
    "for a third round of talks on Black Sea shipping, Turkish officials said.\n"
    "Russian Foreign Minister Pavel Orlov accused the Kyiv regime of stalling the talks. "
    '"They came with nothing new," Orlov told reporters after the session.\n'
    "Ukraine's foreign ministry rejected the accusation and said its delegation would return "
    "next week.\n"
)


@pytest.fixture(scope="module")
def stub():
    with StubServer() as server:
        yield server


@pytest.fixture(autouse=True)
def fresh_stub(stub):
    stub.reset()
    yield


def pipeline(stub, mode="llm", db=None, **settings):
    loaded = Settings.load(
        config_file=NO_CONFIG,
        extractor=mode,
        llm_url=stub.url,
        llm_model="stub-model",
        llm_retries=settings.pop("llm_retries", 1),
        db=db or "sqlite:///unused.db",
        **settings,
    )
    return load_pipeline(loaded.model, loaded.extractor, llm_options(loaded, cache=db is not None))


def analyse(nlp, *texts):
    return list(analyze_documents([Document.from_text(text) for text in texts], nlp))


def answer(events=(), quotes=(), language="en"):
    return {"language": language, "events": list(events), "quotes": list(quotes)}


ACCUSE = {
    "action": "ACCUSE",
    "status": "occurred",
    "source_text": "Russian Foreign Minister Pavel Orlov",
    "source_en": "Russia",
    "target_text": "the Kyiv regime",
    "target_en": "Ukraine",
    "trigger": "accused",
    "mode": "blame",
    "evidence": (
        "Russian Foreign Minister Pavel Orlov accused the Kyiv regime of stalling the talks."
    ),
}
ORLOV = {
    "speaker": "Orlov",
    "speaker_kind": "named",
    "speaker_org_en": "Russian Foreign Ministry",
    "kind": "direct",
    "cue": "told reporters",
    "content": "They came with nothing new,",
}


# --- scripted answers -----------------------------------------------------------------
def test_a_valid_answer_gives_checked_items_with_evidence_and_neutral_ids(stub):
    stub.script("Black Sea talks stall", [answer([ACCUSE], [ORLOV])])
    (report,) = analyse(pipeline(stub), ARTICLE)
    (event,) = report.events
    assert (event.source, event.action, event.target) == ("RUS.GOV", "ACCUSE", "UKR.GOV")
    # the loaded wording stays the source's, the id is accord's
    assert event.target_text == "the Kyiv regime"
    evidence = event.evidence[0]
    assert ARTICLE[evidence.start : evidence.end] == evidence.text == ACCUSE["evidence"]
    assert evidence.rule == "llm:stub-model" and evidence.trigger == "accused"
    assert event.mode == "blame"
    assert evidence.doc_id == report.document.id
    assert event.found_by == ["llm"]
    (quote,) = report.quotes
    assert quote.content == "They came with nothing new,"
    assert ARTICLE[quote.content_span.start : quote.content_span.end] == quote.content
    assert ARTICLE[quote.speaker_span.start : quote.speaker_span.end] == "Orlov"
    assert quote.speaker_span.start > ARTICLE.index("They came")  # the nearest "Orlov"
    assert quote.speaker_actor == "RUS.GOV" and quote.cue == "told reporters"
    assert report.diagnostics.kept == {"events": 1, "quotes": 1}
    assert report.diagnostics.dropped == {} and report.diagnostics.errors == []


def test_an_invented_span_or_actor_is_dropped_and_counted(stub):
    invented_span = ACCUSE | {"evidence": "Orlov accused Kyiv of shelling the port of Odesa."}
    invented_actor = ACCUSE | {"source_text": "NATO", "source_en": "NATO"}
    part_of_a_word = ACCUSE | {"target_text": "US", "target_en": "United States"}  # "accUSed"
    trivial_span = ACCUSE | {"evidence": "talks."}  # in the article, but supports nothing
    invented_speaker = ORLOV | {"speaker": "Sergei Lavrin"}
    invented_quote = ORLOV | {"content": "We will never return to Ankara"}
    stub.script(
        "Black Sea talks stall",
        [
            answer(
                [invented_span, invented_actor, trivial_span, part_of_a_word],
                [invented_speaker, invented_quote],
            )
        ],
    )
    (report,) = analyse(pipeline(stub), ARTICLE)
    assert report.events == [] and report.quotes == []
    assert report.diagnostics.dropped == {
        "events.evidence_not_in_text": 2,
        "events.source_not_in_text": 1,
        "events.target_not_in_text": 1,
        "quotes.content_not_in_text": 1,
        "quotes.speaker_not_in_text": 1,
    }


def test_a_speaker_named_only_paragraphs_away_is_not_the_speaker(stub):
    filler = "Shipping insurers raised their rates for the route again this month. " * 8
    text = f"{ARTICLE}{filler}\nAn envoy said the next round would be held in May.\n"
    far = ORLOV | {"kind": "indirect", "content": "the next round would be held in May"}
    near = far | {"speaker": "An envoy", "speaker_kind": "anonymous", "speaker_org_en": None}
    stub.script("Shipping insurers", [answer(quotes=[far, near])])
    (report,) = analyse(pipeline(stub), text)
    assert [quote.speaker for quote in report.quotes] == ["An envoy"]
    assert report.diagnostics.dropped == {"quotes.speaker_far_from_content": 1}


def test_loaded_wording_for_an_actor_is_resolved_by_accord_not_the_model(stub):
    labelled = ACCUSE | {
        "source_text": "the Kyiv regime",
        "source_en": "Kyiv regime",  # the model's English repeats the label
        "target_text": None,
        "action": "REJECT",
        "evidence": "Ukraine's foreign ministry rejected the accusation",
    }
    labelled["source_text"] = "Ukraine's foreign ministry"
    loaded = ACCUSE | {"source_en": "the terrorist regime in Moscow", "mode": "terror_smear"}
    stub.script("Black Sea talks stall", [answer([labelled, loaded])])
    (report,) = analyse(pipeline(stub), ARTICLE)
    ids = {event.action: (event.source, event.target) for event in report.events}
    assert ids == {"REJECT": ("UKR.GOV", None), "ACCUSE": ("RUS.GOV", "UKR.GOV")}
    dumped = report.model_dump_json()
    # the model's own wording (its English names, a mode outside the list) never reaches it
    assert "terror" not in dumped


def test_a_fuzzy_match_is_kept_and_reported_as_fuzzy(stub):
    slipped = ACCUSE | {
        "evidence": "Russian Foreign Minister Pavel Orlov acused the Kyiv regime of stalling talks."
    }
    stub.script("Black Sea talks stall", [answer([slipped])])
    (report,) = analyse(pipeline(stub), ARTICLE)
    (event,) = report.events
    assert event.evidence[0].rule.startswith("llm:stub-model#fuzzy=")
    assert event.evidence[0].text == ARTICLE[event.evidence[0].start : event.evidence[0].end]
    assert event.evidence[0].text.startswith("Russian Foreign Minister Pavel Orlov accused")
    assert report.diagnostics.fuzzy == 1


def test_malformed_json_is_a_one_line_error_and_the_batch_goes_on(stub):
    other = ARTICLE.replace("third round", "fourth round")
    stub.script("third round", ['{"events": [ {"action": "ACCUSE", '])
    stub.script("fourth round", [answer([ACCUSE])])
    first, second = analyse(pipeline(stub), ARTICLE, other)
    assert first.events == [] and len(first.diagnostics.errors) == 1
    assert first.diagnostics.errors[0].startswith("llm: the model's answer is not valid JSON")
    assert "\n" not in first.diagnostics.errors[0]
    assert [event.action for event in second.events] == ["ACCUSE"]


def test_an_answer_cut_at_the_length_limit_says_so(stub):
    stub.script("Black Sea talks stall", [CutOff('{"language": "en", "events": [{"act')])
    (report,) = analyse(pipeline(stub), ARTICLE)
    assert report.diagnostics.errors == ["llm: the model's answer was cut off at its length limit"]


def test_a_429_is_retried_after_the_servers_wait_then_succeeds(stub):
    stub.script("Black Sea talks stall", [Status(429, retry_after=0), answer([ACCUSE])])
    (report,) = analyse(pipeline(stub), ARTICLE)
    assert [event.action for event in report.events] == ["ACCUSE"]
    assert len(stub.state.requests) == 2
    assert report.diagnostics.errors == []


def test_a_500_that_persists_is_an_error_and_with_both_the_rules_output_stays(stub):
    stub.script("Black Sea talks stall", [Status(500, retry_after=0)] * 4)
    (alone,) = analyse(pipeline(stub), ARTICLE)
    assert alone.diagnostics.errors == ["llm: server answered HTTP 500: scripted"]
    assert len(stub.state.requests) == 2  # one try and one retry (llm_retries=1)
    (both,) = analyse(pipeline(stub, "both"), ARTICLE)
    assert both.diagnostics.errors == ["llm: server answered HTTP 500: scripted"]
    assert both.events and all(event.found_by == ["rules"] for event in both.events)


def test_a_timeout_is_a_one_line_error(stub):
    stub.script("Black Sea talks stall", [Delay(3, answer([ACCUSE]))])
    (report,) = analyse(pipeline(stub, llm_timeout=0.5), ARTICLE)
    assert report.diagnostics.errors == ["llm: no answer within 0.5 s"]
    assert report.events == []


def test_a_refusal_is_a_one_line_error(stub):
    stub.script("Black Sea talks stall", [Refusal()])
    (report,) = analyse(pipeline(stub), ARTICLE)
    assert report.diagnostics.errors == ["llm: the model refused or returned nothing"]


def test_an_unreachable_server_is_a_one_line_error():
    client = ChatClient(ClientSettings(url="http://127.0.0.1:9/v1", model="m", retries=0))
    with pytest.raises(LLMError, match=r"^cannot reach http://127.0.0.1:9/v1 \(ConnectError\)$"):
        client.complete([{"role": "user", "content": "x"}])
    with_password = ClientSettings(
        url="http://alice-user:hunter2@127.0.0.1:9/v1", model="m", retries=0
    )
    with pytest.raises(LLMError) as raised:
        ChatClient(with_password).complete([{"role": "user", "content": "x"}])
    assert "hunter2" not in str(raised.value) and "alice-user" not in str(raised.value)


def test_items_that_break_the_schema_are_dropped_one_by_one(stub):
    bad_action = ACCUSE | {"action": "INVADE"}
    stub.script("Black Sea talks stall", [answer([bad_action, ACCUSE], [{"speaker": "Orlov"}])])
    (report,) = analyse(pipeline(stub), ARTICLE)
    assert [event.action for event in report.events] == ["ACCUSE"]
    assert report.diagnostics.dropped == {"events.invalid": 1, "quotes.invalid": 1}


def test_a_server_without_json_schema_gets_json_mode(stub):
    stub.state.schema_unsupported = True
    stub.script("Black Sea talks stall", [answer([ACCUSE])])
    client = ChatClient(ClientSettings(url=stub.url, model="stub-model", retries=0))
    from accord.extract.llm.prompt import Chunk, messages

    completion = client.complete(messages(Chunk(0, ARTICLE)))
    assert json.loads(completion.content)["events"][0]["action"] == "ACCUSE"
    kinds = [request["response_format"]["type"] for request in stub.state.requests]
    assert kinds == ["json_schema", "json_object"]
    first = stub.state.requests[0]
    assert first["temperature"] == 0 and first["seed"] == 0
    schema = first["response_format"]["json_schema"]["schema"]
    objects = [schema, *schema["$defs"].values()]
    assert {"events", "quotes", "language"} <= set(schema["properties"])
    for shape in objects:  # strict structured output: all required, nothing else
        assert shape["required"] == list(shape["properties"])
        assert shape["additionalProperties"] is False
    assert "default" not in json.dumps(schema) and "minLength" not in json.dumps(schema)


def test_the_api_key_is_sent_as_a_bearer_token_and_never_shown(stub, monkeypatch):
    secret = "sk-test-not-a-real-key-1234"
    monkeypatch.setenv("ACCORD_LLM_API_KEY", secret)
    stub.script("Black Sea talks stall", [Status(500, retry_after=0)] * 2)
    (report,) = analyse(pipeline(stub, llm_token_budget=7), ARTICLE)  # a new pipeline reads it
    assert stub.state.headers[0]["authorization"] == f"Bearer {secret}"
    assert secret not in report.model_dump_json()
    settings = ClientSettings(url=stub.url, model="m", api_key=secret)
    assert secret not in repr(settings)


def test_the_token_budget_stops_requests_for_the_rest_of_the_run(stub):
    # checked before each request: with one request in flight, the second never starts
    nlp = pipeline(stub, llm_token_budget=10, llm_concurrency=1)
    first, second = analyse(nlp, ARTICLE, ARTICLE.replace("third", "fifth"))
    assert first.diagnostics.errors == []
    assert second.diagnostics.errors == ["llm: token budget of 10 for this run is spent"]
    assert len(stub.state.requests) == 1


# --- other languages ---------------------------------------------------------------------
def test_a_non_english_article_is_analysed_with_original_spans_and_english_renderings(stub):
    fixture = json.loads((RECORDED / "ru-istanbul-round-ru.json").read_text(encoding="utf-8"))
    text = (ROOT / fixture["article"]).read_text(encoding="utf-8")
    (report,) = analyse(pipeline(stub), text)
    assert report.diagnostics.lang == "ru"
    assert {(e.source, e.action, e.target) for e in report.events} >= {
        ("RUS.GOV", "CONSULT", "UKR.GOV"),
        ("UKR.GOV", "REJECT", None),
        ("RUS.MIL", "ASSAULT", "UKR.GOV"),
    }
    for quote in report.quotes:
        assert text[quote.content_span.start : quote.content_span.end] == quote.content
        assert quote.translation is not None and quote.translation.by == "llm:stub-model"
        assert quote.translation.source_lang == "ru" and quote.translation.text.isascii()
    assert any("framing not run" in note for note in report.diagnostics.notes)
    assert report.framing == []


def test_ingest_with_llm_analyses_other_languages_and_records_failures(stub, tmp_path):
    russian = ROOT / "tests/data/llm/articles/ru-istanbul-round-ru.txt"
    failing = tmp_path / "failing.txt"
    failing.write_text(ARTICLE, encoding="utf-8")
    stub.script("Black Sea talks stall", ["not json at all"])
    db = f"sqlite:///{tmp_path / 'store.db'}"
    # the topic pre-filter is on (the default): its English lists pass the Russian text on
    common = ["--db", db, "--llm-url", stub.url, "--llm-model", "stub-model"]
    result = runner.invoke(
        app, ["ingest", str(russian), str(failing), *common, "--extractor", "llm"]
    )
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output and "1 failed" in result.output
    assert "the model's answer is not valid JSON" in result.output
    with Corpus(db) as corpus:
        (error,) = corpus.errors()
        assert error.source.endswith("failing.txt") and "not valid JSON" in error.reason
        assert {event.action for event in corpus.events()} >= {"CONSULT", "REJECT", "ASSAULT"}
    # the rules alone still quarantine it as not English
    rules_db = f"sqlite:///{tmp_path / 'rules.db'}"
    result = runner.invoke(app, ["ingest", str(russian), "--db", rules_db, "--no-prefilter"])
    assert "not English" in result.output


# --- recorded answers: the checker's measure ------------------------------------------------
@pytest.mark.parametrize("name", sorted(path.stem for path in RECORDED.glob("*.json")))
def test_recorded_answers_the_checker_drops_every_invented_item_and_keeps_every_supported_one(
    stub, name
):
    fixture = load_recorded()[
        (ROOT / json.loads((RECORDED / f"{name}.json").read_text())["article"]).read_text()
    ]
    text = (ROOT / fixture["article"]).read_text(encoding="utf-8")
    (report,) = analyse(pipeline(stub), text)
    invented = fixture["invented"]
    events, quotes = fixture["answer"]["events"], fixture["answer"]["quotes"]
    supported_events = [e for i, e in enumerate(events) if i not in invented["events"]]
    supported_quotes = [q for i, q in enumerate(quotes) if i not in invented["quotes"]]
    diagnostics = report.diagnostics
    assert diagnostics.kept == {"events": len(supported_events), "quotes": len(supported_quotes)}
    assert sum(diagnostics.dropped.values()) == len(invented["events"]) + len(invented["quotes"])
    evidence = [e for event in report.events for e in event.evidence]
    assert len(evidence) == len(supported_events)
    for item in evidence:
        assert text[item.start : item.end] == item.text
    kept_quotes = {quote.content for quote in report.quotes}
    assert len(kept_quotes) == len(supported_quotes)


def test_eval_with_llm_is_reproducible_from_recorded_answers(stub, tmp_path):
    gold = [
        ROOT / "examples/gold/ru-ua-istanbul-round-announced.json",
        ROOT / "examples/gold/iran-muscat-round.json",
    ]
    db = f"sqlite:///{tmp_path / 'cache.db'}"
    args = ["eval", *map(str, gold), "--json", "--extractor", "llm"]
    args += ["--llm-url", stub.url, "--llm-model", "stub-model"]
    first = runner.invoke(app, args, env={"ACCORD_DB": db})
    assert first.exit_code == 0, first.output
    requests = len(stub.state.requests)
    assert requests == 2
    second = runner.invoke(app, args, env={"ACCORD_DB": db})
    assert json.loads(second.output) == json.loads(first.output)
    assert len(stub.state.requests) == requests  # every answer came from the cache
    scores = json.loads(first.output)["articles"]
    assert scores["files"] == 2 and scores["events"]["f1"] > 0 and scores["quotes"]["f1"] > 0
    stats = runner.invoke(app, ["llm-cache", "stats", "--json", "--db", db])
    figures = json.loads(stats.output)
    assert (
        figures["entries"] == 2 and figures["hits"] == 2 and figures["models"] == {"stub-model": 2}
    )
    cleared = runner.invoke(app, ["llm-cache", "clear", "--db", db])
    assert "removed 2 cached answers" in cleared.output


# --- the CLI and settings ---------------------------------------------------------------
def test_analyze_with_llm_as_json(stub, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    stub.script("Black Sea talks stall", [answer([ACCUSE], [ORLOV])])
    server = ["--extractor", "llm", "--llm-url", stub.url, "--llm-model", "stub-model"]
    result = runner.invoke(
        app,
        ["analyze", str(article), "--json", *server],
        env={"ACCORD_DB": f"sqlite:///{tmp_path / 'cache.db'}"},
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [e["action"] for e in report["events"]] == ["ACCUSE"]
    assert report["diagnostics"]["extractor"] == "llm"


def test_the_extractor_settings_are_checked_with_one_line_errors(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    missing = runner.invoke(app, ["analyze", str(article), "--extractor", "llm"])
    assert missing.exit_code == 1
    assert "--extractor llm needs --llm-url and --llm-model" in missing.output
    unknown = runner.invoke(app, ["analyze", str(article), "--extractor", "gpt"])
    assert "--extractor must be one of rules, llm, both" in unknown.output
    server = ["--llm-url", "http://127.0.0.1:9/v1", "--llm-model", "m"]
    store = ["--db", f"sqlite:///{tmp_path}/s.db"]
    ray = runner.invoke(
        app, ["ingest", str(article), "--engine", "ray", "--extractor", "llm", *server, *store]
    )
    assert "--extractor llm runs on the local engine only" in ray.output
    unusable = runner.invoke(
        app,
        ["analyze", str(article), "--extractor", "llm", *server],
        env={"ACCORD_DB": f"sqlite:///{tmp_path}/no/such/folder/s.db"},
    )
    assert unusable.exit_code == 1
    assert "cannot open the answer cache in 'sqlite:///" in unusable.output
    assert "Traceback" not in unusable.output
    assert "Traceback" not in missing.output + unknown.output + ray.output


def test_the_extractor_settings_come_from_flags_then_environment_then_accord_toml(
    tmp_path, monkeypatch
):
    config = tmp_path / "accord.toml"
    config.write_text(
        '[accord]\nextractor = "both"\nllm_url = "http://toml/v1"\nllm_model = "toml"\n'
        "llm_timeout = 30\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("ACCORD_LLM_MODEL", "from-env")
    settings = Settings.load(config_file=config, llm_url="http://flag/v1")
    assert (settings.extractor, settings.llm_url, settings.llm_model) == (
        "both",
        "http://flag/v1",
        "from-env",
    )
    assert settings.llm_timeout == 30.0


# --- chunks ---------------------------------------------------------------------------------
def test_long_articles_are_split_at_paragraphs_with_overlap_and_items_deduplicated(stub):
    paragraphs = [ARTICLE.strip()] + [f"Paragraph {n} says nothing new. " * 20 for n in range(6)]
    text = "\n\n".join(paragraphs)
    parts = chunks(text, max_chars=1500)
    assert len(parts) > 1
    for part in parts:
        assert text[part.start : part.start + len(part.text)] == part.text
    for before, after in zip(parts, parts[1:], strict=False):
        assert after.start < before.start + len(before.text)  # they overlap
    assert parts[-1].start + len(parts[-1].text) == len(text)
    # every chunk holding the ACCUSE sentence reports it; it is kept once
    stub.script("Black Sea talks stall", [answer([ACCUSE])] * len(parts))
    from accord.extract.llm import prompt

    original = prompt.MAX_CHUNK_CHARS
    try:
        prompt.MAX_CHUNK_CHARS = 1500
        nlp = pipeline(stub, llm_concurrency=2)
        (report,) = analyse(nlp, text)
    finally:
        prompt.MAX_CHUNK_CHARS = original
    assert [event.action for event in report.events] == ["ACCUSE"]
    assert len(report.events[0].evidence) == 1


# --- both -----------------------------------------------------------------------------------
def test_both_keeps_every_rules_item_marks_agreement_and_adds_the_models_own(stub, nlp):
    text = (ROOT / "examples/articles/iran-muscat-round.txt").read_text(encoding="utf-8")
    (rules,) = analyse(nlp, text)
    (both,) = analyse(pipeline(stub, "both"), text)
    agreed = both.diagnostics.agreed
    kept = both.diagnostics.kept
    assert agreed["quotes"] > 0 and agreed["events"] > 0
    assert [q.content for q in both.quotes[: len(rules.quotes)]] == [
        q.content for q in rules.quotes
    ]
    assert sum(q.found_by == ["rules", "llm"] for q in both.quotes) == agreed["quotes"]
    assert len(both.quotes) == len(rules.quotes) + kept["quotes"] - agreed["quotes"]
    # every rules event is still there under its id (a target may have been filled in); a
    # mediator's or the two sides' meeting, coded from the stances after the merge, by its
    # roles
    both_events = {e.id: e for e in both.events}
    by_roles = {(e.source, e.action, e.target): e for e in both.events}
    for event in rules.events:
        if event.evidence[0].rule in (MEDIATION_RULE, TABLE_RULE):
            kept = by_roles[(event.source, event.action, event.target)]
        else:
            kept = both_events[event.id]
        assert (kept.source, kept.action, kept.status) == (event.source, event.action, event.status)
        assert kept.target == event.target or event.target is None
    for event in both.events:
        if event.found_by == ["rules", "llm"]:
            rules_of = [e.rule for e in event.evidence]
            assert any(r.startswith(("events.", "model.event-classifier")) for r in rules_of)
            assert any(r.startswith("llm:") for r in rules_of)


def test_requests_for_a_batch_are_in_flight_together(stub):
    texts = [ARTICLE.replace("third round", f"round number {n}") for n in range(4)]
    for n in range(4):
        stub.script(f"round number {n}", [Delay(0.8, answer([ACCUSE]))])
    nlp = pipeline(stub, llm_concurrency=4, llm_timeout=10)
    started = time.perf_counter()
    reports = analyse(nlp, *texts)
    elapsed = time.perf_counter() - started
    assert [len(report.events) for report in reports] == [1, 1, 1, 1]
    assert elapsed < 4 * 0.8  # one after another would take 3.2 s at least
