"""Contradictions across the articles of a store: blocking, exact and semantic matches."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from accord.corpuswide.contradictions import (
    StatedClaim,
    analyze_corpus,
    blocks,
    find_contradictions,
)
from accord.model import Claim, Quote, ReportDocument
from accord.store.corpus import Item


def item(doc_id: str, actor: str, claims: list[Claim], day: int = 1) -> Item:
    quote = Quote(
        id="q1", speaker=actor, speaker_actor=actor, kind="indirect", content="…", claims=claims
    )
    document = ReportDocument(id=doc_id, outlet=f"Outlet {doc_id}", published=dt.date(2025, 5, day))
    return Item(document=document, record=quote)


def claim(subject, predicate, polarity=True, text=None, status="occurred") -> Claim:
    return Claim(
        subject=subject,
        predicate=predicate,
        polarity=polarity,
        status=status,
        text=text or f"{subject} {predicate}",
    )


def no_embedding(texts):
    raise AssertionError("the embedding model must not be needed here")


def test_exact_opposite_claims_of_different_actors_across_articles():
    items = [
        item("d1", "SRB.GOV", [claim("talk", "end", True, "the talks had ended")]),
        item("d2", "KOS.GOV", [claim("talk", "end", False, "the talks had not ended")]),
        item("d3", "KOS.GOV", [claim("ceasefire", "hold", True)]),
    ]
    found = find_contradictions(items, embed=lambda texts: [[1.0, 0.0] for _ in texts])
    assert len(found) == 1
    (contradiction,) = found
    assert {contradiction.a.by, contradiction.b.by} == {"SRB.GOV", "KOS.GOV"}
    assert {contradiction.a.doc_id, contradiction.b.doc_id} == {"d1", "d2"}
    assert contradiction.rule == "claims.polarity"


def test_blocking_keeps_unrelated_subjects_apart():
    quote = Quote(id="q", speaker="x", kind="indirect", content="x")
    claims = [
        StatedClaim(c, quote, ReportDocument(id=d))
        for d, c in [
            ("a", claim("talk", "end")),
            ("b", claim("talk", "end", False)),
            ("c", claim("deal", "accept")),
        ]
    ]
    grouped = blocks(claims)
    assert [len(group) for group in grouped] == [2]


def test_far_apart_dates_and_same_actor_are_not_compared():
    items = [
        item("d1", "SRB.GOV", [claim("talk", "end", True)], day=1),
        item("d2", "KOS.GOV", [claim("talk", "end", False)], day=30),
        item("d3", "SRB.GOV", [claim("talk", "end", False)], day=2),
    ]
    assert find_contradictions(items, embed=no_embedding) == []


def test_semantic_match_uses_the_embedding_for_different_predicates():
    items = [
        item("d1", "SRB.GOV", [claim("talk", "collapse", True, "the talks collapsed")]),
        item("d2", "KOS.GOV", [claim("talk", "fail", False, "the talks did not fail")]),
    ]

    def embed(texts):
        return [[1.0, 0.1] for _ in texts]  # every text the same meaning

    (found,) = find_contradictions(items, embed=embed)
    assert found.rule == "claims.semantic"
    assert found.score >= 0.8


@pytest.mark.slow
def test_packaged_model_loads_offline_and_ranks_paraphrases_first():
    from accord.corpuswide.contradictions import default_embedder

    ended, over, rain = np.asarray(
        default_embedder()(
            ["the talks in Vienna have ended", "the negotiations in Vienna are over", "it rained"]
        )
    )
    assert len(ended) == 384
    assert ended @ over / np.linalg.norm(over) > ended @ rain / np.linalg.norm(rain)


def test_corpus_command_path(tmp_path, nlp):
    from accord.model import Document
    from accord.report import analyze_documents
    from accord.store import Corpus

    texts = [
        "Serbia's foreign ministry said the border talks in Vienna had ended.",
        "The Kosovo government said the border talks in Vienna had not ended.",
    ]
    documents = [Document.from_text(text, published=dt.date(2025, 5, 6)) for text in texts]
    with Corpus(f"sqlite:///{tmp_path / 'c.db'}") as corpus:
        for document, report in zip(documents, analyze_documents(documents, nlp), strict=True):
            corpus.save_report(document, report)
        items = analyze_corpus(corpus, embed=no_embedding)
        assert len(items) == 1
        assert {items[0].record.a.by, items[0].record.b.by} == {"SRB.GOV", "KOS.GOV"}
        assert len(corpus.contradictions()) == 1  # stored under the corpus scope


def test_an_anonymous_source_is_claimed_by_the_outlet_that_relays_it():
    from accord.extract.claims import claimant

    quote = Quote(
        id="q1",
        speaker="diplomatic sources",
        speaker_kind="anonymous",
        kind="indirect",
        content="…",
        via="RIA",
    )
    assert claimant(quote) == "RIA"
    assert claimant(quote.model_copy(update={"speaker_kind": "named"})) is None


def test_one_disagreement_repeated_in_two_articles_is_one_contradiction():
    first = item("d1", "SRB.GOV", [claim("talk", "end", True)])
    again = item("d1", "SRB.GOV", [claim("talk", "end", True, "the talks ended for good")])
    again.record.id = "q2"
    items = [first, again, item("d2", "KOS.GOV", [claim("talk", "end", False)])]
    assert len(find_contradictions(items, embed=no_embedding)) == 1
