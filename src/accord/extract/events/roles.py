"""Roles: who is the source and who the target of a trigger, read off its clause.

The subject (or the ``by`` agent of a passive) is the source; the object, dative, a
type-specific preposition, the possessor or origin of the object, or the subject of a
demanded clause is the target. Conjoined subjects of a symmetric type with no other
recipient are each other's recipient; a place stands for its country when no actor is named.
A relative pronoun object stands for its antecedent, a "by" the parser hung on an active verb
names the doer of its object, and a participle modifying a noun with no agent has an unnamed
doer; whom an act is done for ("in support of X") is no recipient, nor is the place talks are
held in when a partner is named.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.data import load_data, words
from accord.extract.analysis import ActorMention
from accord.extract.events.coded import UNKNOWN
from accord.extract.events.context import (
    domestic_police,
    located_people,
    placed_group,
    reported_forces,
    titled_at_home,
)
from accord.extract.events.grammar import Grammar
from accord.extract.events.mentions import (
    RELATIVE_PRONOUNS,
    actor_of,
    commanded_forces,
    country_named,
    is_attack_word,
    leftmost_actors,
    listed_before,
    named_actors,
    noun_senses,
    own_actors,
    phrase_actors,
    unique_actors,
    unresolved_actor,
)
from accord.extract.events.syntax import (
    addressee,
    clause_subject,
    compound_phrase,
    has_own_subject,
)
from accord.extract.third_parties import THIRD_PARTY_PARTICIPLES
from accord.nlp.clauses import introduced_by_that
from accord.nlp.prepositions import fights_before, is_out_of, prepositions_of
from accord.resolve.actors import country_of, demonym_country
from accord.resolve.places import resolve_place

#: Prepositions by which a helper noun names who helped an act along ("with the help of").
HELPING_PREPS = frozenset({"with", "under", "through"})
#: Types whose "from" names the place left or cut off ("withdrew from Panama").
FROM_PLACES = {"RETREAT", "SANCTION"}
#: Types whose object is goods, its prepositions naming where they go ("sent aid to Gaza",
#: "supplies for the army").
GOODS_TYPES = {"AID"}
#: Types whose noun takes as recipient the subject of its "that" clause ("the demand that
#: Hamas disarm", "accusations that Rwanda armed the M23").
CLAUSE_TARGETS = {"REQUEST", "ACCUSE", "THREATEN"}
#: Actions that blame someone: their target is whoever did the act they name.
BLAME_ACTIONS = {"ACCUSE", "PROTEST"}
#: Types of the acts a noun can name as a harm done ("the attack", "the detention").
HARM_ACTIONS = frozenset({"ASSAULT", "COERCE"})
#: Prepositions of where a deplored act happened ("the violence in Ghana"): no one blamed.
SCENE_PREPS = frozenset(words("grammar", "scene_prepositions"))
#: Prepositions of what a complaint is about ("concern over", "anger at", "outrage about").
MATTER_PREPS = frozenset(words("grammar", "matter_prepositions"))
#: Prepositions by which a noun names what it is about ("talks on a ceasefire").
TOPIC_PREPS = frozenset(words("grammar", "topic_prepositions"))
#: Verbs whose object is the weapon used, the target named by a preposition ("fired rockets
#: at X", "dropped bombs on X").
INSTRUMENT_VERBS = frozenset(words("grammar", "instrument_verbs"))
#: Verbs that always take an object: with a subject and none, they are a passive whose
#: auxiliary a headline dropped ("Rebel leaders killed, army says").
OBJECT_VERBS = frozenset(load_data("events/grammar")["object_verbs"])
#: Relations that complete a verb that takes an object (what "killed" did, or to whom).
COMPLEMENTS = frozenset({"dobj", "dative", "attr", "oprd", "npadvmod", "ccomp", "xcomp"})
#: Types done for someone as well as to someone: "voted in favour of X" supports X.
BENEFITING = {"SUPPORT", "AID", "COOPERATE", "AGREE", "CONCEDE"}
#: Prepositions that address a party rather than place an act (see ``Roles._to_a_party``).
ADDRESSING_PREPS = frozenset(words("grammar", "addressing_prepositions"))
#: Prepositions whose object is where something happens ("in Odesa", "near Kharkiv").
PLACE_PREPS = frozenset(words("grammar", "place_prepositions"))
#: Prepositions that place a meeting ("talks in Quito", "a summit at Camp David").
VENUE_PREPS = {"in", "at"}
#: Nouns of a negotiation the small model sometimes tags as a verb after another noun
#: ("The ceasefire talks between A and B collapsed": "ceasefire" its subject).
MISREAD_TALKS = frozenset({"talks", "negotiations"})
#: Verbs of taking ground, whose "from" names whom it was taken from.
TAKING_VERBS = frozenset(words("grammar", "taking_verbs"))
#: Prepositions that attach a mediation to what it mediates ("talks under Qatari mediation").
MEDIATED_PREPS = frozenset(words("grammar", "mediated_prepositions"))
#: Words that attach the participants to a noun ("talks between", "talks to include").
PARTICIPANT_WORDS = frozenset(words("grammar", "participant_words"))
#: How a pact noun is the subject of the clause that says it was made.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def misread_talks(token: Token) -> bool:
    """Is the token "talks" or "negotiations" that the parser took for a verb?"""
    return token.lower_ in MISREAD_TALKS and token.pos_ == "VERB"


class Roles:
    """Reads sources and targets off the parse around a trigger."""

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar

    def clause_roles(self, verb: Token, action: str) -> tuple[list, list, bool]:
        analysis = verb.doc._.accord
        subject = clause_subject(verb)
        passive = (
            any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            # "after talks mediated by Qatar" parsed as a clause: only a passive takes an agent
            or (verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children))
            or _bare_participle_clause(verb)
            or _reduced_relative(verb)
            # a protest is done, never undergone: "residents protested" misread as a participle
            or _headline_passive(verb)
            and action != "PROTEST"
        )  # "a swap mediated by the UAE", "would retaliate if attacked": passive participles
        sources: list = []
        forces = (
            commanded_forces(verb.head, self.grammar.command_verbs)
            if verb.dep_ == "xcomp"
            else None
        )
        if forces:
            sources = [forces]  # "ordered the army to strike": the army strikes
        elif passive:
            for child in verb.children:
                if child.dep_ == "agent":  # read like a subject: "by officials from the AU"
                    for pobj in child.children:
                        sources += phrase_actors(pobj, analysis)
            # "the deal was signed between A and B"; a deal "brokered between A and B" names
            # the sides its unnamed broker went between, not the doers
            third_party = verb.lemma_.lower() in THIRD_PARTY_PARTICIPLES
            if not sources and action in self.grammar.symmetric and not third_party:
                sides = self.between_parties(verb)
                if sides:
                    return sides, [], passive
        elif subject is not None:
            sources += phrase_actors(subject, analysis)
            if sources:
                sources += listed_before(subject, analysis)
            if not sources:
                sources = placed_group(subject, analysis)  # "Druze inhabitants of the Golan"
            if not sources:
                forces = reported_forces(
                    subject, analysis, self.grammar.foreign, self.grammar.speech
                )
                sources = [forces] if forces else []
            if not sources:
                police = domestic_police(subject, verb)
                sources = [police] if police else []
            if not sources and action in self.grammar.symmetric:
                sides = self.between_parties(subject)  # "fighting between A and B killed …"
                if not sides and misread_talks(verb):
                    # "The ceasefire talks between A and B collapsed", the noun read as a verb
                    sides = self.between_parties(verb)
                if sides:
                    return sides, [], passive
            if (
                not sources
                and action == "ASSAULT"
                and is_attack_word(subject, self.grammar.lexicon)
            ):
                sources = [UNKNOWN]  # "a roadside bombing killed …": perpetrator unnamed
            if not sources and unresolved_actor(subject):
                # "President Dos Santos conceded …": an actor, of the dateline's country if
                # the article is datelined from one capital, else of an unknown one
                sources = [titled_at_home(subject) or UNKNOWN]
        own = set(unique_actors(sources))

        def others(found: list) -> list:
            return [item for item in found if actor_of(item) not in own]

        targets: list = []
        if passive and subject is not None:
            recipients, venues = self.nominal_recipients(subject, action)
            if verb.lemma_.lower() in THIRD_PARTY_PARTICIPLES:
                venues = []  # "talks in Accra are mediated by Norway": Ghana is no side
            targets = others(
                phrase_actors(subject, analysis)
                or recipients  # "a camp for Congolese refugees"
                or venues
                or self.place_target(subject, action)
            )
        if not targets and action == "CONSULT":
            # "discussed the situation in Syria with Turkey": the partner, not the topic
            targets = others(
                [
                    a
                    for prep in prepositions_of(verb, "with")
                    for a in self.actors_in(prep, owners=False)
                ]
            )
        if not targets and action == "ASSAULT" and verb.lemma_.lower() in TAKING_VERBS:
            # "seized the town from the Volta Front": whom it was taken from, not its country
            targets = others(
                [a for prep in prepositions_of(verb, "from") for a in self.actors_in(prep)]
            )
        if not targets and not passive and not self._names_topic(verb, action):
            targets = others(self._object_targets(verb, action))
        if not targets:
            targets = others(self._prep_targets(verb, action))
        if not targets and action in BLAME_ACTIONS:
            described = _described_object(verb)
            if described is not None:
                # "condemned what it called provocations by Togo": whose the thing described is
                targets = others(own_actors(described, analysis))
        if not targets and action in ("REQUEST", "ACCUSE", "REJECT", "AID", "COOPERATE"):
            for child in verb.children:
                if child.dep_ == "ccomp":
                    inner = clause_subject(child)
                    if inner is not None:
                        targets += others(phrase_actors(inner, analysis))
        if (
            not targets
            and not passive
            and subject is not None
            and action == "ASSAULT"
            and is_attack_word(subject, self.grammar.lexicon)
        ):  # "an Israeli strike on Rafah killed 12": the attack's own target
            targets = others(self.nominal_targets(subject, action))
        if (
            not targets
            and addressee(verb) is None
            and not (action in self.grammar.symmetric and len(own) > 1)
        ):
            # "Kinshasa and the M23 agreed to hand lists to the ICRC": the agreement is between
            # the subjects; the complement's recipient is not the agreement's. An addressee
            # ("urged donors to press the sides") is asked, named or not.
            for child in verb.children:
                if child.dep_ == "xcomp" and not has_own_subject(child):
                    targets += others(self.complement_targets(child, action))
        return sources, targets, passive

    def _names_topic(self, verb: Token, action: str) -> bool:
        """ "met Lavrov to discuss Ukraine", "negotiated the release of the hostages": the
        object of a verb of talking is what is talked about, never whom it is talked with."""
        return action == "CONSULT" and verb.lemma_.lower() in self.grammar.topic_verbs

    def between_parties(self, noun: Token) -> list:
        """The sides a noun names with "between" ("talks between Kinshasa and the M23",
        "fighting between the army and the RSF"): each is the other's counterpart."""
        analysis = noun.doc._.accord
        links = list(noun.children)
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in PARTICIPANT_WORDS:
            links.append(noun.head)  # "for talks to include A and B": the talks' subject clause
        if (
            noun.dep_ == "pobj"
            and noun.head.dep_ == "mark"
            and noun.head.head.lemma_.lower() in PARTICIPANT_WORDS
        ):
            links.append(noun.head.head)  # the same, parsed with "for" marking the clause
        for child in links:
            if child.lower_ in PARTICIPANT_WORDS and child.dep_ == "prep":
                named = [g for g in child.children if g.dep_ == "pobj"]
            elif child.lemma_.lower() in PARTICIPANT_WORDS and child.pos_ == "VERB":
                named = [g for g in child.children if g.dep_ == "dobj"]  # "talks to include"
            else:
                continue
            parties: list = []
            for party in named:
                parties += named_actors(party, analysis) or own_actors(party, analysis)
                for side in (party, *party.conjuncts):
                    if analysis.mention_covering(side) is None:
                        parties += country_named(side)  # "between Israel and …": a side
            return parties if len(unique_actors(parties)) > 1 else []
        return []

    def sides_of(self, noun: Token, governor: Token | None) -> list:
        """The sides a two-sided noun names, on the noun or on the verb that carries it:
        "talks between A and B", "a deal was reached between A and B", "fighting broke out
        between A and B"."""
        sides = self.between_parties(noun)
        if not sides and governor is not None:
            sides = self.between_parties(governor)
        if not sides and noun.dep_ in ("nsubj", "nsubjpass"):
            sides = self.between_parties(noun.head)
        if not sides:
            # "talks on a ceasefire between A and B": the sides of the truce talk about it
            sides = next(filter(None, map(self.between_parties, _topics_of(noun))), [])
        if not sides and noun.lemma_.lower() in self.grammar.pacts and noun.dep_ in SUBJECT_DEPS:
            # "a truce was reached after clashes between A and B": those who fought
            fights = fights_before(noun.head)
            sides = next(filter(None, map(self.between_parties, fights)), [])
        return sides

    def purpose_partners(self, verb: Token) -> list:
        """Who a trip is for: the "with" of a purpose phrase ("to Doha for talks with the
        mediators", "to Cairo for a meeting with Egyptian officials")."""
        analysis = verb.doc._.accord
        partners = [
            partner
            for purpose in prepositions_of(verb, "for")
            for noun in purpose.children
            if noun.dep_ == "pobj"
            for partner in prepositions_of(noun, "with")
        ]
        for partner in partners:
            found = [
                actor
                for pobj in partner.children
                if pobj.dep_ == "pobj"
                for actor in phrase_actors(pobj, analysis)
            ]
            if found:
                return found
        return []

    def mediated_sides(self, verb: Token) -> list:
        """The sides of what a mediation verb mediates, when its phrase names them with
        "between" and the like: "mediated talks between A and B", "a truce between A and B,
        brokered by C"."""
        mediated = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ in ("acl", "amod"):  # "a truce …, brokered by C", "a C-brokered truce"
            mediated.append(verb.head)
        for node in mediated:
            sides = self.between_parties(node)
            if sides:
                return sides
        return []

    def mediated_parties(self, trigger: Token) -> list:
        """The parties to what a mediator mediates: whoever does what its phrase attaches to
        ("resumed talks under Qatari mediation", "exchanged prisoners in a swap mediated by the
        UAE", "talks between Kinshasa and the M23 under Qatari mediation")."""
        analysis = trigger.doc._.accord
        start = node = trigger.head if trigger.dep_ in ("acl", "amod") else trigger
        for _ in range(3):
            # past the mediated phrase itself, any preposition leads to what its parties
            # did: "agreed to a truce after talks mediated by the AU" (the parser hangs
            # "after talks" on "truce")
            if node.dep_ == "pobj" and (
                node.head.lower_ in MEDIATED_PREPS or node != start or trigger.dep_ == "amod"
            ):  # "agreed to a US-brokered truce": whoever agreed to it
                node = node.head.head
            elif node.dep_ in ("dobj", "nsubjpass") and node.head.pos_ in ("VERB", "AUX"):
                node = node.head
            if node.pos_ in ("VERB", "AUX"):
                subject = clause_subject(node)
                parties = phrase_actors(subject, analysis) if subject is not None else []
                if not parties and node == trigger and node.dep_ == "advcl":
                    # "agreed to a truce after talks mediated by Qatar", the talks parsed as
                    # the participle's subject: the parties are the main clause's
                    subject = clause_subject(node.head)
                    parties = phrase_actors(subject, analysis) if subject is not None else []
                return parties
            if node.pos_ != "NOUN" or node == trigger:
                return []
            parties = (
                own_actors(node, analysis)
                or self.sides_of(node, None)
                or [t for t in self.nominal_targets(node, "CONSULT") if not isinstance(t, str)]
            )  # the parties named in the phrase, not the place it is held in
            if parties:
                return parties
        return []

    def complement_targets(self, verb: Token, action: str) -> list:
        """ "offered to hand over to Britain": the recipient named inside the complement."""
        analysis = verb.doc._.accord
        found: list = []
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children):
                    continue  # "refused to pull back its forces": the doer's own
                found += phrase_actors(child, analysis) or self.nominal_targets(child, action)
            elif child.dep_ == "prep":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found += phrase_actors(pobj, analysis) or country_named(pobj)
                        if not found:
                            place = resolve_place(compound_phrase(pobj))
                            found += [place.country] if place and place.country else []
        return found

    def _object_targets(self, verb: Token, action: str) -> list:
        analysis = verb.doc._.accord
        found: list = []
        if verb.lemma_.lower() in INSTRUMENT_VERBS:
            return found  # "fired missiles at Kyiv": the object is the weapon, not the target
        # "blamed the attack on Togo", "attributed the bombing to the Volta Front": the one it
        # is laid on is blamed, though the parse often hangs the phrase on the harm noun
        laid_on = self.grammar.laying_verbs.get(verb.lemma_.lower())
        if laid_on is not None:
            harms = [c for c in verb.children if c.dep_ == "dobj"]
            for prep in prepositions_of(verb, laid_on) + [
                p for harm in harms for p in prepositions_of(harm, laid_on)
            ]:
                # "on Togo" after a harm noun is read as where it happened: the name is the
                # state's all the same
                found += self.actors_in(prep) or [
                    actor
                    for pobj in prep.children
                    if pobj.dep_ == "pobj"
                    for actor in country_named(pobj)
                ]
            if found:
                return found
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        # "delivered fuel to hospitals in Gaza": the place of whom it is for
                        found += (
                            named_actors(pobj, analysis)
                            or self.place_target(pobj, action)
                            or self.nominal_targets(pobj, action)
                        )
            elif child.dep_ in ("dobj", "dative", "attr"):
                if _stray_apposition(child):
                    continue
                child = _antecedent(child)
                # "demanded an end to the killings and the withdrawal of Ghanaian troops":
                # a later object of a list names whom the act concerns when the first does not
                for item in [child, *child.conjuncts]:
                    found += self._targets_of_object(item, verb, action, analysis)
                    if found:
                        break
            elif child.dep_ == "xcomp" and action == "REQUEST":
                # "urged Israel to stop": object control, the object is the recipient
                pass
        if not found and any(c.dep_ == "dobj" for c in verb.children):
            found += self._object_agent(verb)
        return found

    def _targets_of_object(self, obj: Token, verb: Token, action: str, analysis) -> list:
        """Whom one object of the verb makes its recipient."""
        actors = leftmost_actors(obj, analysis)
        if _owned_by_pronoun(actors):
            # "coordinated its attacks with Hamas": "its" is the doer, the "with" phrase the
            # partner
            actors += self.nominal_targets(obj, action)
        if actors:
            return actors
        if action in BLAME_ACTIONS and self.harm_noun(obj):
            # "condemned the detention of Ghanaian citizens": the blame is the detainer's,
            # named before the noun or after "by", never the detained
            return own_actors(obj, analysis)
        found = own_actors(obj, analysis) or self.nominal_targets(obj, action)
        return found or located_people(obj, verb, action) + self.place_target(obj, action)

    def harm_noun(self, noun: Token) -> bool:
        """Does the noun name an attack or a coercive act ("detention", "killing")?"""
        senses = noun_senses(noun, self.grammar.lexicon)
        return any(sense.action in HARM_ACTIONS for sense in senses)

    def _object_agent(self, verb: Token) -> list:
        """ "condemned the attack on the convoy by TPLF fighters": an active verb takes no
        "by" agent, so a "by" the parser hung on it names the doer of its object; so does
        the subject of a relative clause on the object ("condemned the strikes Ghana
        carried out", "rejected the plan that Togo put forward")."""
        analysis = verb.doc._.accord
        by = [
            actor
            for prep in prepositions_of(verb, "by")
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for actor in named_actors(pobj, analysis)
        ]
        return by or [
            actor
            for obj in verb.children
            if obj.dep_ == "dobj"
            for clause in obj.children
            if clause.dep_ == "relcl"
            for subject in clause.children
            if subject.dep_ == "nsubj" and subject.lower_ not in RELATIVE_PRONOUNS
            for actor in named_actors(subject, analysis)
        ]

    def _prep_targets(self, verb: Token, action: str) -> list:
        analysis = verb.doc._.accord
        wanted = self.grammar.target_preps.get(action, set())
        found: list = []
        preps = list(verb.children)
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        if action in FROM_PLACES:  # "withdraw its forces from Lebanon": "from" on the object
            preps += [c for o in objects for c in o.children if c.lower_ in ("from", "with")]
        if action in GOODS_TYPES:  # "airdropped supplies over Gaza": where the goods go
            preps += [c for o in objects for c in o.children if c.dep_ == "prep"]
        for child in preps:
            if child.dep_ == "prep" and is_out_of(child) and "from" in wanted:
                child = (
                    next(c for c in child.children if c.lower_ == "of")
                    if child.lower_ == "out"
                    else child
                )
                word = "from"  # "pulled its forces out of X": X is left, as with "from"
            else:
                word = child.lower_
            if child.dep_ == "prep" and word in wanted:
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or self._for_someone(pobj, action):
                        continue
                    if pobj.lemma_.lower() in self.grammar.causes:
                        continue  # "in response to the downing of a drone": what it answers
                    if pobj.lemma_.lower() in self.grammar.boundary_nouns:
                        continue  # "near the border with the DRC": this side of it
                    actors = named_actors(pobj, analysis)
                    if not actors:
                        actors = own_actors(pobj, analysis)
                        if actors and self._is_place_noun(pobj, action):
                            actors = [country_of(actor_of(a)) or a for a in actors]
                    if not actors:
                        actors = self.nominal_targets(pobj, action)
                    if not actors:
                        actors = country_named(pobj, capitals=self._to_a_party(action, word))
                    if not actors and (word != "from" or action in FROM_PLACES):
                        if action == "CONSULT" and word in VENUE_PREPS and objects:
                            continue  # "met government envoys in Accra": not Ghana, the host
                        actors = self.place_target(pobj, action)
                    found += actors
            elif child.dep_ == "prt":
                continue
        return found

    def givers(self, verb: Token) -> list:
        """Whom a receiving verb's goods came from: its "from" phrase, or its object's
        ("received weapons from Iran", "received aid from the EU")."""
        analysis = verb.doc._.accord
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return [
            actor
            for holder in (verb, *objects)
            for prep in prepositions_of(holder, "from")
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for actor in named_actors(pobj, analysis) or country_named(pobj, capitals=True)
        ]

    def _for_someone(self, noun: Token, action: str) -> bool:
        """ "in support of X", "on behalf of X": whom the act is for, not its recipient;
        "with the help of X", "under the auspices of X": who helped it along, whatever the
        act ("agreed to US mediation" accepts the help, and the helper is its recipient)."""
        lemma = noun.lemma_.lower()
        if lemma in self.grammar.helpers and noun.head.lower_ in HELPING_PREPS:
            return True
        return action not in BENEFITING and lemma in self.grammar.benefactive

    def nominal_targets(self, noun: Token, action: str) -> list:
        found, venues = self.nominal_recipients(noun, action)
        if not found and action in BLAME_ACTIONS:
            found = self._doer_of_the_matter(noun)
        return found or venues

    def _doer_of_the_matter(self, noun: Token) -> list:
        """ "concern over Togo's shelling", "outrage at the incidents of Togolese shelling":
        a complaint is about a harmful act, and is made to its doer."""
        analysis = noun.doc._.accord
        found: list = []
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in MATTER_PREPS:
                continue
            for matter in (p for p in prep.children if p.dep_ == "pobj"):
                harms = [matter] + [
                    g for of in prepositions_of(matter, "of") for g in of.children
                ]  # "the incidents of Togo's shelling"
                for harm in harms:
                    if self.harm_noun(harm):
                        found += own_actors(harm, analysis)
        return found

    def nominal_recipients(self, noun: Token, action: str) -> tuple[list, list]:
        """Whom a noun's phrase names as its recipients, and apart from them the host of
        the place a talk is held in ("talks in Quito"), who is met only when nobody else is
        (and no third party mediates)."""
        analysis = noun.doc._.accord
        found: list = []
        venues: list = []  # "talks in Quito": the host, unless someone else is met
        for child in noun.children:
            if action in BLAME_ACTIONS and child.lower_ in SCENE_PREPS:
                continue  # "condemned the violence in Ghana": where it happened, not who did it
            if child.dep_ == "prep" and child.lower_ in self.grammar.nominal_preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and not self._for_someone(pobj, action):
                        named = named_actors(pobj, analysis)
                        actors = named or [
                            m
                            for m in own_actors(pobj, analysis)
                            if not isinstance(m, ActorMention) or m.kind != "pronoun"
                        ]
                        if actors and self._is_place_noun(pobj, action):
                            # "a hospital in Ukraine's Kharkiv region": the country, as a place
                            actors = [country_of(actor_of(a)) or a for a in actors]
                        if not actors:
                            actors = country_named(
                                pobj, capitals=self._to_a_party(action, child.lower_)
                            )
                        if not actors:
                            actors = (
                                self.nominal_targets(pobj, action)
                                if child.lower_ in ("to", "for", "on", "of", "with")
                                else []
                            )
                        if not actors:
                            actors = self.place_target(pobj, action)
                        # "talks in Ethiopia's capital" names a venue, whatever country it names
                        place = pobj.lemma_.lower() in self.grammar.place_nouns
                        venue = child.lower_ in VENUE_PREPS and (not named or place)
                        if action == "CONSULT" and venue:
                            venues += actors
                        else:
                            found += actors
            elif child.dep_ == "compound" and action in self.grammar.place_targets:
                if analysis.mention_covering(child) is None:  # "the U.S. invasion": its source
                    # "the Geneva talks" are held there: a venue, as "talks in Geneva"
                    (venues if action == "CONSULT" else found).extend(
                        self.place_target(child, action)
                    )
            elif (
                child.dep_ in ("acl", "ccomp")
                and action in CLAUSE_TARGETS
                and introduced_by_that(child)
            ):
                # "Israel's demand that Hamas be disarmed": the subject of the demanded clause
                subject = clause_subject(child)
                if subject is not None:
                    found += phrase_actors(subject, analysis)
        if venues and self._mediated(noun):
            return found, []  # "negotiations in Mexico City mediated by Norway": neutral
        return found, venues

    def _mediated(self, noun: Token) -> bool:
        """Talks a third party mediates ("talks mediated by Norway", "talks under Qatari
        mediation"): held between their parties, not with whoever holds the venue."""
        for child in noun.children:
            if child.dep_ == "acl" and child.lemma_.lower() in THIRD_PARTY_PARTICIPLES:
                return True
            if child.dep_ == "prep" and child.lower_ in MEDIATED_PREPS:
                for pobj in child.children:
                    senses = self.grammar.lexicon.nouns.get(pobj.lemma_.lower(), [])
                    if pobj.dep_ == "pobj" and any(s.mode == "third-party" for s in senses):
                        return True
        return False

    def _to_a_party(self, action: str, prep: str) -> bool:
        """Is the act only ever done to a party, never to a place, and does the preposition
        address someone? Then a capital after it ("an appeal to Berlin", "a deal with Kyiv")
        is its government; "agreed to a truce in Havana" names only where."""
        return action not in self.grammar.place_targets and prep in ADDRESSING_PREPS

    def _is_place_noun(self, noun: Token, action: str) -> bool:
        return (
            action in self.grammar.place_targets
            and action != "CONSULT"
            and noun.lemma_.lower() in self.grammar.place_nouns
        )

    def place_target(self, token: Token, action: str) -> list:
        if action not in self.grammar.place_targets:
            return []
        if token.ent_type_ not in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP", "") and not (
            token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS
        ):
            return []  # a name after "in" or "near" is a place whatever the tagger calls it
        if token.ent_type_ == "PERSON" and any(c.dep_ == "poss" for c in token.children):
            return []  # "North Korea's Kim": someone's person, never a place of that name
        if not token.text[:1].isupper():
            for child in token.children:  # "the town of Rafah", "parts of the Gaza Strip"
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self.place_target(pobj, action)
                if child.dep_ in ("compound", "nmod") and child.text[:1].isupper():
                    found = self.place_target(child, action)  # "the Kharkiv and Lviv regions"
                    if found:
                        return found
                if child.dep_ == "amod" and action == "ASSAULT":
                    # "Ghanaian shipping", "Ghanaian energy facilities": what the country has
                    # is attacked, though no actor of its own (a business); a "Russian
                    # language" lifted restrictions are on is no party to the act
                    country = demonym_country(child.text)
                    if country:
                        return [country]
            return []
        longer = token.doc._.accord.mention_covering(token)
        if longer is not None and longer.start < token.i and country_of(longer.actor):
            # "South Sudan": the last word of a longer name is that name, not "Sudan"
            country = [longer.actor] if action == "CONSULT" else [country_of(longer.actor)]
        else:
            country = country_named(token)
        if country:
            return country if action == "CONSULT" else [country[0].split(".")[0]]
        name = compound_phrase(token)
        place = resolve_place(name) or resolve_place(token.text)
        if place is None or place.country is None:
            return []
        if action == "CONSULT":
            return [f"{place.country}.GOV"]  # the host of a visit is its government
        return [place.country]

    def actors_in(self, prep: Token, owners: bool = True) -> list:
        """The actors a preposition's objects name, else (with ``owners``) those owning them
        ("concerned about Russia's moves")."""
        analysis = prep.doc._.accord
        found = []
        for child in prep.children:
            if child.dep_ == "pobj":
                found += named_actors(child, analysis) or (
                    own_actors(child, analysis) if owners else []
                )
        return found


def _described_object(verb: Token) -> Token | None:
    """The thing a free relative object describes ("condemned what it described as
    provocative actions by X", "what it called provocations"): the object in meaning."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children
        ):
            continue
        for child in clause.children:
            if child.dep_ == "oprd":
                return child
            if child.dep_ == "prep" and child.lower_ == "as":
                return next((p for p in child.children if p.dep_ == "pobj"), None)
    return None


def _owned_by_pronoun(items: list) -> bool:
    """Are a phrase's owners all pronouns ("its attacks"), that is, the clause's doer?"""
    return bool(items) and all(
        isinstance(item, ActorMention) and item.kind == "pronoun" for item in items
    )


def _bare_participle_clause(verb: Token) -> bool:
    """An adverbial clause that is a past participle alone ("would respond if attacked",
    "when asked"): the subject it shares with its main clause undergoes it."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def _reduced_relative(verb: Token) -> bool:
    """A past participle modifying a noun with no agent ("the proposal discussed in Cairo",
    "the plan negotiated last week"): the noun undergoes it and its doer is unnamed, not the
    subject of the clause the noun sits in."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def _headline_passive(verb: Token) -> bool:
    """A headline's passive with its auxiliary dropped ("At least 40 people killed as …",
    "Rebel commanders arrested"): a verb that always takes an object, with a subject but no
    auxiliary and no object, so the subject undergoes it, whether the parser read a past
    participle or a past tense ("says several commanders killed"). An intransitive verb
    read as a participle ("residents protested") keeps its subject as its doer."""
    children = list(verb.children)
    if verb.lemma_.lower() not in OBJECT_VERBS or not any(c.dep_ == "nsubj" for c in children):
        return False
    if verb.tag_ == "VBD":
        return verb.dep_ in ("ROOT", "ccomp") and not any(
            c.dep_ in COMPLEMENTS or c.dep_ in ("aux", "auxpass", "agent", "prt") for c in children
        )
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("ROOT", "ccomp", "conj")
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "agent") for c in children)
    )


def _antecedent(obj: Token) -> Token:
    """The noun a relative pronoun object stands for ("the Brazilian plan, which Chile
    rejected": the plan), else the object itself."""
    if obj.lower_ in ("which", "that") and obj.head.dep_ == "relcl":
        return obj.head.head
    return obj


def _stray_apposition(obj: Token) -> bool:
    """A second object after a comma that describes a noun nested in the first ("start talks
    under the mediation of Ghana, the current chair of the bloc"): a verb takes one direct
    object, so this is an apposition to that noun the parser hung on the verb, and it names
    no recipient of the verb. One describing the first object itself ("urged the parties,
    the army and the militia") does name the recipients."""
    comma = obj.left_edge.i - 1
    if obj.dep_ != "dobj" or comma < 1 or obj.doc[comma].text != ",":
        return False
    described = obj.doc[comma - 1]
    return any(
        first.dep_ == "dobj"
        and first.i < obj.i
        and described in first.subtree
        and described.i != first.i
        for first in obj.head.children
    )


def _topics_of(noun: Token) -> list[Token]:
    """What a noun is about: the objects of its topic prepositions ("talks on a ceasefire")."""
    return [
        topic
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS
        for topic in prep.children
        if topic.dep_ == "pobj"
    ]
