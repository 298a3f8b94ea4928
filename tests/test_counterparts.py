"""The implicit other side of an event that names none (``extract/counterparts``) and the
target choices around it: the side a source faces, never a co-doer, a venue or a mediator;
"both delegations" as the two sides; a named recipient that resolves to no actor."""

from __future__ import annotations

import pytest

from accord.extract.analysis import ActorMention, Analysis
from accord.extract.counterparts import add_counterparts
from accord.model import Event, Evidence
from accord.report import analyze


def _analysis(named: list[str]) -> Analysis:
    analysis = Analysis(doc_id="d")
    for i, actor in enumerate(named):
        analysis.add_mention(ActorMention(start=i, end=i + 1, actor=actor, text=actor))
    return analysis


def _evidence(sentence: int, trigger: str = "x") -> list[Evidence]:
    return [
        Evidence(
            sentence=sentence,
            start=sentence,
            end=sentence + 1,
            text="x",
            trigger=trigger,
            rule="events.verb",
        )
    ]


def _event(i: int, source: str | None, action: str, target: str | None = None, **extra) -> Event:
    return Event(
        id=f"e{i}", source=source, action=action, target=target, evidence=_evidence(i), **extra
    )


def test_the_side_a_source_faces_wins_over_a_more_named_third_party():
    analysis = _analysis(["USA.GOV"] * 5 + ["ISR.GOV", "ISR.GOV", "HAMAS"])
    analysis.events = [
        _event(0, "ISR.MIL", "ASSAULT", "HAMAS"),
        _event(1, "HAMAS", "REJECT"),
        _event(2, "ISR.GOV", "ACCUSE"),
    ]
    add_counterparts(analysis)
    assert [e.target for e in analysis.events[1:]] == ["ISR.GOV", "HAMAS"]
    assert all("counterpart" in e.evidence[0].rule for e in analysis.events[1:])


def test_a_hostile_act_with_no_doer_named_is_the_one_side_facing_its_target():
    analysis = _analysis(["USA.GOV"] * 5 + ["ISR.GOV", "ISR.GOV", "HAMAS"])
    analysis.events = [
        _event(0, "ISR.MIL", "ASSAULT", "HAMAS"),
        _event(1, None, "ASSAULT", "HAMAS"),
    ]
    add_counterparts(analysis)
    assert analysis.events[1].source == "ISR.GOV"
    assert "counterpart" in analysis.events[1].evidence[0].rule
    # a target seen facing two sides leaves the doer unknown
    analysis = _analysis(["ISR.GOV", "ISR.GOV", "HAMAS", "USA.GOV"])
    analysis.events = [
        _event(0, "ISR.MIL", "ASSAULT", "HAMAS"),
        _event(1, "USA.MIL", "ASSAULT", "HAMAS"),
        _event(2, None, "ASSAULT", "HAMAS"),
    ]
    add_counterparts(analysis)
    assert analysis.events[2].source is None


def test_an_armed_group_seen_facing_no_one_fights_its_own_state():
    analysis = _analysis(["USA.GOV"] * 5 + ["RSF", "RSF", "SDN.GOV"])
    analysis.events = [_event(0, "RSF", "ASSAULT"), _event(1, "RSF", "REQUEST")]
    add_counterparts(analysis)
    # an attack hits the group's own country; a request goes to the most named other side
    assert [e.target for e in analysis.events] == ["SDN", "USA.GOV"]
    # a state the text never names is no guess
    analysis = _analysis(["USA.GOV"] * 5 + ["RSF", "RSF"])
    analysis.events = [_event(0, "RSF", "ASSAULT")]
    add_counterparts(analysis)
    assert analysis.events[0].target != "SDN"


def test_a_third_party_gets_the_most_named_other_actor():
    analysis = _analysis(["QAT.GOV"] * 2 + ["HAMAS"] * 3 + ["ISR.GOV"] * 2)
    analysis.events = [_event(0, "ISR.MIL", "ASSAULT", "HAMAS"), _event(1, "QAT.GOV", "REQUEST")]
    add_counterparts(analysis)
    assert analysis.events[1].target == "HAMAS"


def test_co_doers_of_one_act_are_not_each_others_counterpart():
    analysis = _analysis(["EGY.GOV"] * 3 + ["QAT.GOV"] * 2 + ["ISR.GOV"] * 2)
    one_call = _evidence(0, trigger="called")
    analysis.events = [
        Event(id="e1", source="QAT.GOV", action="REQUEST", evidence=one_call),
        Event(id="e2", source="EGY.GOV", action="REQUEST", evidence=one_call),
    ]
    add_counterparts(analysis)
    assert [e.target for e in analysis.events] == ["ISR.GOV", "ISR.GOV"]


def test_a_mediator_is_a_counterpart_in_talks_only():
    analysis = _analysis(["QAT.GOV"] * 5 + ["ISR.GOV"] * 2 + ["HAMAS"] * 2)
    analysis.events = [
        _event(0, "QAT.GOV", "CONSULT", "HAMAS", mode="third-party"),
        _event(1, "HAMAS", "REJECT"),
        _event(2, "HAMAS", "CONSULT"),
    ]
    add_counterparts(analysis)
    assert [e.target for e in analysis.events[1:]] == ["ISR.GOV", "QAT.GOV"]


def test_an_unresolved_recipient_keeps_no_target():
    analysis = _analysis(["SDN.GOV"] * 3 + ["UN"])
    analysis.events = [_event(0, "UN", "REQUEST", target_text="countries with influence")]
    add_counterparts(analysis)
    assert analysis.events[0].target is None


def _found(text: str, nlp) -> set[tuple]:
    report = analyze(text, outlet="Test Outlet", published="2026-03-10", nlp=nlp)
    return {(e.source, e.action, e.target) for e in report.events}


@pytest.mark.slow
def test_a_capital_named_as_a_venue_is_no_counterpart(nlp):
    text = (
        "Israeli strikes hit Gaza City. Hamas fighters attacked Israeli troops near Rafah. "
        "Talks in Doha and in Doha again produced nothing. Hamas refused to attend."
    )
    found = _found(text, nlp)
    assert ("HAMAS", "REJECT", "ISR.GOV") in found
    assert not any(target == "QAT.GOV" for _, _, target in found)


@pytest.mark.slow
def test_both_delegations_are_the_two_sides_not_the_co_mediators(nlp):
    text = (
        "Armenia and Azerbaijan sent delegations to Washington for talks. "
        "American and French mediators met both delegations on Friday."
    )
    found = _found(text, nlp)
    for mediator in ("USA.GOV", "FRA.GOV"):
        assert {(mediator, "CONSULT", "ARM.GOV"), (mediator, "CONSULT", "AZE.GOV")} <= found
    assert ("USA.GOV", "CONSULT", "FRA.GOV") not in found


@pytest.mark.slow
def test_mediated_talks_are_with_their_parties_not_their_venue(nlp):
    text = (
        "Colombia's government and the ELN agreed to a ceasefire after talks in Havana "
        "mediated by Norway."
    )
    found = _found(text, nlp)
    assert {("NOR.GOV", "CONSULT", "COL.GOV"), ("NOR.GOV", "CONSULT", "ELN")} <= found
    assert ("NOR.GOV", "CONSULT", "CUB.GOV") not in found


@pytest.mark.slow
def test_an_addressee_no_actor_names_is_recorded_in_words(nlp):
    text = (
        "Sudan's army and the RSF fought for control of El Fasher. "
        "Sudan's army said it had repelled the RSF. The UN urged regional powers to do more."
    )
    report = analyze(text, outlet="Test Outlet", published="2026-03-10", nlp=nlp)
    asked = [e for e in report.events if e.source == "UN"]
    assert [(e.action, e.target, e.target_text) for e in asked] == [
        ("REQUEST", None, "regional powers")
    ]


@pytest.mark.slow
def test_the_doer_of_a_condemned_act_in_unresolved_words_is_no_guess(nlp):
    text = (
        "Israel struck Hamas targets in Gaza. Hamas fired rockets at Israel. "
        "Egypt condemned the killing of civilians by unidentified gunmen."
    )
    report = analyze(text, outlet="Test Outlet", published="2026-03-10", nlp=nlp)
    condemned = [
        (e.action, e.target, e.target_text) for e in report.events if e.source == "EGY.GOV"
    ]
    assert condemned == [("ACCUSE", None, "unidentified gunmen")]


@pytest.mark.slow
def test_the_place_two_sides_fight_in_is_not_their_target(nlp):
    found = _found("Ethiopia's army and the TPLF fought in Mekelle for a third day.", nlp)
    assert found in ({("ETH.MIL", "ASSAULT", "TPLF")}, {("TPLF", "ASSAULT", "ETH.MIL")})


@pytest.mark.slow
def test_neither_the_venue_nor_the_mediator_is_the_other_side(nlp):
    text = (
        "South Sudan's government and the SPLM-IO began negotiations in Addis Ababa, the "
        "Ethiopian capital, under the mediation of IGAD. The SPLM-IO accused the government "
        "of arresting its officials. The government refused to free them."
    )
    found = _found(text, nlp)
    assert ("SSD.GOV", "REJECT", "SPLM_IO") in found
    assert not any(target in ("ETH.GOV", "IGAD") for _, _, target in found)


def test_two_parties_holding_talks_in_a_capital_meet_each_other_not_its_host(nlp):
    found = _found(
        "South Sudan's government and the SPLM-IO held talks in Ethiopia's capital on Monday.",
        nlp,
    )
    assert not any(target == "ETH.GOV" for _, _, target in found)
    # one party holding talks in a capital meets its host
    assert ("HAMAS", "CONSULT", "EGY.GOV") in _found("Hamas held talks in Cairo on Monday.", nlp)


def test_sides_seen_meeting_each_other_are_each_others_counterpart(nlp):
    # Ghana and Togo each meet the other; Nigeria only threatens Ghana: a refusal that names
    # no one answers the side across the table, not the louder outsider
    report = analyze(
        "Ghana's foreign minister held talks with his Togolese counterpart in Lome on Saturday. "
        "Togo's president received the Ghanaian delegation on Sunday. Nigerian officials have "
        "threatened to close the border with Ghana. Ghana would never accept a demand to cede "
        "the islands, its spokesman said.",
        published="2026-05-06",
    )
    refusals = [e for e in report.events if e.action == "REJECT"]
    assert [(e.source, e.target) for e in refusals] == [("GHA.GOV", "TGO.GOV")]
    assert "events.target.counterpart" in refusals[0].evidence[0].rule
