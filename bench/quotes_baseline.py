"""accord's quotes side by side with textacy's ``direct_quotations`` on the same gold.

For each gold file (the shared seed gold plus ``examples/gold/*.json``) this prints,
for direct quotes, the recall and precision of both extractors, and accord's
coverage of the indirect and mixed quotes a direct-quote extractor cannot see.

A direct quote is found when the extractor's content contains the gold ``starts``
(text normalised as in the gold README). The baseline's speakers are token spans,
not actor ids, so both extractors are scored on content alone here; ``accord
eval`` scores accord with speakers too. textacy refuses a whole article when its
quotation marks do not pair up: that article counts as no output, as a user
would see it.

Usage: ``.venv/bin/python bench/quotes_baseline.py [gold.json ...]``
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = [ROOT.parent / "shared" / "gold" / "rafah-talks.json"] + sorted(
    (ROOT / "examples" / "gold").glob("*.json")
)


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0


def is_direct(gold_quote: dict) -> bool:
    kind = gold_quote.get("kind")
    kinds = kind if isinstance(kind, list) else [kind]
    return kinds == ["direct"]


def score(gold_quotes: list[dict], contents: list[str], normalise) -> Tally:
    """Recall over required gold quotes; precision over predictions matching any gold."""
    starts = [normalise(item["starts"]) for item in gold_quotes]
    required = [s for s, item in zip(starts, gold_quotes, strict=True) if not item.get("optional")]
    texts = [normalise(content) for content in contents]
    return Tally(
        gold=len(required),
        found=sum(1 for start in required if any(start in text for text in texts)),
        predicted=len(texts),
        correct=sum(1 for text in texts if any(start in text for start in starts)),
    )


def textacy_contents(nlp, text: str) -> tuple[list[str], bool]:
    """textacy's direct quotations; (nothing, True) when it refuses the article."""
    from textacy.extract.triples import direct_quotations

    doc = nlp(text)
    try:
        triples = list(direct_quotations(doc))
        return [_span_text(triple.content) for triple in triples], False
    except ValueError:
        return [], True


def _span_text(tokens) -> str:
    return " ".join(token.text for token in tokens)


def main(paths: list[Path]) -> None:
    import spacy

    from accord.config import DEFAULT_MODEL
    from accord.eval.runner import load_gold
    from accord.eval.scoring import normalise
    from accord.nlp.pipeline import load_pipeline
    from accord.report import analyze_documents

    plain = spacy.load(DEFAULT_MODEL)
    pipeline = load_pipeline()
    rows = []
    totals = {"textacy": Tally(), "accord": Tally(), "indirect": Tally(), "refused": 0}
    for path in paths:
        gold, document = load_gold(path)
        quotes = gold.get("quotes", [])
        if not quotes:
            continue  # off-topic controls: no quotes to find; `accord eval` scores them
        direct = [q for q in quotes if is_direct(q)]
        reported = [q for q in quotes if not is_direct(q)]
        baseline, refused = textacy_contents(plain, document.text)
        report = next(analyze_documents([document], pipeline))
        ours_direct = [q.content for q in report.quotes if q.kind == "direct"]
        ours_all = [q.content for q in report.quotes]
        tallies = {
            "textacy": score(direct, baseline, normalise),
            "accord": score(direct, ours_direct, normalise),
            "indirect": score(reported, ours_all, normalise),
        }
        textacy_indirect = score(reported, baseline, normalise)
        for name, tally in tallies.items():
            totals[name].add(tally)
        totals["refused"] += int(refused)
        rows.append((path.stem, tallies, textacy_indirect.found, refused))
    print_table(rows, totals)


def print_table(rows, totals) -> None:
    header = (
        f"{'gold file':42} {'direct':>6} {'textacy R/P':>13} {'accord R/P':>13} "
        f"{'reported':>8} {'textacy':>7} {'accord':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, tallies, textacy_reported, refused in rows:
        print(_row(name + (" (textacy raised)" if refused else ""), tallies, textacy_reported))
    print("-" * len(header))
    total_tallies = {k: totals[k] for k in ("textacy", "accord", "indirect")}
    label = f"articles with quotes ({totals['refused']} refused by textacy)"
    print(_row(label, total_tallies, 0, total=True))


def _row(name: str, tallies: dict, textacy_reported: int, total: bool = False) -> str:
    textacy, accord, indirect = tallies["textacy"], tallies["accord"], tallies["indirect"]
    return (
        f"{name[:42]:42} {textacy.gold:>6} "
        f"{textacy.recall:>6.2f}/{textacy.precision:<6.2f} "
        f"{accord.recall:>6.2f}/{accord.precision:<6.2f} "
        f"{indirect.gold:>8} {'-' if total else textacy_reported:>7} {indirect.found:>7}"
    )


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]] or DEFAULT_GOLD)
