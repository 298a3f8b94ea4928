"""One-to-one matching of predicted items to gold items, with optional gold.

Scoring follows ``shared/gold/README.md``: each gold item is used at most once;
optional gold items count neither toward recall nor, when a prediction matches
them, as false positives. Matching is a maximum bipartite matching (augmenting
paths), required gold first, so a greedy choice never costs a match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def _augment(
    gold_index: int,
    candidates: dict[int, list[int]],
    owner: dict[int, int],
    seen: set[int],
) -> bool:
    for predicted in candidates.get(gold_index, []):
        if predicted in seen:
            continue
        seen.add(predicted)
        if predicted not in owner or _augment(owner[predicted], candidates, owner, seen):
            owner[predicted] = gold_index
            return True
    return False


def match(
    gold: Sequence[dict],
    predicted: Sequence,
    matches: Callable[[dict, object], bool],
    prefer: Callable[[dict, object], bool] | None = None,
) -> tuple[dict[int, int], Counts]:
    """Match predictions to gold; return {gold index: predicted index} and the counts.

    ``prefer`` picks, among matchings of the same size, one with as many preferred pairs as
    the augmenting paths find: an event stated twice, once done and once planned, is paired
    with the gold of its own status, so status accuracy scores the pairs it should."""
    candidates = {
        g: [p for p, item in enumerate(predicted) if matches(gold_item, item)]
        for g, gold_item in enumerate(gold)
    }
    owner: dict[int, int] = {}
    required = [g for g, item in enumerate(gold) if not item.get("optional")]
    optional = [g for g, item in enumerate(gold) if item.get("optional")]
    if prefer is not None:
        preferred = {
            g: [p for p in found if prefer(gold[g], predicted[p])]
            for g, found in candidates.items()
        }
        for g in required:
            _augment(g, preferred, owner, set())
        candidates = {  # the rest may still match, preferred pairs tried first
            g: preferred[g] + [p for p in found if p not in preferred[g]]
            for g, found in candidates.items()
        }
    matched = set(owner.values())
    for g in required:
        if g not in matched:
            _augment(g, candidates, owner, set())
    # Optional gold only absorbs predictions nothing required wanted.
    for g in optional:
        for p in candidates[g]:
            if p not in owner:
                owner[p] = g
                break
    pairs = {g: p for p, g in owner.items()}
    matched_required = sum(1 for g in required if g in pairs)
    counts = Counts(
        tp=matched_required,
        fp=len(predicted) - len(owner),
        fn=len(required) - matched_required,
    )
    return pairs, counts
