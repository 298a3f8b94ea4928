"""The trained event classifier: shipped inside the package and loaded offline, named in every
event's evidence, thresholded, and rebuilt deterministically by its recipe."""

from __future__ import annotations

import numpy as np
import pytest
import yaml

from accord.extract.events.classifier import (
    MODEL_NAME,
    MODEL_VERSION,
    EventClassifier,
    EventModel,
    shipped_model_path,
    threshold_override,
)
from accord.model import Document
from accord.report import analyze_documents
from conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow

STRIKE = "Ukraine struck a fuel depot in Russia's Belgorod region overnight, the governor said."


def _events(nlp, text: str):
    return next(iter(analyze_documents([Document.from_text(text)], nlp))).events


def test_shipped_model_is_small_versioned_and_records_its_inputs(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    path = shipped_model_path()
    assert path.name == f"{MODEL_NAME}-{MODEL_VERSION}.joblib"
    assert path.stat().st_size < 20_000_000
    model = EventModel.load(path)
    assert model.name == f"{MODEL_NAME}@{MODEL_VERSION}"
    inputs = model.inputs
    assert "src/accord/data/training/plover_sentences.yaml" in inputs
    assert "examples/gold/iran-muscat-round.json" in inputs
    assert any(name.endswith("shared/peer/plover-gsr-dev.jsonl") for name in inputs)
    assert all(len(digest) == 64 for digest in inputs.values())
    assert model.bundle["seed"] == 13


def test_evidence_names_the_model_and_confidence_is_its_probability(nlp):
    events = _events(nlp, STRIKE)
    assault = [e for e in events if e.action == "ASSAULT"]
    assert assault and assault[0].source.startswith("UKR") and assault[0].target == "RUS"
    evidence = assault[0].evidence[0]
    assert evidence.rule.startswith(f"model.{MODEL_NAME}@{MODEL_VERSION}:")
    assert evidence.trigger == "struck"
    assert 0.5 <= assault[0].confidence <= 1.0


def test_the_threshold_trades_events_away(nlp):
    text = (EXAMPLES / "articles" / "sudan-jeddah-round.txt").read_text()
    with threshold_override(0.0):
        everything = _events(nlp, text)
    confidences = sorted(event.confidence for event in everything)
    assert confidences[0] < confidences[-1], "the article's events differ in confidence"
    cut = confidences[len(confidences) // 2]  # the median: the less sure half goes
    with threshold_override(cut):
        confident = _events(nlp, text)
    assert len(confident) < len(everything)
    assert all(event.confidence >= cut for event in confident)


def test_without_a_model_the_lexicon_coder_decides(nlp):
    from accord.extract.events.coder import EventCoder

    coder = EventCoder(nlp, classify=EventClassifier(None, 0.5))
    doc = nlp(STRIKE)
    candidates = list(coder.triggers(doc))
    assert coder.classify(doc, candidates) == candidates
    assert {c.rule for c in candidates} == {"events.verb"}


def test_a_tiny_build_is_deterministic(nlp, tmp_path):
    from accord.train.event_model import build

    sentences = yaml.safe_load(
        (ROOT / "src/accord/data/training/plover_sentences.yaml").read_text()
    )["sentences"]
    tiny = [s for s in sentences if s["type"] in ("CONSULT", "ACCUSE", "ASSAULT", "NONE")]
    written = tmp_path / "tiny.yaml"
    written.write_text(yaml.safe_dump({"sentences": tiny}))
    gold = [EXAMPLES / "gold" / "iran-muscat-round.json"]
    first = build(None, gold, written, None, ROOT, nlp)
    second = build(None, gold, written, None, ROOT, nlp)
    assert first["inputs"] == second["inputs"]
    assert first["labels"] == second["labels"] and {"ASSAULT", "NONE"} <= set(first["labels"])
    model, again = EventModel(first), EventModel(second)
    doc = nlp(STRIKE)
    from accord.extract.events.coder import EventCoder

    candidates = list(EventCoder(nlp, classify=EventClassifier(None, 0.5)).triggers(doc))
    ours = [d.__dict__ for d in model.decide(candidates)]
    theirs = [d.__dict__ for d in again.decide(candidates)]
    assert ours == theirs and ours[0]["action"] == "ASSAULT"
    assert np.array_equal(first["vectorizer"].feature_names_, second["vectorizer"].feature_names_)


def test_a_candidate_keeps_its_calibration_fold_when_others_come_or_go():
    from accord.train.event_model import stable_folds

    def fold_of(features: list[dict]) -> dict[str, int]:
        return {
            features[row]["lemma"]: k
            for k, (_, held_out) in enumerate(stable_folds(features))
            for row in held_out
        }

    features = [{"lemma": f"word{n}", "pos": "VERB"} for n in range(60)]
    before, after = fold_of(features), fold_of(features[:20] + features[22:])
    assert all(before[lemma] == fold for lemma, fold in after.items())
    assert len(set(before.values())) == 3  # the three folds all hold candidates


def test_the_threshold_is_a_setting(monkeypatch, tmp_path):
    from accord.config import Settings

    assert Settings.load(tmp_path / "none.toml").event_threshold == 0.7
    monkeypatch.setenv("ACCORD_EVENT_THRESHOLD", "0.6")
    assert Settings.load(tmp_path / "none.toml").event_threshold == 0.6


def test_a_missing_model_is_a_one_line_error(monkeypatch):
    from accord.config import DEFAULT_MODEL
    from accord.nlp.pipeline import ModelNotInstalled, _load_pipeline

    monkeypatch.setenv("ACCORD_EVENT_MODEL", "/nonexistent/event-model.joblib")
    with pytest.raises(ModelNotInstalled, match="cannot load the event model") as raised:
        _load_pipeline.__wrapped__(DEFAULT_MODEL, "rules", None, ())  # not the cached one
    assert "\n" not in str(raised.value)
