"""How far two annotators of the real set agree, and how far accord agrees with each.

A second annotator re-annotated events and stances of some tune articles (``eval/real/second``)
from the text alone, without seeing the first gold (``eval/real/gold``). Two gold items agree
when their acceptable values overlap (any one of a list is accepted, as in ``accord eval``):
the type, the source and the target of an event (either way round when one says
``symmetric``), the party and the stance of a stance. Pairs are matched one to one, as many
as possible; an item either annotator marked optional counts neither way when unmatched.
The same is measured with the optional items left out of both sides (stricter: an
annotator's optional item no longer counts as agreeing with the other's required one).
accord's report is scored against each annotator the same way. If the annotators agree much
better with each other than accord does with either, accord's errors are its own, not noise
in the gold.

    python scripts/annotator_agreement.py [--second eval/real/second]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy.optimize import linear_sum_assignment

if TYPE_CHECKING:
    from accord.eval.matching import Counts

ROOT = Path(__file__).resolve().parents[1]


def options(value) -> set:
    from accord.eval.scoring import as_options

    return set(as_options(value))


def events_agree(a: dict, b: dict) -> bool:
    if not options(a["action"]) & options(b["action"]):
        return False
    sources_a, targets_a = options(a["source"]), options(a.get("target"))
    sources_b, targets_b = options(b["source"]), options(b.get("target"))
    if sources_a & sources_b and targets_a & targets_b:
        return True
    either_way = a.get("symmetric") or b.get("symmetric")
    return bool(either_way and sources_a & targets_b and targets_a & sources_b)


def stances_agree(a: dict, b: dict) -> bool:
    return bool(
        options(a["party"]) & options(b["party"]) and options(a["stance"]) & options(b["stance"])
    )


def counts(reference: list, other: list, agree) -> Counts:
    """tp / fp / fn of ``other`` against ``reference`` (optional items neutral when unmatched),
    as the scorer's :class:`accord.eval.matching.Counts`."""
    from accord.eval.matching import Counts

    pairs = []
    if reference and other:
        weights = np.array(
            [[(2 if not r.get("optional") else 1) * agree(r, o) for o in other] for r in reference]
        )
        rows, cols = linear_sum_assignment(-weights)
        pairs = [(r, c) for r, c in zip(rows, cols, strict=True) if weights[r, c] > 0]
    matched_ref, matched_other = {r for r, _ in pairs}, {c for _, c in pairs}
    tp = sum(1 for r, _ in pairs if not reference[r].get("optional"))
    fp = sum(1 for c, o in enumerate(other) if c not in matched_other and not o.get("optional"))
    fn = sum(1 for r, x in enumerate(reference) if r not in matched_ref and not x.get("optional"))
    return Counts(tp=tp, fp=fp, fn=fn)


def f1_line(name: str, found: Counts) -> str:
    return (
        f"{name:38} P {found.precision:.3f}  R {found.recall:.3f}  F1 {found.f1:.3f}  "
        f"(tp {found.tp} fp {found.fp} fn {found.fn})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--second", type=Path, default=ROOT / "eval/real/second")
    parser.add_argument("--real", type=Path, default=ROOT / "eval/real")
    args = parser.parse_args()

    from accord.cli._util import load_nlp
    from accord.eval.matching import Counts
    from accord.eval.realset import read_manifest
    from accord.eval.scoring import unique_events
    from accord.report import analyze_documents

    ids = sorted(path.stem for path in args.second.glob("*.json"))
    articles = {a.id: a for a in read_manifest(args.real / "manifest.jsonl")}
    missing = [i for i in ids if not articles[i].text_path.exists()]
    if missing:
        print(
            f"error: texts missing for {', '.join(missing)} (see eval/real/README.md)",
            file=sys.stderr,
        )
        return 1
    first = {i: json.loads((args.real / "gold" / f"{i}.json").read_text()) for i in ids}
    second = {i: json.loads((args.second / f"{i}.json").read_text()) for i in ids}
    reports = analyze_documents([articles[i].load()[1] for i in ids], load_nlp(None))
    totals: dict[str, Counts] = {}

    def add(name: str, found: Counts) -> None:
        totals.setdefault(name, Counts())
        totals[name] += found

    for i, report in zip(ids, reports, strict=True):
        events = [
            {"source": e.source, "action": e.action, "target": e.target}
            for e in unique_events(report.events)
        ]
        stances = [
            {"party": party, "stance": stance}
            for party, stance in sorted({(s.party, s.stance) for s in report.stances})
        ]
        for kind, predicted, agree in (
            ("events", events, events_agree),
            ("stances", stances, stances_agree),
        ):
            one, two = first[i].get(kind, []), second[i].get(kind, [])
            add(f"{kind}: second annotator vs first", counts(one, two, agree))
            required = [[item for item in gold if not item.get("optional")] for gold in (one, two)]
            add(f"{kind}: the same, required items only", counts(*required, agree))
            add(f"{kind}: accord vs first annotator", counts(one, predicted, agree))
            add(f"{kind}: accord vs second annotator", counts(two, predicted, agree))
    print(f"{len(ids)} articles annotated twice")
    for name, found in totals.items():
        print(f1_line(name, found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
