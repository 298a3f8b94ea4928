"""From a coded event to :class:`accord.model.Event` records: recipients by default (the
proposer answered, the home country of a domestic act), ultimatums, symmetric pairs, one
record per source and target, with voice, place, date and evidence."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from accord.data import words
from accord.extract.analysis import ActorMention, Analysis, evidence_for
from accord.extract.events.answers import (
    ANSWERS,
    BARE_ANSWERS,
    answers_proposal,
    bare_answer,
    claimant,
    find_proposer,
    owned_proposal,
)
from accord.extract.events.coded import UNKNOWN, Coded
from accord.extract.events.context import (
    in_dateline,
    is_speaker,
    noun_sector,
    quote_of,
    trailing_speaker,
)
from accord.extract.events.grammar import Grammar
from accord.extract.events.mediated import is_recent_talks, sides_of_recent_talks
from accord.extract.events.mentions import actor_of, mention_text, named_actors, unique_actors
from accord.extract.events.places import event_date, event_place
from accord.extract.events.status import Status, conditioned_party, ultimatum
from accord.extract.events.syntax import (
    asked_party,
    clause_subject,
    has_reciprocal_object,
    object_doer,
)
from accord.extract.referents import root_of
from accord.model import Event
from accord.nlp.prepositions import prepositions_of
from accord.resolve.actors import (
    country_of,
    is_listed_party,
    is_media,
    phrase_entry,
    says_ethnic,
    sector_of,
)
from accord.resolve.candidates import organisation_kinds

#: The type that, with no recipient named, acts on a government at home: a protest targets
#: the government where it happens. Other types with no recipient named are done to the
#: other side, which the counterparts extractor supplies: a concession ("open to
#: compromise"), and a coercive act as well ("seized two tankers", "imposed restrictions on
#: the exchanges": the doer's own country is its recipient only where the clause says so,
#: "arrested 40 protesters").
PROTEST = "PROTEST"
#: Hostile types: conditioned on "if …" they are threats ("may halt mediation if …").
CONFLICT = {"SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROTEST"}
#: Types whose recipient can be a news outlet ("closed the broadcaster's office").
HOSTILE_TO_OUTLETS = {"ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT"}
#: Types a state carries out with its armed forces: "Israel launched strikes" is the
#: Israeli military's act, and what it strikes is the country, not its government.
ARMED = {"ASSAULT", "MOBILIZE"}
#: Types whose doers act on a thing side by side when the clause names one ("shelled the
#: town", "rejected the plan"), not on each other; what two parties sign or restore ("a
#: deal", "ties") they do with each other.
ACTS_ON_A_THING = ARMED | {"REJECT"}
#: Prepositions by which an act noun names what it is done to ("strikes on", "raids against").
STRUCK_PREPS = frozenset({"on", "against"})
#: Types whose act addressed to several parties at once is one act, coded once with the
#: first of them: "urged both sides" is one demand, "welcomed the two leaders' commitment"
#: one word of support (a meeting or a call with each of them is one encounter each).
JOINT_ADDRESS = {"REQUEST", "SUPPORT"}
#: RETREAT's mode for giving up captives ("released", "freed", "handed over", "swapped").
RELEASE = "release"
#: Prepositions by which a noun phrase places its people in several countries ("officials
#: from Ghana and Togo", "the governments of A and B").
PLACED_PREPS = frozenset({"of", "from", "in"})
#: Types whose doers done jointly do them with each other ("joint talks").
MEETING = {"AGREE", "CONSULT", "COOPERATE"}
#: Types whose recipient is never the doer's own side: "Ghana agreed to withdraw its
#: troops" agrees nothing with the troops, and a state asking or backing its own bodies is
#: its own business, not a relation between the sides (hostile acts on one's own people,
#: a crackdown, keep their target).
OTHER_SIDE_ONLY = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "REQUEST"}
#: Sectors of a state's executive (None: the state itself).
EXECUTIVE_SECTORS = {None, "GOV", "MIL", "DIP", "COP", "SPY"}
#: Modifiers that make several doers allies in one act ("a joint offensive").
JOINT_MARKS = frozenset(words("grammar", "joint_marks"))
#: Gazetteer kinds that name a state itself ("Israel", "Moscow", "Israeli strikes"), not one
#: of its bodies or people.
STATE_NAMES = {"country", "capital", "demonym"}


def _joint(trigger: Token) -> bool:
    """A trigger its doers do together ("a joint offensive", "jointly attacked"): they are
    allies in it, not each other's counterparts."""
    return any(c.lower_ in JOINT_MARKS for c in trigger.children if c.dep_ in ("amod", "advmod"))


def _addressees(verb: Token, analysis: Analysis) -> set[str]:
    """The actors a verb's object names itself ("urged the army", "urged both parties"), not
    those inside what it asks for ("demanded a pullout of Moldovan troops")."""
    return {
        actor_of(item)
        for child in verb.children
        if child.dep_ in ("dobj", "dative")
        for item in named_actors(child, analysis)
    }


def _addressed_state(actor: str | None) -> str | None:
    """The government a demand on a state's forces or on the state as a people ("the
    Israelis should …") is addressed to (UKR.MIL → UKR.GOV, ISR → ISR.GOV)."""
    if actor and actor.endswith(".MIL"):
        return actor.removesuffix(".MIL") + ".GOV"
    if actor and country_of(actor) == actor:
        return actor + ".GOV"
    return actor


def _outlet(item, relays: set[str]) -> bool:
    """A news outlet: listed or minted as one, or an unlisted name the article shows
    relaying statements. A state or a listed organisation stays itself even as a relay:
    one misread "citing" must not turn a party into a newspaper for the whole article."""
    actor = actor_of(item)
    return is_media(actor) or (actor in relays and not is_listed_party(actor))


class Emitter:
    """Turns coded events into the analysis' events."""

    def __init__(self, grammar: Grammar, status: Status, unnamed_doers: bool = True) -> None:
        self.grammar = grammar
        self.status = status
        #: keep events whose doer the text does not name ("a roadside bomb killed four"),
        #: with no source (the ``unnamed_doers`` setting)
        self.unnamed_doers = unnamed_doers

    def _fight_between(self, anchor: Token) -> bool:
        """The clause's subject is a fight between sides ("Clashes between A and B killed
        five people"): they fight each other, whoever the verb says was harmed."""
        return any(
            child.dep_ == "nsubj"
            and child.lemma_.lower() in self.grammar.mutual_fights
            and prepositions_of(child, "between")
            for child in anchor.children
        )

    def __call__(self, doc: Doc, analysis: Analysis, coded: Coded) -> None:
        # a dateline's cities are places, not actors; the speaker of the quote an event sits
        # in is not its recipient ("…, in raids in Nablus, the IDF said" misparsed)
        quote = quote_of(analysis, coded.trigger)
        # a news outlet (a listed one, or one the article shows relaying statements) reports:
        # it neither acts nor is met or answered ("mediated by A, B and C, the <Paper>
        # reported" misparsed), though it can be attacked, coerced or accused
        relays = {q.via for q in analysis.quotes if q.via}
        coded.sources = [
            s for s in coded.sources if not in_dateline(s, doc) and not _outlet(s, relays)
        ]
        coded.targets = [
            t
            for t in coded.targets
            if not in_dateline(t, doc)
            and not is_speaker(t, quote, doc)
            and (coded.action in HOSTILE_TO_OUTLETS or not _outlet(t, relays))
        ]
        if quote is None and coded.targets:
            speaker = trailing_speaker(coded.trigger, self.grammar.speech)
            if speaker is not None:
                coded.targets = [
                    t
                    for t in coded.targets
                    if not isinstance(t, ActorMention) or not speaker[0] <= t.start < speaker[1]
                ]
        if coded.action in ARMED:
            coded.sources = [_armed_forces(item) for item in coded.sources]
            coded.targets = [_the_country(item) for item in coded.targets]
        elif coded.action == "COERCE" and _done_to_a_vessel(coded.trigger, self.grammar.vessels):
            # "boarded a Togolese fishing boat": a ship is its country's, not its government's
            coded.targets = [_the_country(item) for item in coded.targets]
        elif coded.action == "RETREAT" and coded.mode == RELEASE:
            # "released 20 Ghanaian prisoners": their state gets its people back, not its
            # civilians as a body; the aid organisation they are handed "to" only carries
            # them home ("released six Saudi prisoners to the ICRC")
            coded.targets = [_their_state(item) for item in coded.targets if not _carrier(item)]
        location = event_place(coded)
        # "called on ethnic Serbs to quit": an ethnic group living nowhere the text says is
        # named, but is no actor, least of all the state of that name
        ethnic_group = next((t.text for t in coded.targets if _ethnic(t)), None)
        if location is not None and location.country:
            coded.sources = [_ethnic_in(item, location.country) for item in coded.sources]
            coded.targets = [_ethnic_in(item, location.country) for item in coded.targets]
        else:
            coded.targets = [item for item in coded.targets if not _ethnic(item)]
        sources = unique_actors(coded.sources)
        targets = unique_actors(coded.targets)
        if coded.action == PROTEST and sources and all(map(_official, sources)):
            # "Ghana protested the shelling": a government's protest is a formal complaint
            # (PLOVER's PROTEST is people demonstrating, its ACCUSE a state's objection)
            coded.action, coded.mode = "ACCUSE", None
        elif (
            coded.action == "ACCUSE"
            and coded.trigger.lemma_.lower() == "protest"
            and sources
            and all(map(_the_public, sources))
        ):
            # "Thousands of Ghanaians protested the shelling": people who protest demonstrate
            coded.action, coded.mode = PROTEST, "demo"
        if coded.action == "REQUEST":
            # a demand is made of a state, not of its troops: "demanded the withdrawal of
            # Ukrainian forces" asks Ukraine; an army addressed itself ("urged both parties",
            # the army and a militia) is asked
            addressed = _addressees(coded.anchor, analysis)
            targets = unique_actors([t if t in addressed else _addressed_state(t) for t in targets])
        unnamed = UNKNOWN in sources
        sources = [source for source in sources if source != UNKNOWN]
        if not sources and is_recent_talks(coded.rule):
            sources = sides_of_recent_talks(analysis, coded.trigger, set())
        if not sources:
            doer_unnamed = unnamed or (
                coded.action == "ASSAULT" and targets and coded.rule.endswith("passive")
            )
            if not (doer_unnamed and self.unnamed_doers):
                return
            sources = [None]
        # "A and B met both delegations", "… met rebel leaders": whom they meet is named, in
        # words that resolve or not, so they do not meet each other
        unnamed_recipient = None if targets else _unnamed_recipient(coded) or ethnic_group
        mutual = (
            not unnamed_recipient
            # "sent delegations": a visit's object is the doers' own envoys
            and (coded.mode == "visit" or _people_object(coded.trigger) is None)
            and len(sources) > 1
            and coded.action in self.grammar.symmetric
            and coded.mode != "third-party"  # co-mediators are not each other's counterparts
            # "a joint UN-Congolese offensive": allies ("joint talks" are with each other)
            and not (coded.action not in MEETING and _joint(coded.trigger))
            # "the army and a militia attacked the town": they strike what they attack
            # together; only "A and B fought / clashed" is a fight with each other. So with
            # what two parties reject together ("the plan was turned down by X and Y")
            and not (coded.action in ACTS_ON_A_THING and _allies_acting_on(coded.trigger))
        )
        if not targets and coded.action in ANSWERS and not mutual:
            # "A and B agreed to extend the truce" is their agreement with each other, not
            # an answer to whoever brokered the truce
            proposer = None
            if answers_proposal(coded):
                proposer = find_proposer(analysis, coded, set(sources), self.grammar.proposing)
            elif coded.action in BARE_ANSWERS and bare_answer(coded):
                # "Ankara presents a plan; Kyiv agrees": only a tabled proposal is answered
                proposer = find_proposer(
                    analysis, coded, set(sources), self.grammar.proposing, owned=True
                )
            if proposer is None and coded.action == "REJECT":
                proposer = claimant(analysis, coded, set(sources), self.grammar.claims)
            targets = [proposer] if proposer else []
        if not targets and coded.action == PROTEST:
            # where it happened, else at home: "rioted at a jail in northern Israel"
            where = [location.country] if location is not None and location.country else []
            targets = _home_government(where or sources)
        status = self.status(coded)
        if (
            status in ("planned", "hypothetical")
            and coded.action != "REJECT"
            and ultimatum(coded.anchor, conditional=coded.action in CONFLICT)
        ):
            # "will withdraw its force unless …" is a threat, the action its mode; "would not
            # agree unless …" stays a refusal, stated with its condition
            coded.mode, coded.action = coded.action.lower(), "THREATEN"
            status = "occurred"
        if not targets and coded.action == "THREATEN":
            # "threatened an offensive unless Baghdad accepted": the conditioned party
            targets = [t for t in conditioned_party(coded.anchor, analysis) if t not in sources]
        if coded.mode == "third-party":
            # co-mediators ("brokered by Norway and Qatar") are never each other's recipient
            targets = [t for t in targets if t not in sources]
            # "… resumed talks. Benin is mediating the talks": the sides just reported
            targets = targets or sides_of_recent_talks(analysis, coded.trigger, set(sources))
        pairs: list[tuple] = []
        if (
            len(sources) > 1
            and coded.targets
            and (coded.action == "CONSULT" or mutual and not _has_object(coded.trigger))
        ):
            # "Congo, M23 resume Doha talks", "the army and the RSF fought in Khartoum": the
            # place two parties meet or fight in is no third party, whoever else is named
            places = {t for t in coded.targets if isinstance(t, str)}
            targets = [t for t in targets if t not in places]
        reciprocal = len(sources) > 1 and (
            coded.trigger.lemma_.lower() in self.grammar.reciprocal
            or has_reciprocal_object(coded.anchor)  # "the two sides accused each other"
        )
        if (
            not targets
            and len(sources) > 1
            and coded.action == "ASSAULT"
            and self._fight_between(coded.anchor)
        ):
            mutual = True  # "clashes between A and B killed five people": each other
        if not targets and reciprocal and not mutual:
            pairs += [(a, b) for a in sources for b in sources if a != b]
        elif not targets and mutual:
            pairs.append((sources[0], sources[1]))
        else:
            # "agreed to withdraw its troops" targets no one of its own; but a government
            # endorsing its army's plan answers the army
            own_side_kept = (
                {
                    t.actor
                    for t in coded.targets
                    if isinstance(t, ActorMention)
                    and owned_proposal(doc, t, self.grammar.proposing)
                }
                if coded.action in OTHER_SIDE_ONLY
                else set()
            )
            for source in sources:
                kept = [t for t in targets if t != source]
                if coded.action in OTHER_SIDE_ONLY and source is not None:
                    kept = [
                        t for t in kept if t in own_side_kept or not _same_state_side(source, t)
                    ]
                if not kept and source in targets and coded.action in self.grammar.symmetric:
                    continue  # "A and B resumed their dialogue": B is in A's event already
                kept = kept or [None]
                if coded.action in JOINT_ADDRESS:
                    kept = kept[:1]
                pairs += [(source, target) for target in kept]
        span = _evidence_span(coded)
        date = event_date(coded, analysis)
        voice = quote.id if quote is not None else "narrated"
        evidence = evidence_for(span, rule=coded.rule, trigger=coded.trigger.text)
        unnamed_each_other = has_reciprocal_object(coded.anchor)
        for source, target in pairs:
            if (
                source is None
                and target is None
                and (unnamed_each_other or coded.action not in self.grammar.material)
            ):
                # "with officials blaming each other", "the government did not intend to take
                # part" (a government nothing names): a relation between no one named is no
                # event; an attack or a protest by and on unnamed people still is one
                continue
            if _told_already(analysis, evidence.sentence, source, coded.action, status, target):
                continue
            confidence = coded.confidence
            if confidence is None:
                confidence = 0.5 + (0.2 if target else 0.0) + (0.1 if source else 0.0)
            analysis.events.append(
                Event(
                    id=analysis.next_id("e"),
                    source=source,
                    action=coded.action,
                    target=target,
                    mode=coded.mode,
                    status=status,
                    voice=voice,
                    source_text=mention_text(coded.sources, source),
                    target_text=mention_text(coded.targets, target)
                    if target
                    else unnamed_recipient,
                    location=location,
                    date=date,
                    confidence=reported_confidence(confidence),
                    evidence=[evidence],
                )
            )


def _same_state_side(source: str, target: str | None) -> bool:
    """Are both the executive of one state (its government, forces, diplomats, police,
    services, or the state itself)? An opposition or a rebel group of the country is a
    side of its own."""
    if target is None or root_of(source) != root_of(target):
        return False
    return all(sector_of(actor) in EXECUTIVE_SECTORS for actor in (source, target))


def _told_already(
    analysis: Analysis, sentence: int, source, action: str, status: str, target
) -> bool:
    """One event per sentence and recipient country: "stormed the town of Tubas and kidnapped
    12 young men" is one assault on PSE, not one on PSE and one on PSE.CVL."""
    country = country_of(target)
    if country is None:
        return False
    for event in reversed(analysis.events):
        if event.evidence[0].sentence != sentence:
            return False
        if (event.source, event.action, event.status) == (source, action, status) and (
            country_of(event.target) == country
        ):
            return True
    return False


def _named_state(item) -> str | None:
    """The country a mention names by the state's own name ("Israel", "Moscow"), if any:
    not a government, a leader or a ministry, which keep their sector."""
    if not isinstance(item, ActorMention) or not item.actor.endswith(".GOV"):
        return None
    if item.kind == "pronoun":  # "Togo … its strikes": as the name itself
        return country_of(item.actor) if item.names_state else None
    words = item.text.split()
    # "southern Lebanon", "eastern Ukraine": a region of the state named by its name
    entry = phrase_entry(item.text) or (phrase_entry(" ".join(words[1:])) if words[1:] else None)
    if entry is None or entry.kind not in STATE_NAMES:
        return None
    return country_of(item.actor)


#: Sectors of the public: their protest is a demonstration.
PUBLIC_SECTORS = frozenset({"CVL", "OPP", "REF", "LAB", "AGR", "REL"})
#: Sectors of a state that speak for it officially: their protest is a complaint.
OFFICIAL_SECTORS = frozenset({"GOV", "DIP", "LEG", "JUD"})


def _the_public(actor: str) -> bool:
    """A people ("Ghanaians", the country's own code) or a sector of the public."""
    return sector_of(actor) in PUBLIC_SECTORS or country_of(actor) == actor


def _official(actor: str | None) -> bool:
    return sector_of(actor) in OFFICIAL_SECTORS


#: The highest confidence an event's evidence earns: no reading of a text is certain.
CONFIDENCE_CAP = 0.95


def reported_confidence(value: float) -> float:
    """A confidence as events carry it: capped, in two decimals (so a threshold compares
    alike whichever step set it)."""
    return round(min(value, CONFIDENCE_CAP), 2)


def _armed_forces(item):
    if isinstance(item, str):  # a country named as a side ("fighting between A and B")
        return f"{country_of(item)}.MIL" if item.endswith(".GOV") else item
    country = _named_state(item)
    return replace(item, actor=f"{country}.MIL") if country else item


def _carrier(item) -> bool:
    """A humanitarian organisation captives are handed over to (the ICRC): no recipient."""
    return organisation_kinds().get(actor_of(item)) == "ngo"


def _their_state(item):
    """The state of people a demonym names ("Ghanaian prisoners", GHA.CVL → GHA)."""
    if isinstance(item, ActorMention) and item.actor.endswith(".CVL") and not _ethnic(item):
        return replace(item, actor=country_of(item.actor))
    return item


def _the_country(item):
    if isinstance(item, str):  # a place read as its country ("an invasion of Lebanon")
        return country_of(item) if item.endswith(".GOV") else item
    country = _named_state(item)
    return replace(item, actor=country) if country else item


def _ethnic_in(item, country: str):
    """ "Ethnic Albanians demonstrated in Serbia", "arrested three ethnic Serbs in Zvecan": an
    ethnic group acts, and is acted on, where it lives."""
    return replace(item, actor=f"{country}.CVL") if _ethnic(item) else item


def _ethnic(item) -> bool:
    """A mention of an ethnic group ("ethnic Serbs"). Its armed men, officials or organisations
    ("ethnic Armenian forces", "an ethnic rebel group, the Volta Front") keep the body they
    were resolved to: they are no residents."""
    return (
        isinstance(item, ActorMention)
        and says_ethnic(item.text)
        and (country_of(item.actor) == item.actor or item.actor.endswith(".CVL"))
    )


def _done_to_a_vessel(trigger: Token, vessels: set[str]) -> bool:
    """Is what a verb is done to a ship or a boat (``word_classes: vessel``, grammar.yaml)?"""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in vessels or c.lemma_.lower() in vessels)
        for c in trigger.children
    )


def _home_government(sources: list) -> list[str]:
    """The government of the source's own country, the recipient of a protest (see PROTEST)."""
    for source in sources:
        country = country_of(source)  # an organisation ("RSF") has no home government
        if country:
            return [f"{country}.GOV"]
    return []


def _people_object(trigger: Token) -> Token | None:
    """A direct object that names people ("met rebel leaders", "met both delegations")."""
    return next(
        (c for c in trigger.children if c.dep_ == "dobj" and noun_sector(c) is not None), None
    )


def _allies_acting_on(trigger: Token) -> bool:
    """Coordinated doers that do something to an object ("the army and a militia shelled
    the town", "the offer was rejected by A and B", "Togolese and Nigerian strikes on the
    town"): they act side by side.
    "Fighting between A and B killed dozens" names the sides in its subject, and they fight
    each other."""
    subject = clause_subject(trigger)
    if _has_object(trigger):
        return subject is not None and _coordinated(subject)
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ in STRUCK_PREPS and any(g.dep_ == "pobj" for g in c.children)
        for c in trigger.children
    ):
        return True  # "Togolese and Nigerian strikes on the town": both strike the town
    agents = [
        g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    return any(_coordinated(agent) for agent in agents)


def _coordinated(noun: Token) -> bool:
    """Does a noun phrase name several doers: coordinated itself ("the army and a militia")
    or through its complement ("officials from Ghana and Togo", "the governments of A and
    B")?"""
    if any(c.dep_ == "conj" for c in noun.children):
        return True
    return any(
        c.dep_ == "conj"
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in PLACED_PREPS
        for place in prep.children
        if place.dep_ == "pobj"
        for c in place.children
    )


def _has_object(trigger: Token) -> bool:
    return any(c.dep_ == "dobj" for c in trigger.children)


def _unnamed_recipient(coded: Coded) -> str | None:
    """The words of whom a verb trigger asks to act, or of who did what it answers or blames
    ("condemned the use of force by individuals"), when they are a common noun phrase (a
    pronoun stands for someone named elsewhere)."""
    if coded.trigger is not coded.anchor or coded.trigger.pos_ != "VERB":
        return None
    # an agreement or a meeting asks no one to act: "agreed on a set of measures to build
    # trust" names what was agreed, not whom
    asked = asked_party(coded.trigger) if coded.action not in MEETING else None
    named = asked or object_doer(coded.trigger)
    if named is None or named.pos_ != "NOUN":
        return None
    return named.doc[named.left_edge.i : named.i + 1].text


def _evidence_span(coded: Coded) -> Span:
    sentence = coded.trigger.sent
    return sentence
