"""Write the example corpus as JSONL (id, text, outlet, published) from the gold files.

The articles are plain text; their outlet and publication date live in the gold
files, so the demo and the tests build the corpus from both instead of keeping
a second copy of every article.
Usage: python scripts/examples_to_jsonl.py OUT.jsonl [--with-offtopic]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def example_rows(with_offtopic: bool = False):
    for gold_path in sorted((EXAMPLES / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = (gold_path.parent / gold["text"]).resolve()
        if article.parent.name == "offtopic" and not with_offtopic:
            continue
        yield {
            "id": gold.get("id", gold_path.stem),
            "text": article.read_text(encoding="utf-8"),
            "outlet": gold.get("outlet"),
            "published": gold.get("published"),
        }


def main(argv: list[str]) -> None:
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in example_rows(with_offtopic="--with-offtopic" in argv):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
