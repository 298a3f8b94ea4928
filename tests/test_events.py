"""Event coding: PLOVER types, roles, status from grammar, evidence, precision."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.report import analyze

pytestmark = pytest.mark.slow

PEER = Path(__file__).resolve().parent.parent.parent / "shared" / "peer" / "plover-gsr-dev.jsonl"


def events(nlp, text, published="2024-05-09"):
    report = analyze(text, published=published, nlp=nlp)
    return {(e.source, e.action, e.target, e.status) for e in report.events}, report


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel rejected the Egyptian proposal.", ("ISR.GOV", "REJECT", "EGY.GOV", "occurred")),
        ("Russian troops attacked Ukrainian positions near Kharkiv.",
         ("RUS.MIL", "ASSAULT", "UKR.GOV", "occurred")),
        ("Qatar will send a delegation to Cairo.", ("QAT.GOV", "CONSULT", "EGY.GOV", "planned")),
        ("The Israeli government did not send its delegation to Egypt.",
         ("ISR.GOV", "CONSULT", "EGY.GOV", "denied")),
        ("Turkey could help Ukraine rebuild its ports.",
         ("TUR.GOV", "AID", "UKR.GOV", "hypothetical")),
        ("Iran threatened to attack Israel.", ("IRN.GOV", "THREATEN", "ISR.GOV", "occurred")),
        ("The proposal was rejected by Hamas.", ("HAMAS", "REJECT", None, "occurred")),
        ("The Egyptian foreign minister held a phone call with his Jordanian counterpart.",
         ("EGY.GOV", "CONSULT", "JOR.GOV", "occurred")),
        ("The Pentagon launched airstrikes on Houthi positions.",
         ("USA.MIL", "ASSAULT", "HOUTHIS", "occurred")),
        ("Hamas would not accept a deal with Israel.",
         ("HAMAS", "REJECT", "ISR.GOV", "hypothetical")),
        ("Israel's invasion of Rafah is imminent.", ("ISR.GOV", "ASSAULT", "PSE", "planned")),
        ("The United States condemned the attack by Hezbollah.",
         ("USA.GOV", "ACCUSE", "HEZBOLLAH", "occurred")),
    ],
)
def test_sentences_are_coded(nlp, text, expected):
    found, _ = events(nlp, text)
    assert expected in found, found


def test_threats_are_not_planned_attacks(nlp):
    found, _ = events(nlp, "Iran threatened to attack Israel.")
    assert not any(action == "ASSAULT" for _, action, _, _ in found)


def test_coordinated_subjects_of_symmetric_events(nlp):
    found, _ = events(nlp, "Washington and Tel Aviv are working together on the proposal.")
    assert ("USA.GOV", "COOPERATE", "ISR.GOV", "occurred") in found


def test_unless_makes_a_threat(nlp):
    found, _ = events(nlp, "Nigeria said it will withdraw its troops from Chad unless the "
                           "rebels agree to a ceasefire.")
    assert any(s == "NGA.GOV" and a == "THREATEN" for s, a, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's Petrenko beat Russia's Volkov in straight sets to reach the final.",
        "The champions launched a blistering attack in the second half and the fans roared.",
        "Shares in the Chinese chipmaker fell after it launched an offensive on the market.",
        "The storm's onslaught battered the coast as forecasters warned of more rain.",
    ],
)
def test_off_topic_news_has_no_events(nlp, text):
    found, _ = events(nlp, text)
    assert found == set()


def test_events_carry_evidence_voice_date_and_place(nlp):
    text = (
        'Hamas said on Monday that "it has agreed to the ceasefire proposal with Israel".\n'
        "Israeli warplanes struck Rafah on Tuesday."
    )
    _, report = events(nlp, text)
    strike = next(e for e in report.events if e.action == "ASSAULT")
    assert strike.source == "ISR.MIL" and strike.location.country == "PSE"
    assert str(strike.date) == "2024-05-07"
    evidence = strike.evidence[0]
    assert evidence.rule.startswith("events.") and evidence.trigger == "struck"
    assert text[evidence.start : evidence.end] == evidence.text


def test_seed_article_meets_targets(nlp, seed_gold_path):
    from accord.eval.runner import score_gold_files

    total, _ = score_gold_files([seed_gold_path], nlp)
    assert total.events.f1 >= 0.85
    assert total.status.value >= 0.9


def test_peer_sentences_meet_targets(nlp):
    from accord.eval.runner import score_peer_file

    score = score_peer_file(PEER, nlp)
    assert score.type_accuracy >= 0.75
    assert score.full_accuracy >= 0.5
