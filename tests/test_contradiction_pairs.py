"""The corpus-wide contradiction search's pair filter and similarity are the plain
definitions, computed faster: the same pairs in the same order, the same scores (to
float rounding)."""

from __future__ import annotations

import datetime as dt
import random
from itertools import combinations

import pytest

from accord.corpuswide.contradictions import (
    StatedClaim,
    _comparable_pairs,
    _similar_pairs,
)
from accord.model import Claim, Quote, ReportDocument

ACTORS = ["AAA.GOV", "BBB.GOV", "CCC.MIL", None]
STATUSES = ["occurred", "planned", "denied"]


def _stated(rng: random.Random, number: int, text: str = "the crossing is open") -> StatedClaim:
    day = dt.date(2026, 5, 1) + dt.timedelta(days=rng.randrange(40)) if rng.random() < 0.8 else None
    claim = Claim(subject="crossing", predicate=rng.choice(["open", "close"]),
                  polarity=rng.random() < 0.5, status=rng.choice(STATUSES), text=text)  # fmt: skip
    actor = rng.choice(ACTORS)
    quote = Quote(id=f"q{number}", speaker="a spokesperson", speaker_actor=actor, kind="indirect",
                  content=claim.text, date=day, claims=[claim])  # fmt: skip
    document = ReportDocument(id=f"d{rng.randrange(12)}", published=dt.date(2026, 5, 20))
    return StatedClaim(claim, quote, document)


def _plainly_comparable(a: StatedClaim, b: StatedClaim, window_days: int) -> bool:
    return (
        a.document.id != b.document.id
        and bool(a.by and b.by)
        and a.by != b.by
        and (
            a.claim.polarity != b.claim.polarity
            or (a.claim.duration_hours is not None and b.claim.duration_hours is not None)
        )
        and a.claim.status == b.claim.status
        and not (a.date and b.date and abs((a.date - b.date).days) > window_days)
    )


def test_the_pairs_are_those_of_the_definition_in_combination_order():
    rng = random.Random(5)
    for trial in range(30):
        block = [_stated(rng, n) for n in range(rng.randrange(2, 60))]
        involving = None if trial % 3 == 0 else {f"d{n}" for n in range(rng.randrange(5))}
        expected = [
            (a, b)
            for a, b in combinations(block, 2)
            if (involving is None or a.document.id in involving or b.document.id in involving)
            and _plainly_comparable(a, b, 14)
        ]
        assert _comparable_pairs(block, 14, involving) == expected


def test_similarity_scores_are_the_plain_cosine():
    rng = random.Random(9)
    vectors = {}

    def embed(texts: list[str]) -> list[list[float]]:
        return [vectors.setdefault(t, [rng.uniform(-1, 1) for _ in range(8)]) for t in texts]

    def text() -> str:
        return f"the crossing opens on day {rng.randrange(6)}"

    pairs = [(_stated(rng, n, text()), _stated(rng, n + 100, text())) for n in range(40)]
    kept = _similar_pairs(pairs, embed)
    for (a, b), score, _ in kept:
        plain_a, plain_b = vectors[a.claim.text], vectors[b.claim.text]
        dot = sum(x * y for x, y in zip(plain_a, plain_b, strict=True))
        norm = sum(x * x for x in plain_a) ** 0.5 * sum(y * y for y in plain_b) ** 0.5
        assert score == pytest.approx(dot / norm, rel=1e-12)
    assert kept, "some texts repeat, so some pairs score 1.0"
