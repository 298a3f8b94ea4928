"""The "mediations" extractor: a mediator's meetings with the sides it mediates between.

PLOVER codes mediation as CONSULT (the mediate mode): the go-between consults each side.
The event coder finds it where a verb or noun of mediation names the mediator and the
talks ("Norway mediated the talks between A and B"). The stances reader finds many more
mediators, in wordings no event trigger covers: "who served as chief mediator", "under the
mediation of X", "talks co-chaired by X", the third party a side briefs. The state the talks
are held in, a mediator on the board by the venue alone, is seen meeting no one; nor is a
mediator whose own sentence codes what it did ("urged both sides to …" is a demand).
A mediator the stances show, whom no event of the document shows meeting anyone, gets
one CONSULT with the most prominent side of the talks it mediates: of the sides the
document shows facing each other, else of the parties whose stances it reports. The event
carries the stance's evidence and its own rule.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from accord.config import Settings
from accord.extract.analysis import Analysis
from accord.extract.counterparts import dyads, mediators, prominent_actors
from accord.extract.events.classifier import active_threshold
from accord.extract.events.emit import reported_confidence
from accord.extract.referents import root_of
from accord.extract.stances.reader import HOST_VENUE_RULE
from accord.model import Event, Stance
from accord.registry import extractors

RULE = "events.mediation.stance"
#: stances that seat a party at the table as one of its sides
SIDE_STANCES = frozenset(
    {"attending", "accepted", "rejected", "proposed", "reservations", "withdrew"}
)
#: How sure a meeting read from a mediating stance is: about the share of the stances
#: reader's mediators the real set's gold confirms (0.88 on the tune split, 0.74 on the
#: blind one). Below the events threshold in force, none is added.
CONFIDENCE = 0.8


def add_mediations(analysis: Analysis, doc: Doc | None = None, threshold: float = 0.0) -> None:
    """One meeting for each go-between no CONSULT event involves yet, with a side of the
    talks it mediates (never with a fellow mediator)."""
    go_betweens = {s.party for s in analysis.stances if s.stance == "mediating"}
    if not go_betweens or active_threshold(threshold) > CONFIDENCE:
        return
    excluded = {root_of(party) for party in go_betweens} | mediators(analysis, doc)
    ranked = prominent_actors(analysis, doc)
    consulting = {
        root_of(actor)
        for e in analysis.events
        if e.action == "CONSULT"
        for actor in (e.source, e.target)
    }
    for stance in analysis.stances:
        side = root_of(stance.party)
        if stance.stance != "mediating" or side in consulting or not stance.evidence:
            continue
        if stance.evidence[0].rule == HOST_VENUE_RULE:
            continue  # the state talks are held in, read from the venue: no meeting is seen
        if _coded_there(analysis, side, stance.evidence[0].sentence):
            continue  # "urged both sides to …": its sentence says what it did, a demand
        other = _mediated_side(analysis, ranked, excluded)
        if other is None:
            continue
        analysis.events.append(
            meeting_from_stance(analysis, stance, other, RULE, CONFIDENCE, mode="third-party")
        )
        consulting.add(side)


def _coded_there(analysis: Analysis, side: str, sentence: int) -> bool:
    """Whether an event of the sentence has the side as its doer."""
    return any(
        root_of(e.source) == side and e.evidence[0].sentence == sentence for e in analysis.events
    )


def _mediated_side(
    analysis: Analysis, ranked: list[tuple[str, int]], mediating: set[str]
) -> str | None:
    """The side the mediator meets: the one the document shows meeting the other mediators
    most often (in indirect talks the go-betweens shuttle to one side), else the most
    prominent (``ranked``) of the pair it shows facing each other (mediators left out), else
    of the parties its stances seat."""
    prominence = {actor: index for index, (actor, _) in enumerate(ranked)}
    met = Counter(
        side
        for e in analysis.events
        if e.action == "CONSULT" and e.status != "denied" and e.source and e.target
        for side, other in ((e.source, e.target), (e.target, e.source))
        if root_of(other) in mediating and root_of(side) not in mediating
    )
    if met:
        return min(met, key=lambda side: (-met[side], prominence.get(side, len(ranked))))
    pairs = dyads(analysis, mediating)
    if pairs:
        (pair, _), *_ = pairs.most_common(1)
        for actor, _ in ranked:
            if root_of(actor) in pair:
                return actor
    seated = Counter(
        s.party
        for s in analysis.stances
        if s.stance in SIDE_STANCES and root_of(s.party) not in mediating
    )
    return seated.most_common(1)[0][0] if seated else None


def meeting_from_stance(
    analysis: Analysis,
    stance: Stance,
    other: str,
    rule: str,
    confidence: float,
    mode: str | None = None,
) -> Event:
    """The CONSULT of the stance's party with ``other``, read from the stance: its first
    evidence under ``rule``, its date, and the voice of the quote it sits in, if any."""
    evidence = [e.model_copy(update={"rule": rule}) for e in stance.evidence[:1]]
    return Event(
        id=analysis.next_id("e"),
        source=stance.party,
        action="CONSULT",
        target=other,
        mode=mode,
        voice=analysis.quote_at(evidence[0].start) or "narrated",  # a speaker's, if quoted
        date=stance.date,
        confidence=reported_confidence(confidence),
        evidence=evidence,
    )


@extractors.register("mediations")
def make_mediations_extractor(nlp):
    threshold = Settings.load().event_threshold

    def extract(doc: Doc) -> None:
        add_mediations(doc._.accord, doc, threshold)

    return extract
