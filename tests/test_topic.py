"""The topic gate: off-topic documents yield no events, quotes, stances or framing."""

import pytest

from accord.report import analyze

SPORT = (
    "United crush City in derby massacre\n"
    "United launched a relentless attack on City's defence on Saturday, and their striker "
    "scored twice before the break as the club's fans invaded the pitch.\n"
    '"We destroyed them," the coach told reporters after the match. "The players rejected '
    'every offer of a draw and the team fought for every point this season."\n'
)
POLITICS = (
    "Envoys resume truce talks\n"
    "Qatari and Egyptian mediators met the two delegations in Doha on Sunday, a government "
    'spokesman said. "The talks on a ceasefire will continue," the spokesman told reporters.\n'
)


@pytest.mark.slow
def test_sport_story_full_of_war_metaphors_yields_nothing(nlp):
    report = analyze(SPORT, nlp=nlp)
    assert (report.events, report.quotes, report.stances, report.framing) == ([], [], [], [])


@pytest.mark.slow
def test_political_story_passes_the_gate(nlp):
    report = analyze(POLITICS, nlp=nlp)
    quotes = [(q.speaker, q.speaker_kind, q.kind, q.cue, q.content) for q in report.quotes]
    assert quotes == [
        (
            "government spokesman",
            "anonymous",
            "indirect",
            "said",
            "Qatari and Egyptian mediators met the two delegations in Doha on Sunday",
        ),
        (
            "government spokesman",
            "anonymous",
            "direct",
            "told",
            "The talks on a ceasefire will continue",
        ),
    ]
    # each mediator met the delegations: neither is the other's counterpart
    consults = [event for event in report.events if event.action == "CONSULT"]
    assert [(e.source, e.target, e.status, e.evidence[0].rule) for e in consults] == [
        ("QAT.GOV", None, "occurred", "model.event-classifier@2:verb"),
        ("EGY.GOV", None, "occurred", "model.event-classifier@2:verb"),
    ]
    assert consults[0].evidence[0].text.startswith("Qatari and Egyptian mediators met")
