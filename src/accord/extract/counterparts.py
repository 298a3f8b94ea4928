"""The "counterparts" extractor: the implicit other side of a two-sided event.

News about a conflict or a negotiation names the two sides once and then writes "the
rebels rejected the offer", "Kyiv accused Moscow", "the army said it had repelled an
attack", or just "X agreed" — the other side is understood. An event that takes a
counterpart (an agreement, a refusal, a demand, an attack …) and names none gets the
document's most prominent actor that is not on the source's own side, when that actor
is clearly prominent. The rule is recorded in the event's evidence, and the confidence
stays below that of a target the clause names.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from accord.extract.analysis import Analysis
from accord.extract.referents import root_of
from accord.registry import extractors
from accord.resolve.actors import is_media

#: Event types that always have another side; domestic types (PROTEST, MOBILIZE) do not.
DYADIC = frozenset(
    {
        "AGREE",
        "CONSULT",
        "REJECT",
        "REQUEST",
        "ACCUSE",
        "THREATEN",
        "ASSAULT",
        "COERCE",
        "SANCTION",
        "CONCEDE",
        "RETREAT",
        "COOPERATE",
        "SUPPORT",
        "AID",
    }
)
RULE = "events.target.counterpart"
#: how often an actor must be named to count as a side of the story
MIN_MENTIONS = 2


def prominent_actors(analysis: Analysis) -> list[tuple[str, int]]:
    """Actors by how often the document names them, media left out."""
    counts = Counter(m.actor for m in analysis.mentions if m.actor and not is_media(m.actor))
    return counts.most_common()


def counterpart(source: str, ranked: list[tuple[str, int]]) -> str | None:
    """The most-named actor of the most-named side other than ``source``'s, when that side
    is named at least :data:`MIN_MENTIONS` times (a state's bodies count together)."""
    sides: Counter[str] = Counter()
    for actor, count in ranked:
        sides[root_of(actor)] += count
    for side, count in sides.most_common():
        if side == root_of(source):
            continue
        if count < MIN_MENTIONS:
            return None
        return next(actor for actor, _ in ranked if root_of(actor) == side)
    return None


def add_counterparts(analysis: Analysis) -> None:
    ranked = prominent_actors(analysis)
    for index, event in enumerate(analysis.events):
        if event.target is not None or event.source is None or event.action not in DYADIC:
            continue
        other = counterpart(event.source, ranked)
        if other is None:
            continue
        if event.action == "ASSAULT" and other.endswith(".GOV"):
            other = root_of(other)  # an attack hits the other side's country, not its cabinet
        evidence = [e.model_copy(update={"rule": f"{e.rule}+{RULE}"}) for e in event.evidence]
        analysis.events[index] = event.model_copy(
            update={"target": other, "evidence": evidence, "confidence": event.confidence + 0.05}
        )


@extractors.register("counterparts")
def make_counterparts_extractor(nlp):
    def extract(doc: Doc) -> None:
        add_counterparts(doc._.accord)

    return extract
