"""How much the event classifier adds on articles it was not trained on, from the tune split.

The shipped model is trained on the real set's tune split, so its score on those articles is
in-sample. This script measures it out of sample without looking at the blind split: the tune
articles are cut into folds by a hash of their id; for each fold a model is built exactly as
``make model`` builds one (``accord.train.event_model.fit``), from everything else it is
built from (the PLOVER training half, the example gold, the written sentences) and the other
folds' articles, and it codes the held-out fold. The events F1 of the folds together is set
beside the lexicon coder's alone (``ACCORD_EVENT_MODEL=rules``) on the same articles, at
each threshold given. A model that scores well in sample but not here has learnt the
articles, not the task.

    python scripts/model_cross_validation.py [--folds 5] [--thresholds 0.5 0.7 0.8]

It needs the tune texts (``eval/real/texts``, see ``eval/real/README.md``) and takes a few
minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def fold_of(article_id: str, folds: int) -> int:
    return int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % folds


def joined(parts):
    """One training set of several (rows in order)."""
    from accord.train.event_model import TrainingSet

    together = TrainingSet()
    for part in parts:
        for row in zip(part.dense, part.symbolic, part.labels, part.modes, strict=True):
            together.add(*row)
    return together


def events_f1(counts) -> str:
    return f"{counts.precision:.3f} / {counts.recall:.3f} / {counts.f1:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.7, 0.8])
    parser.add_argument("--real", type=Path, default=ROOT / "eval/real")
    parser.add_argument(
        "--peer", type=Path, default=ROOT.parent / "shared/peer/plover-gsr-dev.jsonl"
    )
    args = parser.parse_args()

    from accord.eval.matching import Counts
    from accord.eval.realset import tune_documents
    from accord.eval.scoring import score_report
    from accord.extract.events.classifier import MODEL_ENV, EventClassifier, EventModel
    from accord.nlp.pipeline import load_pipeline
    from accord.report import analyze_documents
    from accord.train import event_model as training

    tune = tune_documents(args.real)
    if not tune:
        print(f"error: no tune article can be read under {args.real}", file=sys.stderr)
        return 1
    os.environ[MODEL_ENV] = "rules"  # the lexicon coder proposes the training candidates
    nlp = load_pipeline()
    fixed = training.peer_examples(args.peer) if args.peer.exists() else []
    fixed += training.article_examples(sorted((ROOT / "examples/gold").glob("*.json")))
    fixed += training.written_examples(ROOT / "src/accord/data/training/plover_sentences.yaml")
    fixed_rows = training.collect(fixed, nlp)
    article_rows = [
        training.collect([training.Example(document, events=gold.get("events", []))], nlp)
        for gold, document in tune
    ]
    folds = [fold_of(document.external_id, args.folds) for _, document in tune]
    coder = nlp.get_pipe("accord_events").run

    def score(model, held: list[int], threshold: float) -> Counts:
        coder.classify = EventClassifier(model, threshold, coder.lexicon)
        total = Counts()
        reports = analyze_documents([tune[i][1] for i in held], nlp)
        for index, report in zip(held, reports, strict=True):
            total += score_report(tune[index][0], report).events
        return total

    rules, models = Counts(), {threshold: Counts() for threshold in args.thresholds}
    for fold in range(args.folds):
        held = [i for i, f in enumerate(folds) if f == fold]
        rows = joined([fixed_rows] + [article_rows[i] for i, f in enumerate(folds) if f != fold])
        model = EventModel(training.fit(rows) | {"name": "cross-validation", "version": fold})
        rules += score(None, held, 0.0)
        for threshold in args.thresholds:
            models[threshold] += score(model, held, threshold)
    print(f"{len(tune)} tune articles in {args.folds} folds; events P / R / F1")
    print(f"  lexicon coder alone          {events_f1(rules)}")
    for threshold, counts in models.items():
        print(f"  model, out of fold, >= {threshold:.2f}  {events_f1(counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
