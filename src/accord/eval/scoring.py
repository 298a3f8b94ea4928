"""Score a report against a gold file, exactly by the rules in ``shared/gold/README.md``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from accord.data import load_data
from accord.eval.matching import Counts, match
from accord.model import Report

#: PLOVER codes promised cooperation as AGREE and an announced retreat as
#: CONCEDE; accord codes the action and puts intent in the status. For planned
#: or hypothetical events both codings are accepted.
PROMISED_AS_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
INTENT = {"planned", "hypothetical"}
#: A signing that occurred: accord's AGREE (the annotators' reading), PLOVER's SUPPORT.
SIGNING_TRIGGERS = frozenset(load_data("events/grammar")["signing_triggers"])

_QUOTE_MARKS = "\"'“”‘’«»„‟‹›`´"


def normalise(text: str | None) -> str:
    """Lower case, quote marks and punctuation removed, white space collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate({ord(mark): None for mark in _QUOTE_MARKS})
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def as_options(value) -> list:
    """Gold fields may be a list of accepted values."""
    return value if isinstance(value, list) else [value]


def plover_convention(action: str, status: str | None, trigger: str | None = None) -> str:
    """The action PLOVER itself would code (used for the peer set and export): promised
    cooperation is AGREE, an announced retreat CONCEDE, and signing an agreement SUPPORT."""
    if action == "AGREE" and status == "occurred" and (trigger or "").lower() in SIGNING_TRIGGERS:
        return "SUPPORT"
    if status in INTENT and action in PROMISED_AS_AGREE:
        return "AGREE"
    if status == "planned" and action == "RETREAT":
        return "CONCEDE"
    return action


def _action_matches(gold: dict, action: str, status: str | None) -> bool:
    accepted = set(as_options(gold["action"]))
    if action in accepted:
        return True
    gold_status = set(as_options(gold.get("status")))
    if (gold_status | {status}) & INTENT:
        # Each side is converted with its own status: a gold COOPERATE that occurred is
        # not PLOVER's AGREE just because the prediction is hypothetical.
        converted = accepted | {plover_convention(a, s) for a in accepted for s in gold_status}
        return plover_convention(action, status) in converted or action in converted
    return False


def event_matches(gold: dict, event) -> bool:
    if not _action_matches(gold, event.action, event.status):
        return False
    sources, targets = as_options(gold["source"]), as_options(gold.get("target"))
    if event.source in sources and event.target in targets:
        return True
    return bool(gold.get("symmetric")) and event.target in sources and event.source in targets


def _surname(name: str) -> str:
    words = normalise(name).split()
    return words[-1] if words else ""


def quote_matches(gold: dict, quote) -> bool:
    if normalise(gold["starts"]) not in normalise(quote.content):
        return False
    if gold.get("anonymous") or gold.get("institution"):
        return quote.speaker_actor in as_options(gold["speaker_actor"])
    # a list gives the spellings the article uses for one speaker ("Rahmon", "Rakhmon")
    words = normalise(quote.speaker).split()
    return any(_surname(name) in words for name in as_options(gold["speaker"]) if name)


def stance_matches(gold: dict, stance) -> bool:
    return stance.party in as_options(gold["party"]) and stance.stance in as_options(gold["stance"])


def contradiction_matches(gold: dict, contradiction) -> bool:
    gold_pair = (as_options(gold["a"]["by"]), as_options(gold["b"]["by"]))
    a, b = contradiction.a.by, contradiction.b.by
    return (a in gold_pair[0] and b in gold_pair[1]) or (b in gold_pair[0] and a in gold_pair[1])


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def __iadd__(self, other: Accuracy) -> Accuracy:
        self.right += other.right
        self.total += other.total
        return self

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def as_dict(self) -> dict:
        return {"right": self.right, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass
class EventLocation:
    """Where the gold events that say where they are stated (``at``) were lost: matched;
    an event of their type in their sentence, with other roles; only events of other types
    there; no event in their sentence at all. It tells detection from typing from roles."""

    matched: int = 0
    roles: int = 0
    type: int = 0
    nothing: int = 0

    def __iadd__(self, other: EventLocation) -> EventLocation:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass
class Score:
    """Counts for one or many gold files; ``+=`` aggregates (micro-average)."""

    events: Counts = field(default_factory=Counts)
    events_strict: Counts = field(default_factory=Counts)
    status: Accuracy = field(default_factory=Accuracy)
    event_location: EventLocation = field(default_factory=EventLocation)
    quotes: Counts = field(default_factory=Counts)
    quote_kind: Accuracy = field(default_factory=Accuracy)
    quote_via: Accuracy = field(default_factory=Accuracy)
    stances: Counts = field(default_factory=Counts)
    contradictions: Counts = field(default_factory=Counts)
    framing: Counts = field(default_factory=Counts)
    framing_in_quotes: int = 0

    def __iadd__(self, other: Score) -> Score:
        for name in self.__dataclass_fields__:
            mine = getattr(self, name)
            if isinstance(mine, int):
                setattr(self, name, mine + getattr(other, name))
            else:
                mine += getattr(other, name)
        return self

    def as_dict(self) -> dict:
        return {
            "events": self.events.as_dict(),
            "events_strict": self.events_strict.as_dict(),
            "status_accuracy": self.status.as_dict(),
            "event_location": self.event_location.as_dict(),
            "quotes": self.quotes.as_dict(),
            "quote_kind_accuracy": self.quote_kind.as_dict(),
            "quote_via_accuracy": self.quote_via.as_dict(),
            "stances": self.stances.as_dict(),
            "contradictions": self.contradictions.as_dict(),
            "framing": {
                **{k: v for k, v in self.framing.as_dict().items() if k in ("tp", "fn")},
                "recall": round(self.framing.recall, 4),
                "outlet_markers_inside_quotes": self.framing_in_quotes,
            },
        }


def unique_events(events: Iterable) -> list:
    seen, unique = set(), []
    for event in events:
        key = (event.source, event.action, event.target, event.status)
        if key not in seen:
            seen.add(key)
            unique.append(event)
    return unique


def locate_events(gold_events: list[dict], events: list, matched: set[int]) -> EventLocation:
    """Sort the required gold events that carry their offset (``at``) by what accord coded in
    their sentence (an event's evidence is its sentence): see :class:`EventLocation`."""
    location = EventLocation()
    for index, gold in enumerate(gold_events):
        if gold.get("optional") or gold.get("at") is None:
            continue
        if index in matched:
            location.matched += 1
            continue
        there = [
            e
            for e in events
            if any(evidence.start <= gold["at"] < evidence.end for evidence in e.evidence)
        ]
        if any(_action_matches(gold, e.action, e.status) for e in there):
            location.roles += 1
        elif there:
            location.type += 1
        else:
            location.nothing += 1
    return location


def _normalised_via(value) -> str:
    return normalise(value).replace(" ", "") if value else ""


def _same_status(gold: dict, event) -> bool:
    return event.status in as_options(gold.get("status"))


def score_report(gold: dict, report: Report) -> Score:
    score = Score()
    events = unique_events(report.events)
    gold_events = gold.get("events", [])
    pairs, score.events = match(gold_events, events, event_matches, prefer=_same_status)
    for g, p in pairs.items():
        if not gold_events[g].get("optional"):
            score.status.add(_same_status(gold_events[g], events[p]))
    _, score.events_strict = match(
        gold_events,
        events,
        lambda g, e: event_matches(g, e) and e.status in as_options(g.get("status")),
    )
    score.event_location = locate_events(gold_events, events, set(pairs))

    gold_quotes = gold.get("quotes", [])
    pairs, score.quotes = match(gold_quotes, report.quotes, quote_matches)
    for g, p in pairs.items():
        if gold_quotes[g].get("optional"):
            continue
        quote = report.quotes[p]
        score.quote_kind.add(quote.kind in as_options(gold_quotes[g].get("kind")))
        gold_via = {_normalised_via(v) for v in as_options(gold_quotes[g].get("via"))}
        score.quote_via.add(_normalised_via(quote.via) in gold_via)

    _, score.stances = match(gold.get("stances", []), report.stances, stance_matches)
    _, score.contradictions = match(
        gold.get("contradictions", []), report.contradictions, contradiction_matches
    )

    outlet_terms = [normalise(m.term) for m in report.framing if m.voice == "outlet"]
    for item in gold.get("framing", []):
        if item.get("optional"):
            continue
        term = normalise(item["term"])
        found = any(term in predicted for predicted in outlet_terms)
        score.framing += Counts(tp=int(found), fn=int(not found))
    score.framing_in_quotes = sum(
        1
        for marker in report.framing
        if marker.voice == "outlet"
        and any(start <= marker.evidence[0].start < end for start, end in _quote_ranges(report))
        if marker.evidence
    )
    return score


def _quote_ranges(report: Report) -> list[tuple[int, int]]:
    return [
        (quote.content_span.start, quote.content_span.end)
        for quote in report.quotes
        if quote.kind == "direct" and quote.content_span is not None
    ]
