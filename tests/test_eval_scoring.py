"""The scorer follows shared/gold/README.md: one-to-one, optional items, lists, symmetry."""

from accord.eval.matching import match
from accord.eval.scoring import (
    event_matches,
    normalise,
    plover_convention,
    quote_matches,
    score_report,
)
from accord.model import Event, Quote, Report, ReportDocument


def event(source, action, target, status="occurred"):
    return Event(id="e", source=source, action=action, target=target, status=status)


def test_normalise_drops_quote_marks_and_punctuation():
    assert normalise("  “Israel’s”   court, now! ") == "israels court now"


def test_event_match_accepts_listed_values_and_null_target_only_for_null():
    gold = {"source": "HAMAS", "action": "AGREE", "target": ["ISR.GOV", "QAT.GOV"]}
    assert event_matches(gold, event("HAMAS", "AGREE", "QAT.GOV"))
    assert not event_matches(gold, event("HAMAS", "AGREE", None))
    assert event_matches(
        {"source": "X", "action": "ACCUSE", "target": None}, event("X", "ACCUSE", None)
    )


def test_symmetric_events_accept_swapped_roles():
    gold = {"source": "USA.GOV", "action": "COOPERATE", "target": "ISR.GOV", "symmetric": True}
    assert event_matches(gold, event("ISR.GOV", "COOPERATE", "USA.GOV"))
    assert not event_matches({**gold, "symmetric": False}, event("ISR.GOV", "COOPERATE", "USA.GOV"))


def test_planned_cooperation_accepts_plover_agree_coding():
    gold = {"source": "A", "action": "CONSULT", "target": "B", "status": "planned"}
    assert event_matches(gold, event("A", "AGREE", "B", "planned"))
    assert not event_matches({**gold, "status": "occurred"}, event("A", "AGREE", "B", "occurred"))
    assert plover_convention("RETREAT", "planned") == "CONCEDE"
    assert plover_convention("AID", "hypothetical") == "AGREE"
    assert plover_convention("ASSAULT", "planned") == "ASSAULT"
    # a signing that happened is the manual's SUPPORT; a promise to sign stays AGREE
    assert plover_convention("AGREE", "occurred", "Signed") == "SUPPORT"
    assert plover_convention("AGREE", "planned", "sign") == "AGREE"
    assert plover_convention("AGREE", "occurred", "accepted") == "AGREE"


def test_matching_is_one_to_one_and_optional_gold_is_neutral():
    gold = [
        {"source": "A", "action": "ASSAULT", "target": "B"},
        {"source": "A", "action": "ASSAULT", "target": ["B", "C"]},
        {"source": "A", "action": "REJECT", "target": None, "optional": True},
    ]
    predicted = [event("A", "ASSAULT", "B"), event("A", "REJECT", None), event("Z", "AID", None)]
    pairs, counts = match(gold, predicted, event_matches)
    assert pairs[0] == 0 and 1 not in pairs
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)


def test_augmenting_path_finds_the_maximum_matching():
    gold = [
        {"source": "A", "action": "ASSAULT", "target": ["B", "C"]},
        {"source": "A", "action": "ASSAULT", "target": "B"},
    ]
    predicted = [event("A", "ASSAULT", "B"), event("A", "ASSAULT", "C")]
    _, counts = match(gold, predicted, event_matches)
    assert counts.tp == 2 and counts.fp == 0


def test_an_event_stated_done_and_planned_is_paired_by_status():
    gold = [{"source": "A", "action": "CONSULT", "target": "B", "status": "occurred"}]
    report = Report(
        document=ReportDocument(id="d"),
        events=[event("A", "CONSULT", "B", "planned"), event("A", "CONSULT", "B", "occurred")],
    )
    score = score_report({"events": gold, "quotes": []}, report)
    # either prediction matches; the one of the gold's status is the pair status is scored on
    assert score.events.tp == 1 and score.events.fp == 1
    assert score.status.value == 1.0


def test_quote_matching_by_surname_or_actor():
    named = {"speaker": "John Kirby", "starts": "there are better ways", "kind": "indirect"}
    quote = Quote(
        id="q1", speaker="Kirby", kind="indirect", content="There are better ways, he said"
    )
    assert quote_matches(named, quote)
    anon = {
        "speaker": "a senior official",
        "anonymous": True,
        "speaker_actor": "ISR.GOV",
        "starts": "better ways",
    }
    assert not quote_matches(anon, quote)
    assert quote_matches(anon, quote.model_copy(update={"speaker_actor": "ISR.GOV"}))


def test_a_speaker_list_accepts_any_spelling_the_article_uses():
    """Where a gold field is a list any one value is accepted; a speaker spelled two ways
    in one article ("Mahama", "Mahamah") is such a list."""
    gold = {"speaker": ["John Mahama", "Mahamah"], "starts": "the border stays open"}
    for spelling in ("Mahama", "Mahamah"):
        quote = Quote(
            id="q1", speaker=f"John {spelling}", kind="direct", content="The border stays open"
        )
        assert quote_matches(gold, quote)
    other = Quote(id="q2", speaker="Faure", kind="direct", content="The border stays open")
    assert not quote_matches(gold, other)


def test_score_report_counts_status_and_events_once():
    gold = {
        "events": [{"source": "A", "action": "ASSAULT", "target": "B", "status": "planned"}],
        "quotes": [],
        "framing": [{"term": "aggression", "kind": "charged", "refers_to": None}],
    }
    report = Report(
        document=ReportDocument(id="d"),
        events=[event("A", "ASSAULT", "B", "occurred"), event("A", "ASSAULT", "B", "occurred")],
    )
    score = score_report(gold, report)
    assert score.events.tp == 1 and score.events.fp == 0
    assert score.status.value == 0.0
    assert score.events_strict.tp == 0
    assert score.framing.recall == 0.0


def test_located_gold_events_tell_detection_from_typing_from_roles():
    from accord.eval.scoring import locate_events
    from accord.model import Evidence

    def stated(source, action, target, start, end):
        evidence = Evidence(doc_id="d", sentence=0, start=start, end=end, text="", rule="r")
        return Event(id="e", source=source, action=action, target=target, evidence=[evidence])

    events = [
        stated("ISR.GOV", "CONSULT", "EGY.GOV", 0, 50),  # first sentence: matched
        stated("HAMAS", "REJECT", "EGY.GOV", 51, 100),  # second: a refusal, to someone else
        stated("QAT.GOV", "SUPPORT", "HAMAS", 101, 150),  # third: another type only
    ]
    gold = [
        {"source": "ISR.GOV", "action": "CONSULT", "target": "EGY.GOV", "at": 10},
        {"source": "HAMAS", "action": "REJECT", "target": "ISR.GOV", "at": 60},
        {"source": "QAT.GOV", "action": "CONSULT", "target": "HAMAS", "at": 120},
        {"source": "USA.GOV", "action": "CONSULT", "target": "HAMAS", "at": 170},  # nothing
        {"source": "USA.GOV", "action": "AID", "target": None, "at": None},  # no words state it
        {"source": "UN", "action": "AID", "target": None, "at": 70, "optional": True},
        {"source": "UN", "action": "AID", "target": None},  # gold that does not locate
    ]
    location = locate_events(gold, events, matched={0})
    assert location.as_dict() == {"matched": 1, "roles": 1, "type": 1, "nothing": 1}
