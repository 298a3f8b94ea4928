"""The framing extractor: lexicon labels, scare quotes, charged words and their voice."""

from __future__ import annotations

import json

import pytest

from accord.eval.scoring import score_report
from accord.extract.framing import quoted_ranges
from accord.lexicons.framing import load_lexicon
from accord.report import analyze

pytestmark = pytest.mark.slow


def markers(report, voice=None):
    return [m for m in report.framing if voice is None or m.voice == voice]


def test_every_two_sided_conflict_lists_both_sides_vocabulary():
    lexicon = load_lexicon()
    for conflict, sides in lexicon.sides.items():
        if len(sides) != 2:
            continue
        fixed = {t.aligned_with for t in lexicon.terms if t.conflict == conflict}
        for side in sides:
            assert side in fixed, f"{conflict}: no wording listed for side {side}"


def test_label_in_narration_counts_but_the_same_kind_inside_speech_does_not(nlp):
    text = (
        "Kyiv regime stalls the talks\n"
        "The Kyiv regime sent no delegation to the meeting on Tuesday.\n"
        '"The ruscists shelled our villages again," Ukraine\'s foreign minister told reporters.\n'
    )
    report = analyze(text, outlet="Test Outlet", published="2026-01-02", nlp=nlp)
    outlet = markers(report, "outlet")
    assert any(m.term.lower() == "kyiv regime" for m in outlet)
    label = next(m for m in outlet if m.term.lower() == "kyiv regime")
    assert (label.kind, label.refers_to, label.aligned_with) == ("label", "UKR.GOV", "RUS")
    quoted = [m for m in report.framing if m.term.lower() == "ruscists"]
    assert quoted and all(m.voice != "outlet" for m in quoted)


def test_scare_quoted_state_name_is_a_label_but_quoted_words_are_not(nlp):
    text = (
        'Officials in "Ukraine" said the convoy was delayed.\n'
        'The ministry said it was "deeply concerned" about the convoy.\n'
    )
    report = analyze(text, outlet="Test Outlet", nlp=nlp)
    scare = [m for m in report.framing if m.kind == "scare_quotes"]
    assert [m.neutral for m in scare] == ["Ukraine"]
    assert scare[0].refers_to == "UKR.GOV" and scare[0].voice == "outlet"


def test_charged_verbs_match_any_inflection_and_regime_labels_any_government(nlp):
    text = "Troops smashed through the village as the Belarusian regime looked on.\n"
    report = analyze(text, outlet="Test Outlet", nlp=nlp)
    terms = {m.term.lower(): m for m in report.framing}
    assert "smashed" in terms and terms["smashed"].kind == "charged"
    regime = next(m for m in report.framing if "regime" in m.term.lower())
    assert regime.refers_to == "BLR.GOV" and regime.kind == "label"


def test_official_names_are_not_labels(nlp):
    text = "The Islamic Resistance Movement issued a statement on the talks.\n"
    report = analyze(text, outlet="Test Outlet", nlp=nlp)
    assert not [m for m in report.framing if "resistance" in m.term.lower()]


def test_quoted_ranges_skip_apostrophes():
    text = "Israel's army said 'over' and \"Ukraine\" twice."
    ranges = [text[s:e] for s, e in quoted_ranges(text)]
    assert ranges == ["over", "Ukraine"]


def test_seed_framing_recall_is_complete_and_nothing_quoted_counts(nlp, seed_path, seed_gold_path):
    gold = json.loads(seed_gold_path.read_text(encoding="utf-8"))
    report = analyze(
        seed_path.read_text(encoding="utf-8"),
        outlet=gold["outlet"],
        published=gold["published"],
        nlp=nlp,
    )
    score = score_report(gold, report)
    assert score.framing.recall == 1.0
    assert score.framing_in_quotes == 0
