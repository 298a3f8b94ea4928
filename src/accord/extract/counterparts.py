"""The "counterparts" extractor: the implicit other side of a two-sided event.

News about a conflict or a negotiation names the two sides once and then writes "the
rebels rejected the offer", "Kyiv accused Moscow", "the army said it had repelled an
attack", or just "X agreed" — the other side is understood. An event that takes a
counterpart (an agreement, a refusal, a demand, an attack …) and names none gets the other
side of the process its source belongs to: the most prominent of the actors it faces as
an adversary in the events whose clauses name both (its dyads). A third party (a mediator,
an outside power) has no side of its own, and a talk is often held with the mediators:
those events get the document's most prominent actor not on the source's side. A hostile
act whose clause names no doer ("three fighters were killed") gets the one side the
document shows facing its target, when there is only one. Never a
counterpart: a mediator (for anything but talks), a co-doer of the same act, or a capital
or country named only as where something happened ("talks in Doha"). An event whose
clause names a recipient the text does not resolve ("urged countries with influence to
…") keeps no target. The rule is recorded in the event's evidence, and the confidence stays
below that of a target the clause names.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from accord.data import words
from accord.extract.analysis import ActorMention, Analysis
from accord.extract.events.coded import CHARGE_DENIED
from accord.extract.events.emit import reported_confidence
from accord.extract.events.mentions import named_mediators
from accord.extract.referents import root_of
from accord.extract.side_nouns import armed_group_country
from accord.registry import extractors
from accord.resolve.actors import is_media, phrase_entry

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


#: Prepositions whose capital or country is where something happens ("talks in Doha").
VENUE_PREPS = frozenset(words("grammar", "place_prepositions"))
#: Gazetteer kinds of a name that can be a place as well as its state.
PLACE_KINDS = {"capital", "country"}
#: Types whose two actors are on opposite sides.
ADVERSARIAL = frozenset({"ASSAULT", "ACCUSE", "REJECT", "THREATEN", "COERCE", "SANCTION"})
#: Rule of an act coded between two sides its clause names ("a truce between A and B").
BETWEEN_RULE = "between"
#: Types a party does with the mediators as readily as with the other side.
TALKS = {"CONSULT"}


def is_venue(mention: ActorMention, doc: Doc) -> bool:
    """A capital or country named as where something happens ("met in Addis Ababa", "in
    Ethiopia's capital, Addis Ababa")."""
    head = doc[mention.end - 1]
    while head.dep_ in ("poss", "appos", "compound") and head.head != head:
        head = head.head  # the place phrase the name belongs to
    if head.dep_ != "pobj" or head.head.lower_ not in VENUE_PREPS:
        return False
    entry = phrase_entry(mention.text)
    return entry is not None and entry.kind in PLACE_KINDS


def prominent_actors(analysis: Analysis, doc: Doc | None = None) -> list[tuple[str, int]]:
    """Actors by how often the document names them as actors: media (listed, or minted as
    an outlet from the text) and venues left out."""
    outlets = {actor.id for actor in analysis.actors if actor.kind == "outlet"}
    counts = Counter(
        m.actor
        for m in analysis.mentions
        if m.actor
        and not is_media(m.actor)
        and m.actor not in outlets
        and not (doc is not None and is_venue(m, doc))
    )
    return counts.most_common()


def mediators(analysis: Analysis, doc: Doc | None = None) -> set[str]:
    """The sides (roots) that mediate in the document: those the text names as mediating,
    and sources of third-party events that name whom they mediate for, unless someone else
    is seen mediating for them (a misread mediation does not make a side a mediator)."""
    mediating = [e for e in analysis.events if e.mode == "third-party" and e.source and e.target]
    named = named_mediators(analysis, doc) if doc is not None else set()
    return (named | {root_of(e.source) for e in mediating}) - {root_of(e.target) for e in mediating}


def dyads(analysis: Analysis, excluded: set[str]) -> Counter[frozenset[str]]:
    """How often each pair of sides faces each other in events whose clauses name both as
    adversaries (an attack, an accusation, a refusal …) or as the two sides of one act
    ("talks between A and B", or each seen meeting the other): the two-sided relations the
    story is about. Support, talks and deals with a helper or a host, one way only, say
    nothing of sides, nor do a mediator's events."""
    pairs: Counter[frozenset[str]] = Counter()
    mutual = _mutual_pairs(analysis)
    for event in analysis.events:
        if event.mode == "third-party" or event.source is None or event.target is None:
            continue
        pair = frozenset({root_of(event.source), root_of(event.target)})
        two_sided = BETWEEN_RULE in event.evidence[0].rule or pair in mutual
        if event.action not in ADVERSARIAL and not two_sided:
            continue
        if len(pair) == 2 and not pair & excluded:
            pairs[pair] += 1
    return pairs


def _mutual_pairs(analysis: Analysis) -> set[frozenset[str]]:
    """Pairs of sides the document shows each meeting the other ("Iranian and US negotiators
    held talks"; "Togo's president received the Ghanaian delegation"), as in "talks between
    A and B". Events are unique on their roles, so the two ways may come from two sentences."""
    directed = {
        (root_of(e.source), root_of(e.target))
        for e in analysis.events
        if e.action in TALKS and e.source and e.target and e.mode != "third-party"
    }
    return {frozenset({a, b}) for a, b in directed if a != b and (b, a) in directed}


def co_sources(analysis: Analysis) -> dict[tuple, set[str]]:
    """The doers of each act (evidence sentence and trigger): "Qatar, Egypt and the US called
    for talks" is one call by three, none of them the others' counterpart."""
    doers: dict[tuple, set[str]] = {}
    for event in analysis.events:
        if event.source:
            doers.setdefault(_act_key(event), set()).add(root_of(event.source))
    return doers


def _act_key(event) -> tuple:
    evidence = event.evidence[0]
    return (evidence.sentence, evidence.start, evidence.trigger, event.action)


def counterpart(
    source: str,
    ranked: list[tuple[str, int]],
    excluded: set[str] = frozenset(),
    preferred: set[str] | None = None,
    least: int = MIN_MENTIONS,
) -> str | None:
    """The most-named actor of the most-named side other than ``source``'s and the
    ``excluded`` ones (among the ``preferred`` sides when given), when that side is named at
    least ``least`` times (a state's bodies count together)."""
    sides: Counter[str] = Counter()
    for actor, count in ranked:
        sides[root_of(actor)] += count
    for side, count in sides.most_common():
        if side == root_of(source) or side in excluded:
            continue
        if preferred is not None and side not in preferred:
            continue
        if count < least:
            return None
        return next(actor for actor, _ in ranked if root_of(actor) == side)
    return None


def faced_sides(own: str, pairs: Counter[frozenset[str]], excluded: set[str]) -> set[str]:
    """The sides the side ``own`` faces in the document's dyads, but the ``excluded``."""
    return {side for pair in pairs if own in pair for side in pair - {own}} - excluded


def other_side(
    source: str,
    action: str,
    ranked: list[tuple[str, int]],
    pairs: Counter[frozenset[str]],
    excluded: set[str],
) -> str | None:
    """The counterpart of a source: the most prominent of the sides it faces in the
    document's dyads; for a third party, or a talk, the most prominent other actor."""
    faced = faced_sides(root_of(source), pairs, excluded)
    if not faced and action in ADVERSARIAL:
        # an armed group the text sees facing no one fights its own country's state
        home = armed_group_country(source)
        named = {root_of(actor) for actor, _ in ranked}
        faced = {home} - excluded if home in named else set()
    if faced and action not in TALKS:
        # a side the source is seen facing needs no prominence to be its counterpart
        found = counterpart(source, ranked, excluded, faced, least=1)
        if found is not None:
            return found
    return counterpart(source, ranked, excluded)


def add_counterparts(analysis: Analysis, doc: Doc | None = None) -> None:
    ranked = prominent_actors(analysis, doc)
    mediating = mediators(analysis, doc)
    pairs = dyads(analysis, mediating)
    doers = co_sources(analysis)
    for index, event in enumerate(analysis.events):
        if event.source is None and event.target is not None and event.action in ADVERSARIAL:
            doer = _unnamed_doer(event.target, ranked, pairs, mediating)
            if doer is not None:
                analysis.events[index] = _with(event, source=doer)
            continue
        if event.target is not None or event.source is None or event.action not in DYADIC:
            continue
        if event.target_text is not None:
            continue  # the clause names its recipient, in words no actor resolves
        if CHARGE_DENIED in event.evidence[0].rule and event.action not in ADVERSARIAL:
            # "accused Togo of backing the rebels": a charged help goes to a third party,
            # never to the accuser (a charged attack is most often on the accuser)
            continue
        excluded = doers.get(_act_key(event), set()) - {root_of(event.source)}
        if event.action not in TALKS:
            excluded |= mediating
        other = other_side(event.source, event.action, ranked, pairs, excluded)
        if other is None:
            continue
        if event.action == "ASSAULT" and other.endswith(".GOV"):
            other = root_of(other)  # an attack hits the other side's country, not its cabinet
        analysis.events[index] = _with(event, target=other)


def _unnamed_doer(
    target: str, ranked: list[tuple[str, int]], pairs: Counter[frozenset[str]], excluded: set[str]
) -> str | None:
    """Who did a hostile act the clause names no doer of ("three militants were killed",
    "the town was seized"): the one side the document shows facing the target, if only one."""
    faced = faced_sides(root_of(target), pairs, excluded)
    if len(faced) != 1:
        return None
    return counterpart(target, ranked, excluded, faced, least=1)


def _with(event, **roles):
    """The event with a counterpart filled in, the rule recorded in its evidence."""
    evidence = [e.model_copy(update={"rule": f"{e.rule}+{RULE}"}) for e in event.evidence]
    confidence = reported_confidence(event.confidence + 0.05)
    return event.model_copy(update={**roles, "evidence": evidence, "confidence": confidence})


@extractors.register("counterparts")
def make_counterparts_extractor(nlp):
    def extract(doc: Doc) -> None:
        add_counterparts(doc._.accord, doc)

    return extract
