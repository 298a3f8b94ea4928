"""The two sides a document seats at its talks meet (``extract/table_meetings``): one
CONSULT between them when the stances seat exactly two and no event joins them."""

from __future__ import annotations

from accord.extract.analysis import Analysis
from accord.extract.table_meetings import RULE, add_table_meetings
from accord.model import Event, Evidence, Stance
from accord.report import analyze


def _seated(*parties: tuple[str, str], events: list[Event] = ()) -> Analysis:
    """An analysis whose stances are the (party, stance) pairs, one per sentence."""
    analysis = Analysis(doc_id="d")
    analysis.stances = [
        Stance(
            id=f"s{i}",
            process="talks",
            party=party,
            stance=stance,
            evidence=[
                Evidence(sentence=i, start=10 * i, end=10 * i + 5, text="talks", rule="stances")
            ],
        )
        for i, (party, stance) in enumerate(parties)
    ]
    analysis.events = list(events)
    return analysis


def _meetings(analysis: Analysis) -> list[tuple]:
    return [(e.source, e.action, e.target) for e in analysis.events if e.evidence[0].rule == RULE]


def test_two_sides_at_the_talks_meet_each_other(nlp):
    report = analyze(
        "Ghana sent representatives to the talks in Cotonou on Monday. Togo also took part "
        "in the talks.",
        nlp=nlp,
    )
    assert [(e.source, e.action, e.target) for e in report.events] == [
        ("GHA.GOV", "CONSULT", "TGO.GOV")
    ]
    assert report.events[0].evidence[0].rule == RULE


def test_a_mediator_at_the_table_is_no_side():
    analysis = _seated(("GHA.GOV", "attending"), ("BEN.GOV", "mediating"),
                       ("BEN.GOV", "attending"), ("TGO.GOV", "attending"))  # fmt: skip
    add_table_meetings(analysis)
    assert _meetings(analysis) == [("GHA.GOV", "CONSULT", "TGO.GOV")]


def test_three_sides_or_a_meeting_already_coded_add_nothing():
    three = _seated(("GHA.GOV", "attending"), ("TGO.GOV", "attending"), ("BFA.GOV", "attending"))
    add_table_meetings(three)
    assert _meetings(three) == []  # who met whom is not known
    said = [Evidence(sentence=0, start=0, end=5, text="met", rule="verb")]
    met = Event(id="e1", source="TGO.MIL", action="CONSULT", target="GHA.GOV", evidence=said)
    two = _seated(("GHA.GOV", "attending"), ("TGO.GOV", "attending"), events=[met])
    add_table_meetings(two)
    assert _meetings(two) == []
