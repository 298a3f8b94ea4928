"""Run accord over gold files (article gold or the PLOVER peer sentences) and score it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from accord.eval.scoring import Score, plover_convention, score_report
from accord.model import Document
from accord.report import analyze_documents
from accord.resolve.actors import plover_code


class GoldError(ValueError):
    """A gold file that cannot be read."""


@dataclass
class PeerScore:
    """Type and full accuracy on PLOVER's one-sentence gold-standard records."""

    total: int = 0
    type_right: int = 0
    full_right: int = 0
    misses: list[dict] = field(default_factory=list)

    @property
    def type_accuracy(self) -> float:
        return self.type_right / self.total if self.total else 0.0

    @property
    def full_accuracy(self) -> float:
        return self.full_right / self.total if self.total else 0.0

    def as_dict(self) -> dict:
        return {
            "records": self.total,
            "type_accuracy": round(self.type_accuracy, 4),
            "full_accuracy": round(self.full_accuracy, 4),
        }


def load_gold(path: Path) -> tuple[dict, Document]:
    """Read an article gold file and the article it points to."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["text"]).read_text(encoding="utf-8")
    except (OSError, ValueError, KeyError) as error:
        raise GoldError(f"{path}: cannot read gold file ({error})") from error
    document = Document.from_text(
        text,
        outlet=gold.get("outlet"),
        published=gold.get("published"),
        external_id=gold.get("id", path.stem),
    )
    return gold, document


def score_gold_files(paths: list[Path], nlp: Language) -> tuple[Score, dict[str, Score]]:
    """Score every article gold file; return the micro-averaged total and per-file scores."""
    loaded = [load_gold(path) for path in paths]
    reports = analyze_documents([document for _, document in loaded], nlp)
    total, per_file = Score(), {}
    for (gold, document), report in zip(loaded, reports, strict=True):
        score = score_report(gold, report)
        per_file[document.external_id] = score
        total += score
    return total, per_file


def _country(actor_id: str | None, minted: dict[str, str] | None = None) -> str | None:
    """The PLOVER actor code of an id: gold ``HUN.GOV``/``IGO`` and accord's ``UN``/``HAMAS``
    are compared on the same footing (accord's organisation ids map to PLOVER's codes, and a
    group minted from the text to the country it was found in, as PLOVER codes groups)."""
    if actor_id and minted and actor_id in minted:
        return minted[actor_id]
    if actor_id and "." not in actor_id:
        return plover_code(actor_id)
    return actor_id.split(".")[0] if actor_id else None


def _countries(actors: list[dict]) -> set[str]:
    return {_country(actor["id"]) for actor in actors if actor.get("id")}


def peer_event_ok(record: dict, event, minted: dict[str, str] | None = None) -> bool:
    """Source and target countries of an event agree with the gold record's.

    Compound actors ("Hungarian and Romanian officials agreed") have no
    separate target in the gold: the event's target may then be absent or
    another of the compound's members.
    """
    sources, targets = _countries(record["source"]), _countries(record["target"])
    source, target = _country(event.source, minted), _country(event.target, minted)
    source_ok = source in sources if sources else source is None
    target_ok = target in targets if targets else target is None or target in sources
    return source_ok and target_ok


def score_peer_file(path: Path, nlp: Language) -> PeerScore:
    try:
        records = [
            json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line
        ]
    except (OSError, ValueError) as error:
        raise GoldError(f"{path}: cannot read peer records ({error})") from error
    documents = [Document.from_text(r["text"], external_id=r["id"]) for r in records]
    score = PeerScore()
    for record, report in zip(records, analyze_documents(documents, nlp), strict=True):
        typed = [
            event
            for event in report.events
            if plover_convention(event.action, event.status, event.evidence[0].trigger)
            == record["action"]
        ]
        score.total += 1
        score.type_right += bool(typed)
        minted = {actor.id: actor.country for actor in report.actors if actor.country}
        full = any(peer_event_ok(record, event, minted) for event in typed)
        score.full_right += full
        if not full:
            score.misses.append(
                {
                    "id": record["id"],
                    "gold": record["action"],
                    "predicted": [
                        f"{e.source} {e.action}/{e.status} {e.target}" for e in report.events
                    ],
                }
            )
    return score


def is_peer_file(path: Path) -> bool:
    return path.suffix == ".jsonl"
