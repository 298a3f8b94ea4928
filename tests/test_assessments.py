"""Opposite assessments of the same talks or proposal, by different sides, are
contradictions (accord.corpuswide.assessments). Every sentence here is written for the
test."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.corpuswide.assessments import assessments, process_parties
from accord.corpuswide.contradictions import find_contradictions
from accord.corpuswide.incremental import new_contradictions
from accord.model import Quote, ReportDocument
from accord.store import Corpus
from accord.store.corpus import Item
from store_support import save_quoted_article


def judged(text: str) -> set[tuple[str, bool]]:
    return {(claim.subject, claim.polarity) for claim in assessments(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy called the meeting frank and productive.", {("talks", True)}),
        ("Officials described the negotiations as not productive.", {("talks", False)}),
        ("The faction said the mediators staged a false constructive mood at the negotiations.",
         {("talks", False)}),
        ("The second session ended in deadlock over the maps.", {("talks", False)}),
        ("The text is in line with the principles both capitals endorsed in March.",
         {("proposal", True)}),
        ("The draft is aligned with the demands of the other camp.", {("proposal", False)}),
        ("The new draft finally meets our demands on the border.", {("proposal", True)}),
        ("This text overturns everything that was agreed in the spring.", {("proposal", False)}),
        ("The talks were useful, and the plan meets the agreed parameters.",
         {("talks", True), ("proposal", True)}),
    ],
)  # fmt: skip
def test_a_statement_judges_the_talks_or_a_proposal(text, expected):
    assert judged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The round could be fruitful if both delegations show flexibility.",  # hypothetical
        "The bid to recast the meeting as a success was unsuccessful.",  # an intention's fate
        "The talks were constructive but deeply disappointing.",  # both ways
        "The weather in the capital was excellent all week.",  # neither talks nor a proposal
        "The delegations met for four hours in the old palace.",  # no judgement
        "The envoy voiced serious doubts after the meeting.",  # "serious" qualifies the doubts
    ],
)
def test_no_assessment(text):
    assert judged(text) == set()


DAY = dt.date(2026, 4, 10)


def quoted(doc_id: str, actor: str, content: str, day=DAY, number: int = 1) -> Item:
    quote = Quote(
        id=f"q{number}",
        speaker=f"Speaker {actor}",
        speaker_actor=actor,
        kind="indirect",
        content=content,
        date=day,
    )
    return Item(document=ReportDocument(id=doc_id, published=day), record=quote)


PRAISE = "The delegation called the negotiations serious and cordial."
SCORN = "The spokesman said the negotiations were a charade."
BOTH_SIDES = {"d1": frozenset({"AAA", "BBB"}), "d2": frozenset({"AAA", "BBB"})}


def test_opposite_assessments_by_two_sides_of_one_process_contradict():
    items = [quoted("d1", "AAA.GOV", PRAISE), quoted("d2", "BBB", SCORN)]
    found = find_contradictions(items, parties=BOTH_SIDES)
    assert len(found) == 1
    contradiction = found[0]
    assert contradiction.rule == "claims.assessment"
    assert contradiction.topic == "assessment of the talks"
    assert {contradiction.a.by, contradiction.b.by} == {"AAA.GOV", "BBB"}
    assert {contradiction.a.claim, contradiction.b.claim} == {PRAISE, SCORN}


@pytest.mark.parametrize(
    ("items", "parties"),
    [
        # one side's two bodies
        ([quoted("d1", "AAA.GOV", PRAISE), quoted("d2", "AAA.MIL", SCORN)], BOTH_SIDES),
        # articles about processes with no party in common
        (
            [quoted("d1", "AAA.GOV", PRAISE), quoted("d2", "BBB", SCORN)],
            {"d1": frozenset({"AAA", "CCC"}), "d2": frozenset({"BBB", "DDD"})},
        ),
        # a month apart: another news cycle
        (
            [quoted("d1", "AAA.GOV", PRAISE), quoted("d2", "BBB", SCORN, DAY + dt.timedelta(30))],
            BOTH_SIDES,
        ),
        # one judges the talks, the other a proposal
        (
            [
                quoted("d1", "AAA.GOV", PRAISE),
                quoted("d2", "BBB", "The proposal is aligned with the demands of the other camp."),
            ],
            BOTH_SIDES,
        ),
        # no stances name the articles' parties: the search is not asked for
        ([quoted("d1", "AAA.GOV", PRAISE), quoted("d2", "BBB", SCORN)], None),
    ],
)
def test_no_contradiction_between_assessments(items, parties):
    assert find_contradictions(items, parties=parties) == []


def test_two_articles_and_two_claimants_hold_one_assessment_dispute():
    items = [
        quoted("d1", "AAA.GOV", PRAISE),
        quoted("d1", "AAA.GOV", "The minister found the meeting encouraging.", number=2),
        quoted("d2", "BBB", SCORN),
        quoted("d2", "BBB", "The commander called the talks fruitless.", number=2),
    ]
    assert len(find_contradictions(items, parties=BOTH_SIDES)) == 1


def store(corpus: Corpus, text: str, actor: str, content: str, day) -> str:
    """Store an article with one quote and a stance in the AAA–BBB talks."""
    return save_quoted_article(
        corpus, text, actor, day, lambda doc_id: quoted(doc_id, actor, content, day).record
    )


def test_a_new_article_meets_the_stored_assessments_of_its_process(tmp_path):
    with Corpus(f"sqlite:///{tmp_path / 'store.db'}") as corpus:
        old = store(corpus, "First report.", "AAA.GOV", PRAISE, DAY)
        new = store(corpus, "Second report.", "BBB", SCORN, DAY + dt.timedelta(days=1))
        found = new_contradictions(corpus, [new])
    assert [(c.rule, {c.a.doc_id, c.b.doc_id}) for c in found] == [
        ("claims.assessment", {old, new})
    ]


def test_an_update_keeps_the_report_a_full_recompute_keeps(tmp_path):
    with Corpus(f"sqlite:///{tmp_path / 'store.db'}") as corpus:
        store(corpus, "First.", "AAA.GOV", "the envoys called the round cordial and useful", DAY)
        verbatim = store(corpus, "Second.", "AAA.MIL", 'the round was "cordial and useful"', DAY)
        new = store(corpus, "Third.", "BBB", SCORN, DAY + dt.timedelta(days=1))
        found = new_contradictions(corpus, [new])
        full = find_contradictions(
            corpus.items("quotes"), parties=process_parties(corpus.items("stances"))
        )
    assert [{c.a.doc_id, c.b.doc_id} for c in found] == [{verbatim, new}]
    assert [c.id for c in found] == [c.id for c in full]


def test_a_statement_two_articles_report_is_one_opponent_the_verbatim_report():
    parties = {doc: frozenset({"AAA", "CCC"}) for doc in ("d1", "d2", "d3")}
    items = [
        quoted("d1", "BBB.GOV", "the three envoys called the round cordial and constructive"),
        quoted("d2", "AAA.GOV", 'the round was "cordial and constructive"'),
        quoted("d3", "CCC", "The commander called the round a charade."),
    ]
    found = find_contradictions(items, parties=parties)
    assert [{c.a.doc_id, c.b.doc_id} for c in found] == [{"d2", "d3"}]
