"""A mediator's meetings with the sides (``extract/mediations``): PLOVER's CONSULT in the
mediate mode for every go-between the stances find and no event shows meeting anyone."""

from __future__ import annotations

from accord.extract.analysis import ActorMention, Analysis
from accord.extract.mediations import RULE, add_mediations
from accord.model import Event, Evidence, Stance
from accord.report import analyze

TALKS = (
    "Ghana and the Volta Front held talks in Lome on Monday. Ghana accused the Volta Front "
    "of attacking a border post last week. The Volta Front denied the claim. "
)


def _mediations(report) -> list:
    return [e for e in report.events if e.evidence[0].rule == RULE]


def test_a_mediator_named_by_a_noun_meets_a_side_of_the_talks(nlp):
    report = analyze(
        TALKS + "Togo's foreign minister, who served as chief mediator in the talks, said "
        "discussions would continue.",
        nlp=nlp,
    )
    [meeting] = _mediations(report)
    assert (meeting.source, meeting.action, meeting.mode) == ("TGO.GOV", "CONSULT", "third-party")
    assert meeting.target in ("GHA.GOV", "VOLTA_FRONT")
    assert meeting.evidence[0].trigger == "mediator"


def test_a_mediator_already_seen_meeting_a_side_gets_no_second_meeting(nlp):
    """The side's visit to the mediator is their meeting: no mirror of it is added."""
    report = analyze(
        TALKS + "A Volta Front delegation met Togo's foreign minister in Lome on Tuesday. "
        "Togo's foreign minister, who served as chief mediator in the talks, said discussions "
        "would continue.",
        nlp=nlp,
    )
    assert _mediations(report) == []
    assert [(e.source, e.target) for e in report.events if "TGO.GOV" in (e.source, e.target)] == [
        ("VOLTA_FRONT", "TGO.GOV")
    ]


def _evidence(sentence: int, trigger: str) -> list[Evidence]:
    return [Evidence(sentence=sentence, start=sentence, end=sentence + 1, text=trigger,
                     trigger=trigger, rule="stances.chair")]  # fmt: skip


def _story(named: list[str], events: list[tuple[str, str, str]], mediators: list[str]) -> Analysis:
    """A document's analysis: its actors named in that order (as often as listed), its
    events one per sentence, and the mediators' stances in the sentence after them."""
    analysis = Analysis(doc_id="d")
    for i, actor in enumerate(named):
        analysis.add_mention(ActorMention(start=i, end=i + 1, actor=actor, text=actor))
    analysis.events = [
        Event(id=f"e{i}", source=source, action=action, target=target,
              evidence=_evidence(i, action.lower()))
        for i, (source, action, target) in enumerate(events)
    ]  # fmt: skip
    analysis.stances = [
        Stance(id=f"s{i}", process="GHA–VOLTA_FRONT talks", party=party, stance="mediating",
               evidence=_evidence(len(events), "chaired"))
        for i, party in enumerate(mediators)
    ]  # fmt: skip
    return analysis


def test_the_side_the_other_mediators_meet_is_the_one_a_mediator_meets():
    """Indirect talks: the go-betweens shuttle to one side; the more named side is not the
    one the text shows them meeting."""
    analysis = _story(
        ["GHA.GOV"] * 5 + ["VOLTA_FRONT", "TGO.GOV", "BEN.GOV"],
        [("GHA.GOV", "ACCUSE", "VOLTA_FRONT"), ("VOLTA_FRONT", "CONSULT", "TGO.GOV")],
        mediators=["TGO.GOV", "BEN.GOV"],
    )
    add_mediations(analysis)
    [meeting] = analysis.events[2:]
    assert (meeting.source, meeting.target) == ("BEN.GOV", "VOLTA_FRONT")
    assert meeting.evidence[0].rule == RULE


def test_a_mediators_own_quarrels_never_choose_the_side_it_meets():
    """The mediator is named most and quarrels with a side itself: the pair the story is
    about is still the two sides, and the mediator meets one of them."""
    analysis = _story(
        ["TGO.GOV"] * 6 + ["GHA.GOV"] * 3 + ["VOLTA_FRONT"] * 2,
        [
            ("TGO.GOV", "ACCUSE", "GHA.GOV"),
            ("GHA.GOV", "REJECT", "TGO.GOV"),
            ("GHA.GOV", "ACCUSE", "VOLTA_FRONT"),
        ],
        mediators=["TGO.GOV"],
    )
    add_mediations(analysis)
    [meeting] = analysis.events[3:]
    assert (meeting.source, meeting.target) == ("TGO.GOV", "GHA.GOV")


def test_facilitating_talks_whose_clause_names_no_side_is_coded_from_the_verb(nlp):
    """ "The talks, facilitated by Togo, …": the verb codes the go-between's meetings, with
    the two sides of the talks the sentence before reported, as "Togo mediated the talks"
    is."""
    report = analyze(
        TALKS + "The talks, facilitated by the Togolese government, took place at a hotel.",
        nlp=nlp,
    )
    meetings = [e for e in report.events if e.source == "TGO.GOV"]
    for meeting in meetings:
        assert (meeting.action, meeting.mode, meeting.evidence[0].trigger) == (
            "CONSULT",
            "third-party",
            "facilitated",
        )
        assert "verb" in meeting.evidence[0].rule
    assert {meeting.target for meeting in meetings} == {"GHA.GOV", "VOLTA_FRONT"}


def test_the_state_the_talks_are_held_in_is_seen_meeting_no_one(nlp):
    """ "Talks in Lome": the board names Togo a mediator by the venue alone, and no words
    show Togo meeting either side."""
    report = analyze(TALKS, nlp=nlp)
    assert ("TGO.GOV", "mediating") in {(s.party, s.stance) for s in report.stances}
    assert _mediations(report) == []


def test_no_meeting_is_added_below_the_events_threshold_in_force(nlp):
    from accord.extract.events.classifier import threshold_override

    text = TALKS + "Togo's foreign minister, who served as chief mediator in the talks, said so."
    with threshold_override(0.9):
        assert _mediations(analyze(text, nlp=nlp)) == []
    with threshold_override(0.5):
        assert len(_mediations(analyze(text, nlp=nlp))) == 1


def test_a_meeting_read_inside_a_quote_is_the_speakers_account(nlp):
    report = analyze(
        TALKS
        + "Ghana's foreign minister said Benin had served as the chief mediator in the talks.",
        nlp=nlp,
    )
    [meeting] = _mediations(report)
    [quote] = [q for q in report.quotes if q.content.startswith("Benin")]
    assert (meeting.source, meeting.voice) == ("BEN.GOV", quote.id)
