"""Build the shipped event classifier (``make model``): see ``accord.train.event_model``.

Reads only what is in the repo and ``../shared`` (plus ``eval/real``'s tune split when its
texts are present), with a fixed seed, and writes the model into the package.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from accord.config import Settings
    from accord.extract.events.classifier import MODEL_ENV, shipped_model_path
    from accord.nlp.pipeline import load_pipeline
    from accord.train.event_model import SEED, build, save

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=shipped_model_path())
    parser.add_argument(
        "--peer", type=Path, default=ROOT.parent / "shared/peer/plover-gsr-dev.jsonl"
    )
    parser.add_argument("--gold", type=Path, default=ROOT / "examples/gold")
    parser.add_argument(
        "--written", type=Path, default=ROOT / "src/accord/data/training/plover_sentences.yaml"
    )
    parser.add_argument("--real", type=Path, default=ROOT / "eval/real")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    for required in (args.peer, args.gold, args.written):
        if not required.exists():
            print(f"error: training input {required} is missing", file=sys.stderr)
            return 1
    os.environ[MODEL_ENV] = "rules"  # the lexicon coder proposes; no model is needed to train one
    nlp = load_pipeline(Settings.load().model)
    bundle = build(
        peer=args.peer,
        gold=sorted(args.gold.glob("*.json")),
        written=args.written,
        real=args.real if (args.real / "texts").is_dir() else None,
        root=ROOT,
        nlp=nlp,
        seed=args.seed,
    )
    save(bundle, args.out)
    size = args.out.stat().st_size / 1e6
    print(
        f"{bundle['name']}@{bundle['version']}: {bundle['examples']} texts, "
        f"{bundle['candidates']} candidates {bundle['labels']}, {size:.2f} MB → {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
