"""Opposite views of who stands in the way of an agreement are contradictions
(accord.corpuswide.blame). Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.corpuswide.blame import blames
from accord.corpuswide.contradictions import find_contradictions
from accord.corpuswide.incremental import new_contradictions
from accord.model import Claim, Quote, ReportDocument
from accord.store import Corpus
from accord.store.corpus import Item
from store_support import save_quoted_article


def claim(subject, predicate, text, object_=None, polarity=True, status="occurred") -> Claim:
    return Claim(subject=subject, predicate=predicate, object=object_, polarity=polarity,
                 status=status, text=text)  # fmt: skip


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([claim("BBB", "add", "the other camp keeps adding demands to derail the negotiations",
                "condition")], {("BBB", True)}),
        ([claim("AAA", "blame", "blamed the envoy of the other camp for raising hurdles in "
                "the talks", "BBB")], {("BBB", True)}),
        ([claim("BBB:delegation", "be", "their delegation is not blocking the deal",
                polarity=False)], {("BBB", False)}),
        ([claim("BBB", "accept", "the other camp has endorsed the compromise plan", "deal")],
         {("BBB", False)}),
    ],
)  # fmt: skip
def test_a_statement_blames_or_clears_a_party(claims, expected):
    assert {(c.subject, c.polarity) for c in blames(claims)} == expected


@pytest.mark.parametrize(
    "claims",
    [
        # the one who blames is not the one blamed; with no object, nobody is
        [claim("AAA", "hold", "we hold them responsible for sabotaging the mediation")],
        # an obstacle taken away
        [claim("CCC", "work", "the mediator works to overcome the obstacles in the talks")],
        # others obstruct
        [claim("CCC", "sanction", "the union sanctions those who obstruct the peace process",
               "those")],
        # what may happen
        [claim("BBB", "derail", "the raids could derail the talks", "talk",
               status="hypothetical")],
        # blocking something other than the talks or a deal
        [claim("BBB", "block", "the troops blocked the coastal road for hours", "road")],
        # rejecting a deal reports a decision, it blames nobody
        [claim("BBB", "accept", "the other camp turned the plan down", "deal", polarity=False)],
        # accepting something that is no deal
        [claim("BBB", "accept", "the other camp agreed to a swap of bodies", "swap")],
        # one party judged both ways
        [claim("BBB", "accept", "the other camp accepted the plan", "deal"),
         claim("BBB", "block", "then the other camp blocked the deal", "deal")],
        # a subject that is no party
        [claim("talk", "stall", "the talks stalled over hurdles in the agreement")],
    ],
)  # fmt: skip
def test_no_blame(claims):
    assert blames(claims) == []


DAY = dt.date(2026, 5, 4)
BOTH = frozenset({"AAA", "BBB"})


def quoted(doc_id, actor, *claims, day=DAY, number=1, kind="indirect") -> Item:
    quote = Quote(id=f"q{number}", speaker=f"Speaker {actor}", speaker_actor=actor, kind=kind,
                  content=claims[0].text, date=day, claims=list(claims))  # fmt: skip
    return Item(document=ReportDocument(id=doc_id, published=day), record=quote)


BLAMED = claim("BBB", "set", "the other camp sets new terms to obstruct an agreement", "condition")
CLEARED = claim("BBB", "accept", "the other camp has accepted the compromise plan", "deal")
BLAMES_OTHER = claim("AAA", "sabotage", "the first camp is sabotaging the negotiations", "talk")


def test_blaming_a_party_and_saying_it_accepted_contradict():
    items = [quoted("d1", "AAA.GOV", BLAMED), quoted("d2", "CCC.GOV", CLEARED)]
    found = find_contradictions(items, parties={"d1": BOTH, "d2": frozenset({"CCC"})})
    assert [(c.rule, c.topic, {c.a.by, c.b.by}) for c in found] == [
        ("claims.blame", "whether BBB obstructs an agreement", {"AAA.GOV", "CCC.GOV"})
    ]


def test_two_sides_blaming_each_other_contradict():
    items = [quoted("d1", "AAA.GOV", BLAMED), quoted("d2", "BBB", BLAMES_OTHER)]
    found = find_contradictions(items, parties={"d1": BOTH, "d2": BOTH})
    assert [(c.rule, c.topic) for c in found] == [
        ("claims.blame", "which side obstructs an agreement")
    ]


@pytest.mark.parametrize(
    ("items", "parties"),
    [
        # one side's two bodies
        ([quoted("d1", "AAA.GOV", BLAMED), quoted("d2", "AAA.MIL", CLEARED)], None),
        # two parties blamed, but the second article's negotiation has only one of them
        ([quoted("d1", "AAA.GOV", BLAMED), quoted("d2", "BBB", BLAMES_OTHER)],
         {"d1": BOTH, "d2": frozenset({"AAA", "DDD"})}),
        # a month apart
        ([quoted("d1", "AAA.GOV", BLAMED),
          quoted("d2", "CCC", CLEARED, day=DAY + dt.timedelta(days=30))], None),
    ],
)  # fmt: skip
def test_no_contradiction_between_blames(items, parties):
    parties = parties or {"d1": BOTH, "d2": BOTH}
    found = find_contradictions(items, parties=parties)
    assert [c for c in found if c.rule == "claims.blame"] == []


def test_one_view_several_articles_report_is_one_opponent_the_verbatim_report():
    items = [
        quoted("d1", "AAA.GOV", BLAMED),
        quoted("d2", "CCC.GOV", CLEARED, day=DAY + dt.timedelta(days=1)),
        quoted("d3", "DDD", CLEARED, day=DAY + dt.timedelta(days=1), kind="direct"),
        quoted("d4", "CCC.GOV", CLEARED, day=DAY + dt.timedelta(days=2)),
    ]
    found = find_contradictions(items, parties={doc: BOTH for doc in ("d1", "d2", "d3", "d4")})
    assert [{c.a.doc_id, c.b.doc_id} for c in found] == [{"d1", "d3"}]


def store(corpus: Corpus, text: str, actor: str, said: Claim, day) -> str:
    return save_quoted_article(
        corpus, text, actor, day, lambda doc_id: quoted(doc_id, actor, said, day=day).record
    )


def test_a_new_article_meets_the_stored_blames_of_its_process(tmp_path):
    with Corpus(f"sqlite:///{tmp_path / 'store.db'}") as corpus:
        old = store(corpus, "First report.", "AAA.GOV", BLAMED, DAY)
        new = store(corpus, "Second report.", "CCC", CLEARED, DAY + dt.timedelta(days=1))
        found = new_contradictions(corpus, [new])
    assert [(c.rule, {c.a.doc_id, c.b.doc_id}) for c in found] == [("claims.blame", {old, new})]
