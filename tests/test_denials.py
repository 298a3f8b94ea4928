"""An accusation the accused deny in the same article is a contradiction between them."""

from __future__ import annotations

import pytest

from accord.report import analyze


def report_of(nlp, text: str):
    return analyze(text, outlet="Example Wire", published="2025-03-14", nlp=nlp)


def pairs(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(c.a.by, c.b.by, c.rule) for c in report_of(nlp, text).contradictions}


RULE = "denials.accusation_denied"


@pytest.mark.parametrize(
    "text",
    [
        "Ghana accused Togo of arming the rebels. Togo rejected the allegations.",
        "Ghana accused Togo of supporting the rebels. Lome dismissed the accusation as baseless.",
        "Ghana accused Togo of supporting the rebels. Togo denied sending weapons to them.",
        # the charge denied in the accusation's own sentence is the accused's denial, however
        # its subject is read ("the small country" once resolved to another state)
        "Ghana has repeatedly accused Togo of backing the Volta Front, a charge the small "
        "country has always denied.",
    ],
)
def test_an_accusation_and_the_accused_s_denial_contradict(nlp, text):
    assert ("GHA.GOV", "TGO.GOV", RULE) in pairs(nlp, text)


def test_a_hostile_act_one_party_says_another_did_is_a_charge_too(nlp):
    text = (
        "A Ghanaian official told AP that Togolese forces opened fire. However, Togolese "
        "authorities dismissed the accusation."
    )
    assert ("GHA.GOV", "TGO.MIL", RULE) in pairs(nlp, text)


def test_a_denial_by_someone_else_or_a_statement_that_denies_nothing_is_no_dispute(nlp):
    assert not pairs(
        nlp, "Ghana accused Togo of arming the rebels. Benin rejected the allegations."
    )
    assert not pairs(
        nlp, "Ghana accused Togo of arming the rebels. Togo said the talks would go on."
    )


def test_the_dispute_carries_each_side_s_evidence(nlp):
    report = report_of(
        nlp, "Ghana accused Togo of arming the rebels. Togo rejected the allegations."
    )
    (dispute,) = report.contradictions
    assert dispute.a.evidence[0].text.startswith("Ghana accused Togo")
    assert dispute.b.evidence[0].text.startswith("Togo rejected")
    assert dispute.b.evidence[0].trigger == "rejected"


def test_each_side_blaming_the_other_is_a_dispute(nlp):
    text = (
        "Ghana accused Togo of violating the border accord on Monday. On Tuesday Togo "
        "accused Ghana of violating it."
    )
    found = pairs(nlp, text)
    assert len(found) == 1
    (accuser, accused, rule) = next(iter(found))
    assert {accuser, accused} == {"GHA.GOV", "TGO.GOV"} and rule == "denials.counter_accusation"
