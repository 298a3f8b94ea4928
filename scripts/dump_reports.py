"""Dump the ``accord analyze --json`` report of the seed and every example into a folder.

A behaviour-preserving change (a refactor, a speed-up) is checked by dumping
before and after and comparing the two folders byte for byte (``diff -r``).
One pipeline is loaded for all the articles, as the CLI does for a .jsonl input.
Each article gets the outlet and publication date its gold file gives.

    python scripts/dump_reports.py OUT_DIR [SHARED_DIR]

SHARED_DIR holds seed/ and gold/ (default: ../shared beside the checkout).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def articles(shared: Path) -> list[tuple[Path, Path]]:
    """(text, gold) pairs: the seed, then every example article and off-topic story."""
    pairs = [(shared / "seed" / "rafah-talks.txt", shared / "gold" / "rafah-talks.json")]
    for folder in ("articles", "offtopic"):
        for text in sorted((EXAMPLES / folder).glob("*.txt")):
            pairs.append((text, EXAMPLES / "gold" / f"{text.stem}.json"))
    return pairs


def main(out_dir: str, shared_dir: str) -> None:
    from accord.config import Settings
    from accord.model import Document
    from accord.nlp.pipeline import load_pipeline
    from accord.report import analyze_documents

    pairs = articles(Path(shared_dir))
    missing = [str(path) for pair in pairs for path in pair if not path.is_file()]
    if missing:
        raise SystemExit(f"missing input: {', '.join(missing)}")
    documents = []
    for text, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        documents.append(
            Document.from_text(
                text.read_text(encoding="utf-8"),
                outlet=gold.get("outlet"),
                published=gold.get("published"),
            )
        )
    nlp = load_pipeline(Settings.load().model)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for (text, _), report in zip(pairs, analyze_documents(documents, nlp), strict=True):
        # model_dump_json is exactly what `accord analyze --json` prints; re-indent it
        # (keeping the model's own key order) so a difference shows as a readable diff.
        body = json.loads(report.model_dump_json())
        (out / f"{text.stem}.json").write_text(
            json.dumps(body, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    print(f"{len(pairs)} reports written to {out}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else str(ROOT.parent / "shared"))
