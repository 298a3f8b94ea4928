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
