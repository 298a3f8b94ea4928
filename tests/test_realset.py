"""The real-article set: the fixed tune/blind split, the manifest, missing or altered texts,
and `accord eval` over a manifest (tune and blind side by side) and its --curve."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.eval.realset import is_manifest, read_manifest, split_of, usable_articles

REAL = Path(__file__).parent / "data" / "real"
ROOT = Path(__file__).resolve().parents[1]


def test_split_is_a_fixed_hash_of_the_id():
    assert split_of("test-blind-strike") == "blind"
    assert split_of("test-tune-talks") == "tune"
    ids = [f"article-{n}" for n in range(600)]
    blind = sum(split_of(i) == "blind" for i in ids)
    expected = sum(int(hashlib.sha256(i.encode()).hexdigest(), 16) % 3 == 0 for i in ids)
    assert blind == expected and 170 < blind < 230


def test_missing_and_altered_texts_are_named_one_line_each():
    usable, problems = usable_articles(REAL / "manifest.jsonl", "all")
    assert [a.id for a in usable] == ["test-tune-talks", "test-blind-strike"]
    assert len(problems) == 2
    assert problems[0].startswith("test-missing: text missing")
    assert problems[1].startswith("test-altered: text differs from the manifest")
    assert all("\n" not in line for line in problems)


def test_split_selection_and_fragments(tmp_path):
    (tmp_path / "manifest.d").mkdir()
    lines = (REAL / "manifest.jsonl").read_text().splitlines()
    (tmp_path / "manifest.d" / "a.jsonl").write_text("\n".join(lines[:2]) + "\n")
    (tmp_path / "manifest.d" / "b.jsonl").write_text("\n".join(lines[1:]) + "\n")
    articles = read_manifest(tmp_path)  # no merged manifest yet: the fragments, one per id
    assert [a.id for a in articles] == [
        "test-tune-talks",
        "test-blind-strike",
        "test-missing",
        "test-altered",
    ]
    assert [a.id for a in usable_articles(REAL, "blind")[0]] == ["test-blind-strike"]


def test_each_real_article_names_the_batch_it_was_annotated_in():
    # the batches are scored apart (eval/real/README.md): how far tuning carries to articles
    # added later is read from them
    manifest = ROOT / "eval" / "real" / "manifest.jsonl"
    entries = [json.loads(line) for line in manifest.read_text().splitlines()]
    batches = {entry["batch"] for entry in entries}
    assert batches == set(range(1, max(batches) + 1))
    # the clusters' articles came first: the rules were developed against them
    assert {entry["batch"] for entry in entries if entry["cluster"]} == {1}


def test_a_manifest_is_told_from_a_peer_file(tmp_path):
    peer = tmp_path / "peer.jsonl"
    peer.write_text(json.dumps({"id": "P-1", "text": "x", "action": "AGREE"}) + "\n")
    assert is_manifest(REAL / "manifest.jsonl")
    assert not is_manifest(peer)


@pytest.mark.slow
def test_eval_scores_tune_and_blind_side_by_side():
    result = CliRunner().invoke(app, ["eval", "--real", str(REAL), "--json"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert any(line.startswith("test-missing: text missing") for line in lines)
    assert any(line.startswith("test-altered: text differs") for line in lines)
    scores = json.loads(result.stdout)["real"][str(REAL)]["splits"]
    assert set(scores) == {"tune", "blind"}
    assert scores["tune"]["files"] == scores["blind"]["files"] == 1
    # Egypt's talks with both parties in Cairo, Ukraine's strike: found in each split
    assert scores["tune"]["events"]["tp"] >= 1
    assert scores["blind"]["events"]["tp"] >= 1


@pytest.mark.slow
def test_eval_of_one_split_and_the_curve():
    result = CliRunner().invoke(
        app, ["eval", str(REAL / "manifest.jsonl"), "--split", "blind", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.stdout)["real"][str(REAL / "manifest.jsonl")]["splits"]) == {
        "blind"
    }
    result = CliRunner().invoke(app, ["eval", "--real", str(REAL), "--curve", "--json"])
    assert result.exit_code == 0, result.output
    curve = json.loads(result.stdout)["curve"]
    assert [point["threshold"] for point in curve] == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    kept = [point["events"] for point in curve]
    recall = [point["recall"] for point in curve]
    assert kept == sorted(kept, reverse=True) and kept[0] > 0
    assert recall == sorted(recall, reverse=True)


def test_a_bad_split_is_a_one_line_error():
    result = CliRunner().invoke(app, ["eval", "--real", str(REAL), "--split", "half"])
    assert result.exit_code == 1
    assert "--split must be tune, blind or all" in result.stderr


def test_training_reads_the_tune_split_only():
    from accord.eval.realset import tune_documents

    loaded = tune_documents(REAL)
    assert [document.external_id for _, document in loaded] == ["test-tune-talks"]
    assert loaded[0][0]["events"][0]["action"] == "CONSULT"
    assert tune_documents(REAL / "absent") == []


def _script(name: str):
    """A module of ``scripts/`` by its file name."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _agreement_script():
    return _script("annotator_agreement")


def test_annotator_agreement_matches_overlapping_options_one_to_one():
    agreement = _agreement_script()
    first = [
        {"source": ["ISR.GOV", "ISR.MIL"], "action": "ASSAULT", "target": "HAMAS"},
        {"source": "EGY.GOV", "action": "CONSULT", "target": "HAMAS", "optional": True},
        {"source": "QAT.GOV", "action": "CONSULT", "target": "ISR.GOV"},
    ]
    second = [
        {"source": "ISR.MIL", "action": ["ASSAULT", "COERCE"], "target": ["HAMAS", None]},
        {"source": "ISR.GOV", "action": "ASSAULT", "target": "HAMAS"},  # one match per item
        {"source": "ISR.GOV", "action": "CONSULT", "target": "QAT.GOV", "symmetric": True},
    ]
    found = agreement.counts(first, second, agreement.events_agree)
    assert (found.tp, found.fp, found.fn) == (2, 1, 0)
    # the optional item unmatched counts neither way, and symmetric items match either way round
    found = agreement.counts(second, first, agreement.events_agree)
    assert (found.tp, found.fp, found.fn) == (2, 0, 1)


def test_the_second_annotation_covers_tune_articles_only():
    second = sorted((ROOT / "eval" / "real" / "second").glob("*.json"))
    assert second
    for path in second:
        assert split_of(path.stem) == "tune", path.stem
        assert (ROOT / "eval" / "real" / "gold" / path.name).exists()


#: Gold fields that copy the article by the format's design: a quote's first words and
#: cue, an event's trigger, a furniture line's first words, a speaker's or a proposal's name.
COPYING_FIELDS = frozenset(
    {"starts", "cue", "trigger", "furniture", "text", "content", "speaker", "proposal"}
)


def _strings(value, key=None):
    """(field name, string) for every string in a gold file, the field being the nearest key."""
    if isinstance(value, dict):
        for name, inner in value.items():
            yield from _strings(inner, name)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner, key)
    elif isinstance(value, str):
        yield key, value


def test_gold_free_text_copies_no_run_of_seven_words_from_their_article():
    """Article texts stay out of the repo; notes, claims and topics say what an item is in
    the annotator's words (``COPYING_FIELDS`` are the format's only copies). Needs the
    git-ignored texts: skipped on a clone without them."""
    import re

    def runs(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i : i + 7]) for i in range(len(words) - 6)}

    real = ROOT / "eval" / "real"
    golds = sorted((real / "gold").glob("*.json")) + sorted((real / "second").glob("*.json"))
    checked, copied = 0, []
    for path in golds:
        text = real / "texts" / f"{path.stem}.txt"
        if not text.exists():
            continue
        article = runs(text.read_text(encoding="utf-8"))
        checked += 1
        for field, value in _strings(json.loads(path.read_text())):
            if field not in COPYING_FIELDS and runs(value) & article:
                copied.append(f"{path.parent.name}/{path.name}: {field}: {value[:60]}")
    if not checked:
        pytest.skip("no real-set article text is present (eval/real/texts is not committed)")
    assert not copied, copied


def test_tune_gold_events_are_located_and_blind_ones_are_not():
    """Tune events carry the words that state them and where (``trigger``, ``at``); blind
    events carry neither. Offsets are checked against the texts where they are present."""
    real = ROOT / "eval" / "real"
    checked = 0
    for path in sorted((real / "gold").glob("*.json")):
        events = json.loads(path.read_text())["events"]
        if split_of(path.stem) == "blind":
            assert not any("at" in e or "trigger" in e for e in events), path.stem
            continue
        assert all("at" in e and "trigger" in e for e in events), path.stem
        text_path = real / "texts" / f"{path.stem}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        for event in events:
            if event["at"] is not None:
                assert text[event["at"] : event["at"] + len(event["trigger"])] == event["trigger"]
                assert len(event["trigger"].split()) <= 3
        checked += 1
    assert checked or not (real / "texts").exists()


def test_cross_validation_folds_are_fixed_and_a_missing_set_is_one_error(
    tmp_path, capsys, monkeypatch
):
    cross_validation = _script("model_cross_validation")
    folds = [cross_validation.fold_of(f"article-{n}", 5) for n in range(200)]
    assert folds == [cross_validation.fold_of(f"article-{n}", 5) for n in range(200)]
    assert set(folds) == {0, 1, 2, 3, 4}
    monkeypatch.setattr("sys.argv", ["model_cross_validation.py", "--real", str(tmp_path)])
    assert cross_validation.main() == 1
    assert capsys.readouterr().err.startswith("error: no tune article")
