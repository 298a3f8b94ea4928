"""The plug-in seams: placement, switching off, replacement, batches, and a real
entry-point plug-in (tests/plugin_fixture) installed into a temporary environment
whose records reach ``accord analyze --json``, the store, a listing and an export."""

from __future__ import annotations

import csv
import dataclasses
import json
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
from pathlib import Path

import catalogue
import pytest
import spacy

from accord.config import Settings
from accord.nlp.pipeline import ExtractorComponent
from accord.registry import ExtractorOrderError, extractor, extractor_names

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = Path(__file__).resolve().parent / "plugin_fixture"
BUILT_IN = ["actors", "topic", "quotes", "events", "stances", "framing", "claims"]
ARTICLE = (
    "Talks resume in Cairo\n\n"
    "Egyptian mediators said on Monday that a ceasefire could be agreed this week. "
    "Hamas said it would study the ceasefire proposal.\n"
)


@pytest.fixture
def register():
    """Register extractor factories for one test and remove them afterwards."""
    added: list[str] = []

    def add(name: str, **placement) -> None:
        extractor(name, **placement)(lambda nlp: lambda doc: None)
        added.append(name)

    yield add
    for name in added:
        catalogue.REGISTRY.pop(("accord", "extractors", name), None)


def test_plugins_run_before_or_after_named_extractors_or_last(register):
    register("late", order=50)
    register("after_quotes", after="quotes")
    register("also_after_quotes", after="quotes")
    register("before_events", before="events")
    register("after_plugin", after="after_quotes")

    assert extractor_names() == [
        "actors", "open_actors", "topic", "quotes", "after_quotes", "after_plugin",
        "also_after_quotes", "before_events", "events", "counterparts", "stances", "mediations",
        "table_meetings", "framing", "claims", "late",
    ]  # fmt: skip


def test_a_plugin_replaces_a_built_in_in_its_place(register):
    register("events_v2", replaces="events")

    assert extractor_names() == [
        "actors", "open_actors", "topic", "quotes", "events_v2", "counterparts", "stances",
        "mediations", "table_meetings", "framing", "claims",
    ]  # fmt: skip


def test_disabled_extractors_are_left_out_and_unknown_names_are_an_error(register):
    register("after_quotes", after="quotes")

    assert extractor_names(["framing", "after_quotes"]) == [
        "actors", "open_actors", "topic", "quotes", "events", "counterparts", "stances",
        "mediations", "table_meetings", "claims",
    ]  # fmt: skip
    with pytest.raises(ExtractorOrderError, match="cannot disable unknown extractor"):
        extractor_names(["framing", "no_such"])


def test_a_plugin_placed_after_a_missing_extractor_is_an_error(register):
    register("orphan", after="no_such")

    with pytest.raises(ExtractorOrderError, match="'orphan' is placed relative to 'no_such'"):
        extractor_names()


def test_extractors_disabled_comes_from_accord_toml_or_the_environment(tmp_path, monkeypatch):
    config = tmp_path / "accord.toml"
    config.write_text('[accord]\nmodel = "m"\n\n[accord.extractors]\ndisabled = ["framing"]\n')
    monkeypatch.delenv("ACCORD_EXTRACTORS_DISABLED", raising=False)
    assert Settings.load(config_file=config).disabled_extractors == ("framing",)

    monkeypatch.setenv("ACCORD_EXTRACTORS_DISABLED", "claims, framing")
    assert Settings.load(config_file=config).disabled_extractors == ("claims", "framing")


def test_a_disabled_extractor_is_not_in_the_pipeline():
    from accord.nlp.pipeline import load_pipeline

    nlp = load_pipeline(disabled=["framing", "claims"])

    assert [name for name in nlp.pipe_names if name.startswith("accord_")] == [
        "accord_paragraphs", "accord_furniture", "accord_name_lists", "accord_fronted_subjects",
        "accord_actors",
        "accord_open_actors",
        "accord_topic", "accord_quotes", "accord_events", "accord_counterparts",
        "accord_stances", "accord_mediations", "accord_table_meetings",
    ]  # fmt: skip


def test_an_extractor_with_extract_batch_gets_whole_batches():
    nlp = spacy.blank("en")
    seen: list[list[str]] = []

    def run(doc):
        seen.append([doc.text])

    run.extract_batch = lambda docs: seen.append([doc.text for doc in docs])
    component = ExtractorComponent(run)
    docs = [nlp.make_doc(text) for text in ("one", "two", "three")]

    assert [doc.text for doc in component.pipe(iter(docs), batch_size=2)] == ["one", "two", "three"]
    assert seen == [["one", "two"], ["three"]]
    component(nlp.make_doc("four"))  # a single document still goes through __call__
    assert seen[-1] == ["four"]


# --- a real plug-in, installed through its entry points ------------------------------
@pytest.fixture(scope="module")
def plugin_python(tmp_path_factory) -> Path:
    """A temporary environment that sees this interpreter's packages and has the plug-in
    installed (pip, no dependencies, no build isolation: nothing is downloaded)."""
    venv = tmp_path_factory.mktemp("plugin-venv") / "venv"
    create = [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)]
    subprocess.run(create, check=True)
    python = venv / "bin" / "python"
    # --system-site-packages reaches the base interpreter only; this environment's packages
    # (spaCy, setuptools …) come in by a .pth file
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    Path(site, "accord-test-parent.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q"]
    source = shutil.copytree(PLUGIN, venv.parent / "plugin")  # the build writes beside it
    options = ["--no-deps", "--no-build-isolation", "--no-index", str(source)]
    subprocess.run([*install, *options], check=True, capture_output=True)
    return python


def _accord(python: Path, *args: str, cwd: Path, **env) -> subprocess.CompletedProcess:
    environment = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", **env}
    return subprocess.run(
        [python, "-m", "accord.cli", *args],
        capture_output=True, text=True, cwd=cwd, env=environment, timeout=600,
    )  # fmt: skip


def test_an_installed_plugin_s_records_reach_the_report_store_listing_and_export(
    plugin_python, tmp_path
):
    article = tmp_path / "cairo.txt"
    article.write_text(ARTICLE, encoding="utf-8")

    analyzed = _accord(plugin_python, "analyze", str(article), "--json", cwd=tmp_path)
    assert analyzed.returncode == 0, analyzed.stderr
    report = json.loads(analyzed.stdout)
    sightings = report["extensions"]["sightings"]
    assert [(s["word"], s["sentence"]) for s in sightings] == [("ceasefire", 1), ("ceasefire", 2)]
    first = sightings[0]["evidence"][0]
    assert ARTICLE[first["start"] : first["end"]] == "ceasefire"
    assert first["rule"] == "sightings.ceasefire" and first["doc_id"] == report["document"]["id"]

    db = tmp_path / "plugin.db"
    url = f"sqlite:///{db}"
    ingested = _accord(plugin_python, "ingest", str(article), "--db", url, "--json", cwd=tmp_path)
    assert ingested.returncode == 0, ingested.stderr
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT id, word, sentence FROM sightings ORDER BY id").fetchall()
    assert rows == [("g1", "ceasefire", 1), ("g2", "ceasefire", 2)]

    listed = _accord(plugin_python, "sightings", "--db", url, "--format", "json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert [item["word"] for item in json.loads(listed.stdout)] == ["ceasefire", "ceasefire"]

    api = (
        "import json, sys\n"
        "from fastapi.testclient import TestClient\n"
        "from accord.api.app import create_api\n"
        "from accord.store import Corpus\n"
        "with Corpus(sys.argv[1]) as corpus, TestClient(create_api(corpus, None)) as client:\n"
        "    print(json.dumps(client.get('/api/sightings', params={'word': 'cease'}).json()))\n"
    )
    environment = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    served = subprocess.run(
        [plugin_python, "-c", api, url],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
    )
    assert served.returncode == 0, served.stderr
    page = json.loads(served.stdout)
    assert [item["record"]["id"] for item in page["items"]] == ["g1", "g2"]
    assert page["items"][0]["document"]["id"] == report["document"]["id"]

    out = tmp_path / "csv"
    exported = _accord(
        plugin_python, "export", str(out), "--format", "csv", "--db", url, cwd=tmp_path
    )
    assert exported.returncode == 0, exported.stderr
    with (out / "sightings.csv").open(encoding="utf-8") as handle:
        exported_rows = list(csv.DictReader(handle))
    assert [(r["id"], r["word"], r["evidence"], r["rule"]) for r in exported_rows] == [
        ("g1", "ceasefire", "ceasefire", "sightings.ceasefire"),
        ("g2", "ceasefire", "ceasefire", "sightings.ceasefire"),
    ]

    stored = _accord(plugin_python, "export", str(tmp_path / "all.jsonl"), "--format", "jsonl",
                     "--db", url, cwd=tmp_path)  # fmt: skip
    assert stored.returncode == 0, stored.stderr
    [rebuilt] = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text().splitlines()]
    assert rebuilt["extensions"] == report["extensions"]


def test_an_installed_plugin_runs_after_quotes_and_can_be_switched_off(plugin_python, tmp_path):
    code = (
        "from accord.nlp.pipeline import load_pipeline; print(' '.join(load_pipeline().pipe_names))"
    )
    environment = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    names = subprocess.run(
        [plugin_python, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=environment
    )
    assert names.returncode == 0, names.stderr
    assert "accord_quotes accord_sightings accord_events" in names.stdout

    article = tmp_path / "cairo.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    off = _accord(plugin_python, "analyze", str(article), "--json", cwd=tmp_path,
                  ACCORD_EXTRACTORS_DISABLED="sightings")  # fmt: skip
    assert off.returncode == 0, off.stderr
    assert "extensions" not in json.loads(off.stdout)


def test_a_record_kind_cannot_offer_a_parameter_it_has_no_filter_for():
    from accord.store.kinds import EVENTS, Param

    with pytest.raises(ValueError, match="'events': parameters with no filter: \\['colour'\\]"):
        dataclasses.replace(EVENTS, params=(*EVENTS.params, Param("colour")))
