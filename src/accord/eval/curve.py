"""The events precision/recall curve over the classifier's threshold.

The articles are analysed once with every candidate kept (threshold 0, for this run only);
each threshold then keeps the events whose calibrated probability reaches it, and the events
are scored as ``accord eval`` scores them. Events the lexicon coder kept with no model are
kept throughout.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from accord.eval.matching import Counts
from accord.eval.realset import usable_articles
from accord.eval.runner import load_gold
from accord.eval.scoring import score_report
from accord.extract.events.classifier import threshold_override
from accord.model import Document, Report
from accord.report import analyze_documents

THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class CurvePoint:
    threshold: float
    precision: float
    recall: float
    f1: float
    events: int

    def as_dict(self) -> dict:
        return {
            "threshold": self.threshold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "events": self.events,
        }


def _kept(report: Report, threshold: float) -> Report:
    events = [
        event
        for event in report.events
        if not event.evidence[0].rule.startswith("model.") or event.confidence >= threshold
    ]
    return report.model_copy(update={"events": events})


def events_curve(
    scored: list[tuple[dict, Report]], thresholds: tuple[float, ...] = THRESHOLDS
) -> list[CurvePoint]:
    """Events precision, recall and F1 at each threshold, over (gold, report) pairs analysed
    with threshold 0."""
    points = []
    for threshold in thresholds:
        total, kept = Counts(), 0
        for gold, report in scored:
            filtered = _kept(report, threshold)
            total += score_report(gold, filtered).events
            kept += len(filtered.events)
        points.append(CurvePoint(threshold, total.precision, total.recall, total.f1, kept))
    return points


def analysed(loaded: list[tuple[dict, Document]], nlp: Language) -> list[tuple[dict, Report]]:
    """Each gold beside the report for its document, every candidate event kept."""
    with threshold_override(0.0):
        reports = list(analyze_documents([document for _, document in loaded], nlp))
    return [(gold, report) for (gold, _), report in zip(loaded, reports, strict=True)]


def curve_for(
    articles: list[Path], manifests: list[Path], split: str, nlp: Language, warn
) -> list[dict]:
    """The curve over article gold files and the chosen split of real sets; ``warn`` gets one
    line for each real article that cannot be scored."""
    loaded = [load_gold(path) for path in articles]
    for manifest in manifests:
        usable, problems = usable_articles(manifest, split)
        for problem in problems:
            warn(problem)
        loaded += [article.load() for article in usable]
    return [point.as_dict() for point in events_curve(analysed(loaded, nlp))]
