"""Triggers: the tokens that code an event, found with one pass over the lexicons (``scan``).

Verbs, nouns (alone or carried by a light verb: "launched an offensive"), predicative
adjectives, and speech verbs whose complement carries an obligation ("said Sudan must …").
Each trigger is read into a :class:`Coded` event with its roles; complements of absorbing
governors ("threatened to invade") are left to the governor.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from accord.data import words
from accord.extract.analysis import ActorMention, Analysis
from accord.extract.events.blame import (
    code_blame,
    code_borne_blame,
    code_judged,
    code_to_blame,
    code_violation,
    is_to_blame,
)
from accord.extract.events.charges import charge_denied
from accord.extract.events.coded import CHARGE_DENIED, NEGATED_ACCEPTANCE, Coded
from accord.extract.events.consequences import code_consequence, foretells_consequence
from accord.extract.events.context import noun_sector
from accord.extract.events.grammar import Grammar, Sense
from accord.extract.events.mediated import RECENT_TALKS_RULE
from accord.extract.events.mentions import (
    RELATIVE_PRONOUNS,
    actor_of,
    commanded_forces,
    country_named,
    named_actors,
    own_actors,
    phrase_actors,
    unique_actors,
    unresolved_actor,
)
from accord.extract.events.roles import FROM_PLACES, Roles, misread_talks
from accord.extract.events.scan import NOUN, SPEECH, VERB, TriggerScan
from accord.extract.events.status import CHARGE_NOUNS, takes_place
from accord.extract.events.syntax import (
    clause_subject,
    declines_to_speak,
    governing_verb,
    is_negated,
    participle_modifier,
    reported_after_past_speech,
    set_out,
    to_infinitive,
)
from accord.extract.events.warded import code_warded_off
from accord.extract.referents import actor_of_token, root_of
from accord.nlp.clauses import introduced_by_that
from accord.nlp.prepositions import prepositions_of, readiness_adjective
from accord.resolve.actors import is_media
from accord.resolve.candidates import organisation_kinds
from accord.resolve.places import resolve_place

#: What a warning "of" names when it is a threat ("warned of a harsh response").
THREATENED_NOUNS = frozenset(words("grammar", "threatened_nouns"))
#: Objects that are the doer itself: the act has no other party.
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself"})
#: Verbs whose "that" clause, when it is the speaker's own act, is the threat itself.
THREAT_VERBS = frozenset({"threaten", "vow", "swear"})
#: Types of an act that stands down: what a party agrees to do, not an act of its own.
STANDING_DOWN = frozenset({"RETREAT", "CONCEDE"})
#: Types a negated future refuses ("will not hand over the weapons", "will not negotiate
#: with X", "will not cooperate with the inquiry"): REJECT, as a negated acceptance is; a
#: refused meeting or cooperation is refused to whom it would have been with.
PARTNERED_REFUSALS = frozenset({"CONSULT", "COOPERATE"})
FUTURE_REFUSALS = PARTNERED_REFUSALS | {"RETREAT"}
#: Relations of a noun that is what its clause is about, not a circumstance of it.
CLAUSE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "ROOT"})


#: Prepositions that set the scene of a clause ("in talks with X, Y said …").
SETTING_PREPS = frozenset({"in", "during", "after", "following", "at"})
#: Of those, the ones of time, which set the scene after the verb too.
TIME_SETTINGS = frozenset({"during", "after", "following"})
#: Rule of a meeting coded from the clause it sets the scene for.
SETTING_RULE = "events.noun.setting"


class Triggers:
    """Finds trigger tokens and codes each into a :class:`Coded` event."""

    def __init__(self, grammar: Grammar, roles: Roles) -> None:
        self.grammar = grammar
        self.roles = roles
        lex = grammar.lexicon
        nouns = set(lex.nouns) | {n for table in lex.light.values() for n in table} | grammar.pacts
        self.trigger_nouns = frozenset(nouns)
        self.scan = TriggerScan(
            verbs=set(lex.verbs) | grammar.violation_verbs,  # "breach" is no lexicon verb
            nouns=nouns | grammar.blame_nouns,
            speech=grammar.speech,
            adjectives=set(lex.adjectives) | grammar.blame_adjectives | grammar.judgements,
        )
        #: what two parties do together (talks, a truce): no one party's to ask "from"
        talks = {n for n, senses in lex.nouns.items() if any(s.action == "CONSULT" for s in senses)}
        held = {n for t in lex.light.values() for n, s in t.items() if s.action == "CONSULT"}
        self.joint_acts = grammar.pacts | talks | held

    def __call__(self, doc: Doc) -> Iterator[Coded]:
        """Every event the document's triggers code, in text order."""
        for token, kind in self.scan(doc):
            coded = (
                self.code_obligation(token) or code_consequence(token, self.grammar)
                if kind == SPEECH
                else self.code_verb(token)
                if kind == VERB
                else self.code_noun(token)
                if kind == NOUN
                else self.code_adjective(token)
            )
            if coded is not None:
                yield coded
                if coded.action == "ACCUSE":
                    denied = self.code_denied_charge(coded)
                    if denied is not None:
                        yield denied

    def code_denied_charge(self, accusation: Coded) -> Coded | None:
        """ "Kinshasa accused Kigali of backing the M23, a charge Rwanda has always denied":
        the act charged, done by the accused, with the status the accused give it (denied).
        An act charged and not denied stays inside the accusation, as the accuser's word."""
        act = _charged_act(accusation.trigger)
        accused = [t for t in accusation.targets if actor_of(t)]
        if act is None or not accused:
            return None
        accused_sides = {root_of(actor_of(t)) for t in accused}
        if not charge_denied(accusation.trigger, accused_sides, act.doc._.accord):
            return None
        coded = self.code_verb(act, charged=True)
        if coded is None or coded.action in ("ACCUSE", "REJECT"):
            return None
        coded.sources = accused
        coded.targets = [t for t in coded.targets if root_of(actor_of(t)) not in accused_sides]
        coded.rule = f"{coded.rule}.{CHARGE_DENIED}"
        return coded

    def code_verb(self, verb: Token, charged: bool = False) -> Coded | None:
        """The event a verb trigger codes; ``charged``: the act of a denied charge, which its
        accusation would otherwise absorb."""
        if not charged and self.absorbed(verb):
            return None
        if foretells_consequence(verb, self.grammar):
            return None  # "Togo will regret this, Ghana said": Ghana's threat, no act of Togo's
        if is_to_blame(verb):
            return code_to_blame(verb, self.grammar)  # "Togo is to blame", Ghana said
        if verb.lemma_.lower() in self.grammar.violation_verbs and self.verb_sense(verb) is None:
            # not an imposed rule defied: a reported charge
            return code_violation(verb, self.grammar)
        if verb.lower_ in self.grammar.lexicon.adjectives and not any(
            c.dep_ == "agent" for c in verb.children
        ):
            return self.code_adjective(verb)  # "Israel is opposed to …" is a state, not a passive
        if participle_modifier(verb):
            # "occupied Palestine", "the besieged town": a description; but "a US-brokered
            # truce" names who mediated it
            return self._named_go_between(verb)
        sense = self.verb_sense(verb)
        if sense is None:
            return None
        if sense.action == "REJECT" and declines_to_speak(verb, self.grammar.silent):
            return None  # "declined to comment" is no rejection; "urged X to respond" asks
        if commanded_forces(verb, self.grammar.command_verbs):
            return None  # "ordered its troops to withdraw": the withdrawal is the event
        action, rule = sense.action, "verb"
        mode = sense.mode
        if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
            return None  # "tries to arm itself", "freed itself": done to no other party
        if (
            action != "ACCUSE"
            and verb.lemma_.lower() in self.grammar.naming
            and any(c.dep_ == "oprd" for c in verb.children)
        ):
            return None  # "calling it a plan": a characterisation, no call to anyone
        if action == "ASSAULT" and self._weapons_test(verb):
            action, mode = "MOBILIZE", "weapons"  # "fired two missiles into the sea"
        if action == "ASSAULT" and self._own_arsenal(verb):
            action, mode = "RETREAT", "disarm"  # "the fighters burned their weapons"
        if action == "RETREAT" and _disarms_another(verb):
            action = "COERCE"  # "a plan to disarm the militia": taking another's weapons
        if mode == "ceasefire" and is_negated(verb):
            return None  # "will not stop the offensive": hostilities go on, nothing is yielded
        roles_of = action
        if (
            is_negated(verb)
            and not _not_yet(verb)  # "have not yet signed": still to come, not refused
            and (action in ("AGREE", "CONCEDE") or action in FUTURE_REFUSALS and self._ahead(verb))
        ):
            # "did not accept", "will not hand over the weapons", "would not negotiate with
            # Togo": the refusal itself
            action, rule = "REJECT", f"verb.{NEGATED_ACCEPTANCE}"
            roles_of = roles_of if roles_of in PARTNERED_REFUSALS else action
        if action in STANDING_DOWN and self._agreed_content(verb):
            return None  # "agreed to halt the fighting": the agreement says it all
        if action == "CONSULT" and self._purpose_of_meeting(verb):
            return None  # "met X to discuss Y": one meeting, coded by its verb
        sources, targets, passive = self.roles.clause_roles(verb, roles_of)
        if sense.converse:
            givers = self.roles.givers(verb)
            if not givers or passive:
                return None  # "Ukraine received new jets": from no one the text names
            sources, targets, rule = givers, sources, "verb.converse"
        if passive:
            rule += ".passive"
            body = self._excluding_body(verb) if not sources else None
            if body is not None:  # "Mali was suspended from ECOWAS": the body excludes it
                action, mode, sources, rule = "SANCTION", "expel", [body], f"{rule}.excluded"
        if action == "CONSULT" and mode == "visit" and not targets and not passive:
            # "received a delegation from Hamas": the visitors came from the sender
            own = set(unique_actors(sources))
            targets = [g for g in self.roles.givers(verb) if actor_of(g) not in own]
        if mode == "ceasefire" and action == "RETREAT":
            # "stopped attacking rebel positions in Y", "halted its strikes on X": whom the
            # ceased hostilities hit, not where they were fought
            targets = self._ceased_targets(verb, sources)
        if action == "AID" and not targets:
            # "provided $60 billion in assistance to Ukraine": the recipient hangs on the aid
            for aid in _quantified(verb):
                targets = targets or self.roles.nominal_targets(aid, action)
        if action in ("AGREE", "REJECT") and not targets and _relative(verb):
            targets = self._asker_answered(verb, sources)  # "…, which Havana refused"
        let_through = (
            _let_through(verb)
            if action == "AID" and verb.lemma_.lower() in self.grammar.letting
            else None
        )
        if let_through is not None:
            # "allowed aid convoys to enter El Fasher": the aid goes where its clause says
            targets = self.roles.clause_roles(let_through, action)[1]
        if action == "CONSULT":
            # "sent a delegation to Jeddah for talks with the RSF": the talks' other side,
            # not the host, is whom the visit is for
            targets = self.roles.purpose_partners(verb) or targets
        if sense.mode == "third-party":
            # "mediated the talks between A and B": the mediator meets both sides; the place
            # of "talks in Pretoria mediated by the AU" is no party to them
            named = [t for t in targets if not isinstance(t, str)]
            targets = (
                self.roles.mediated_sides(verb)
                or named
                or self.roles.mediated_parties(verb)
                or targets
            )
        if verb.lemma_.lower() in self.grammar.warning:
            other_side = _other_side_in_clause(verb, sources)
            if other_side and self._clause_senses(verb)[1]:
                return None  # "officials warned Iran could strike": a forecast, not a threat
            targets = targets or other_side  # "warned that Israel would pay a heavy price"
            targets = targets or self._threatened_targets(verb)  # "warned it would strike X"
        if not targets and verb.lemma_.lower() in self.grammar.warning and not _warns_of_act(verb):
            return None  # "warned that famine conditions were spreading": no threat
        if (
            sense.needs_target
            and not targets
            and not self._done_to_each_other(action, sources)
            and not (action == "REQUEST" and _insists_on_something(verb))
        ):
            # "insisted that the talks would continue": no one is asked anything; "Ghana
            # and Togo seek to curb smuggling": two doers ask nobody either
            return None
        return Coded(action, mode, verb, verb, sources, targets, f"events.{rule}")

    def _done_to_each_other(self, action: str, sources: list) -> bool:
        """Two doers of a mutual act are each other's recipients ("Ghana and Togo pledged
        support"); of a one-way act ("sought", "pressed") they are not."""
        return action in self.grammar.symmetric and len(unique_actors(sources)) > 1

    def _named_go_between(self, participle: Token) -> Coded | None:
        """ "a US-brokered truce", "China-brokered talks": the actor the participle's own
        modifier names mediated between the parties of what it modifies ("Syria and Israel
        accepted a US-mediated truce")."""
        sense = self.verb_sense(participle)
        if sense is None or sense.mode != "third-party":
            return None
        analysis = participle.doc._.accord
        mediators = [
            actor
            for child in participle.children
            if child.dep_ in ("npadvmod", "compound", "nmod")
            for actor in phrase_actors(child, analysis) or _word_actor(child, analysis)
        ]
        if not mediators:
            return None
        mediated = unique_actors(mediators)
        parties = self.roles.mediated_sides(participle) or self.roles.mediated_parties(participle)
        parties = [p for p in parties if actor_of(p) not in mediated]
        if not parties:
            return None
        rule = "events.verb.named_go_between"
        return Coded(sense.action, sense.mode, participle, participle, mediators, parties, rule)

    def _ceased_targets(self, verb: Token, sources: list) -> list:
        """The recipients of the hostilities a verb of ceasing stops: its complement's
        ("stopped attacking X") or its object's ("halted strikes on X")."""
        own = set(unique_actors(sources))
        found: list = []
        for child in verb.children:
            if child.dep_ == "xcomp":
                found += self.roles.clause_roles(child, "ASSAULT")[1]
            elif child.dep_ == "dobj":
                found += self.roles.nominal_targets(child, "ASSAULT")
        # a place read as its country ("the fighting in Darfur") is where, not whom
        return [i for i in found if not isinstance(i, str) and actor_of(i) not in own]

    def _purpose_of_meeting(self, verb: Token) -> bool:
        """An infinitive of talking that says what a meeting or visit is for ("met Lavrov to
        discuss Ukraine", "flew to Doha to negotiate"): not a second meeting. One that names
        whom the trip is for ("flew to Nairobi to meet both camps") is coded."""
        governor = verb.head
        if verb.lemma_.lower() not in self.grammar.topic_verbs:
            return False
        if verb.dep_ not in ("advcl", "xcomp") or governor == verb:
            return False
        if not to_infinitive(verb):
            return False
        sense = self.verb_sense(governor)
        return sense is not None and sense.action == "CONSULT"

    def code_obligation(self, verb: Token) -> Coded | None:
        """ "Russia said Sudan must return the helicopter": a demand on the clause's subject.
        A passive clause with its doer named asks the doer: "the detainees must be freed by
        Togo" asks Togo, while "Hamas must be disarmed" asks Hamas."""
        analysis = verb.doc._.accord
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            if not self._obliged(clause):
                continue
            speaker = clause_subject(verb)
            if speaker is None:
                continue
            doer = next((g for c in clause.children if c.dep_ == "agent" for g in c.children), None)
            subject = doer if doer is not None else clause_subject(clause)
            targets = phrase_actors(subject, analysis) if subject is not None else []
            sources = named_actors(speaker, analysis)
            if sources and targets:
                return Coded(
                    "REQUEST", None, verb, clause, sources, targets, "events.speech.obligation"
                )
        return None

    def _obliged(self, clause: Token) -> bool:
        """A clause of obligation: "Togo must withdraw", "Togo has to stop the shelling",
        "Togo needs to withdraw" (the obligation verb with an infinitive)."""
        if any(c.dep_ == "aux" and c.lower_ in self.grammar.obligation for c in clause.children):
            return True
        return clause.lemma_.lower() in self.grammar.obligation_verbs and any(
            c.dep_ == "xcomp" and to_infinitive(c) for c in clause.children
        )

    def _future(self, verb: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in self.grammar.future_aux for c in verb.children)

    def _ahead(self, verb: Token) -> bool:
        """Future, or the reported future ("Togo said it would not negotiate"): "would"
        under a past speech verb is the "will" it reports."""
        reported = reported_after_past_speech(verb, self.grammar.speech) and any(
            c.dep_ == "aux" and c.lower_ == "would" for c in verb.children
        )
        return reported or self._future(verb)

    def verb_sense(self, verb: Token) -> Sense | None:
        """The verb's reading: the first sense (phrasal ones first) whose object list names
        its object ("pledged $10 million in aid" is aid, "seized vessels in its waters" a
        confiscation), else the first that takes any object or fits its object by shape."""
        senses = [
            s
            for s in self.grammar.lexicon.verbs.get(verb.lemma_.lower(), [])
            if self._may_be(verb, s)
        ]
        named = next(
            (s for s in senses if s.objects is not None and self._object_named(verb, s.objects)),
            None,
        )
        if named is not None:
            return named
        return next(
            (s for s in senses if s.objects is None or self._object_fits(verb, s.objects)), None
        )

    def _may_be(self, verb: Token, sense: Sense) -> bool:
        """Whether nothing about the verb rules a sense out, whatever its object."""
        if sense.subjects is not None and not _subject_fits(verb, sense.subjects):
            return False
        if sense.particle is not None and not any(
            c.lower_ == sense.particle and c.dep_ in ("prt", "advmod", "prep")
            for c in verb.children
        ):
            return False  # "called for a strike" is no "called off a strike"
        if self._abstract_object(verb, sense, ("dobj", "nsubjpass")):
            return False  # "released a statement", "a statement was released": not a release
        if sense.particle is None and self._light_for_another(verb, sense):
            return False  # "struck a deal": the deal's ("called off a strike" reads whole)
        # "rejected claims that …": a denial of a charge, not a refusal
        return not (
            sense.action == "REJECT"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in CHARGE_NOUNS for c in verb.children)
        )

    def _excluding_body(self, verb: Token) -> str | None:
        """The intergovernmental body a party is excluded "from" by a passive verb of
        excluding ("was suspended from ECOWAS", "has been barred from ASEAN summits")."""
        if verb.lemma_.lower() not in self.grammar.excluding:
            return None
        analysis = verb.doc._.accord
        kinds = organisation_kinds()
        for prep in prepositions_of(verb, "from"):
            for place in (p for p in prep.children if p.dep_ == "pobj"):
                for token in (place, *(c for c in place.children if c.dep_ == "compound")):
                    mention = analysis.mention_covering(token)
                    if mention is not None and kinds.get(mention.actor) == "igo":
                        return mention.actor
        return None

    def _light_for_another(self, verb: Token, sense: Sense) -> bool:
        """Is a material act's verb only the light verb of its object, a trigger of another
        type ("struck a deal", "a deal was struck", "launched talks")? The noun codes the
        event; the strike or the launch is none. A verbal act keeps its own reading beside
        the noun's ("offered concessions" is an offer)."""
        if sense.action not in self.grammar.material:
            return False
        table = self.grammar.lexicon.light.get(verb.lemma_.lower(), {})
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass"):  # "a deal was struck" as "struck a deal"
                light = table.get(child.lemma_.lower()) or table.get(child.lower_)
                if light is not None and light.action != sense.action:
                    return True
        return False

    def _abstract_object(self, head: Token, sense: Sense, relations: tuple[str, ...]) -> bool:
        """Is a material act's object (or, for a noun, what it is "on") something abstract?"""
        if sense.action not in self.grammar.material:
            return False
        objects = [c for c in head.children if c.dep_ in relations]
        if "nsubjpass" in relations and _reduced_passive(head):
            objects.append(head.head)  # "a statement released by the ministry"
        if "prep" in relations:
            objects = [g for c in objects if c.lower_ in ("on", "against") for g in c.children]
        abstract = self.grammar.abstract_objects
        return any(o.lemma_.lower() in abstract or o.lower_ in abstract for o in objects)

    def _object_fits(self, verb: Token, wanted: frozenset[str]) -> bool:
        analysis = verb.doc._.accord
        if "__place__" in wanted and _takes_people(verb):
            return False  # "Kofi Mensah was captured in a rural area": no place was taken
        if "__place__" in wanted and _placed(verb, analysis):
            return True  # "hit an oil depot in Russia's Bryansk region"
        if "__to_do__" in wanted and _directs(verb):
            return True  # "told Minsk to prepare its air defences"
        if "__directive__" in wanted and _directive_clause(verb):
            return True  # "insisted that Togo withdraw", not "insisted that Togo had"
        if "__object__" in wanted and any(c.dep_ == "dobj" for c in verb.children):
            return True  # "protested the comment": any thing objected to
        if "__harm__" in wanted and any(
            c.dep_ == "dobj" and self.roles.harm_noun(c) for c in verb.children
        ):
            return True  # "attributed the attack to …": an attack or a coercive act
        if "__that__" in wanted and any(
            c.dep_ == "ccomp" and introduced_by_that(c) for c in verb.children
        ):
            return True  # "charged that Togo was arming the rebels": a charge made
        raised = _raised_objects(verb)
        if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
            raised.append(verb.head)  # "the talks, facilitated by China": what it was done to
        for child in [*verb.children, *raised]:
            if child.dep_ in OBJECT_DEPS or child in raised:
                if _object_words(child) & wanted:
                    return True
                if "__person__" in wanted and _names_a_person(child, analysis):
                    return True  # "Kofi Mensah was captured"
                mention = analysis.mention_covering(child)
                if "__party__" in wanted and mention is not None and mention.kind != "person":
                    return True  # "suspended Mali": the party itself, not a thing it owns
                if "__actor__" in wanted and (mention or own_actors(child, analysis, agents=False)):
                    return True  # "hit Ukrainian facilities": an object an actor owns
                if "__place__" in wanted and (
                    child.ent_type_ in ("GPE", "LOC", "FAC")
                    or resolve_place(child.text)
                    or _placed(child, analysis)
                ):
                    return True
            if child.dep_ == "prep" and f"__{child.lower_}__" in wanted:
                return True
            if child.dep_ in ("prt", "advmod", "intj") and f"__{child.lower_}__" in wanted:
                return True  # "turned down", "ruled out", "said no to"
            if child.dep_ == "prep":
                for grandchild in child.children:
                    if _object_words(grandchild) & wanted or f"__{grandchild.lower_}__" in wanted:
                        return True  # "described it as an act of aggression"
            if child.dep_ == "xcomp":
                lemma = child.lemma_.lower()
                if f"__{lemma}__" in wanted:
                    return True
                if "__violent__" in wanted and any(
                    s.action == "ASSAULT" for s in self.grammar.lexicon.verbs.get(lemma, [])
                ):
                    return True
                if "__violent__" in wanted and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in self.grammar.war_nouns
                    for c in child.children
                ):
                    return True  # "vowed to take the war to Lome", "to bring the fight to"
            verbless = child.dep_ == "ccomp" and child.pos_ in ("ADJ", "NOUN")
            if verbless and {child.lemma_.lower(), child.lower_} & wanted:
                return True  # a clause with no verb: "considers him illegitimate" judges "him"
        return False

    def _object_named(self, verb: Token, wanted: frozenset[str]) -> bool:
        """Does a word of the verb's object name one of the ``wanted`` objects (not a shape
        such as ``__place__``)?"""
        return any(
            _object_words(child) & wanted for child in verb.children if child.dep_ in OBJECT_DEPS
        )

    def _qualified_light(self, governor: Token, noun: Token) -> Sense | None:
        """The reading of a light verb's noun that its modifiers pick ("joint drills"), or
        that a partner picks: drills held "with" another party, or by several together."""
        table = self.grammar.lexicon.qualified_light.get(governor.lemma_.lower(), {})
        senses = table.get(noun.lemma_.lower()) or table.get(noun.lower_) or []
        modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
        subject = clause_subject(governor)
        partnered = any(
            c.dep_ == "prep" and c.lower_ == "with" for t in (noun, governor) for c in t.children
        ) or (subject is not None and any(c.dep_ == "conj" for c in subject.children))
        for sense in senses:
            if sense.objects is not None and (sense.objects & modifiers or partnered):
                return sense
        return None

    def code_noun(self, noun: Token) -> Coded | None:
        if noun.dep_ == "compound" and self._trigger_noun(noun.head):
            return None  # "a ceasefire deal", "ceasefire talks": the head noun's event
        following = noun.nbor() if noun.i + 1 < len(noun.doc) else None
        if following is not None and misread_talks(following):
            return None  # "The ceasefire talks … collapsed", "talks" read as a verb: the topic
        if noun.lemma_.lower() in self.grammar.blame_nouns:
            borne = code_borne_blame(noun, self.grammar)  # "Togo bears the blame for it"
            if borne is not None or noun.lemma_.lower() not in self.trigger_nouns:
                return borne
        senses = self.grammar.lexicon.nouns.get(
            noun.lemma_.lower()
        ) or self.grammar.lexicon.nouns.get(noun.lower_, [])
        governor = governing_verb(noun)
        light_sense = None
        if governor is not None:
            light_sense = self._qualified_light(governor, noun) or (
                self.grammar.lexicon.light.get(governor.lemma_.lower(), {}).get(noun.lemma_.lower())
                or self.grammar.lexicon.light.get(governor.lemma_.lower(), {}).get(noun.lower_)
            )
        if light_sense is None:
            relative = self._relative_light(noun)  # "the agreement Ghana reached with Togo"
            if relative is not None:
                governor, light_sense = relative
        sense = None
        for candidate in senses:
            if candidate.objects is None or self._noun_fits(noun, candidate.objects):
                sense = candidate
                break
        if light_sense is not None and (sense is None or sense.objects is None):
            # the light verb decides, unless what the noun is of or for does ("made a call
            # for talks" is a demand however the call is made)
            sense = light_sense if sense is None or light_sense.action != sense.action else sense
        if sense is None:
            return self.pact_between(noun, governor)
        if self._abstract_object(noun, sense, ("prep",)):
            return None  # "an attack on calls for dialogue" is words, not force
        analysis = noun.doc._.accord
        if noun.dep_ == "nsubj" and self._codes_same(noun.head, sense.action):
            return None  # "Israeli strikes killed 30": the verb's event, the noun its source
        met = _meeting_setting(noun, sense.action)
        if met is not None:
            # "In talks with Togo on Thursday, Ghana's minister said …": the clause's
            # subject met the partner the noun names
            sources, _, _ = self.roles.clause_roles(met, sense.action)
            targets, _ = self.roles.nominal_recipients(noun, sense.action)
            if sources and targets:
                return Coded(sense.action, sense.mode, noun, noun, sources, targets, SETTING_RULE)
        ready = readiness_adjective(noun) if sense.action == "CONSULT" else None
        if ready is not None:
            # "Ghana is open to dialogue with the Front": the adjective's subject offers it
            sources, _, _ = self.roles.clause_roles(ready, sense.action)
            targets, _ = self.roles.nominal_recipients(noun, sense.action)
            if not sources:
                return None
            return Coded(
                sense.action, sense.mode, noun, noun, sources, targets, "events.noun.readiness"
            )
        if governor is not None and light_sense is None:
            warded = code_warded_off(noun, governor, sense, self.grammar, self.roles)
            if warded is not None:
                return warded
            meeting = self._sides_meeting(noun, governor, sense.action)
            if meeting is not None:
                return meeting
            if self.verb_sense(governor) is not None or self.absorbed(governor):
                return None  # "rejected the invasion": the verb's event covers it
            if governor.lemma_.lower() not in self.grammar.generic_light:
                governor = None
        if governor is not None and self.absorbed(governor):
            return None
        if self._asked_for(noun):
            return None  # "called for an Israeli withdrawal": what is asked for, not done
        action = sense.action
        # "an offer from Kabul" names the offerer only when a verb carries the noun;
        # "would need approval from the Commission" on its own codes no event
        # "a call by the UN (was ignored)" names its author without a verb when the act is
        # what the clause is about; "attacks by X" or "after a request by X" are background
        sources = own_actors(
            noun,
            analysis,
            agents=governor is not None,
            by_agent=sense.action not in self.grammar.background_nominal
            and noun.dep_ in CLAUSE_ARGUMENTS,
            from_is_place=action in FROM_PLACES,
        )
        if not sources and action == "REQUEST":
            sources = self._caller_from(noun)
        if not sources and action == "ASSAULT":
            sources = self._claimants(noun)  # "claimed responsibility for the bombing"
        if governor is not None:
            verb_sources, verb_targets, _ = self.roles.clause_roles(governor, action)
            if not sources or (
                _pronouns_only(sources)
                and len(unique_actors(verb_sources)) > len(unique_actors(sources))
            ):
                # "Ukraine and Russia held their first talks": "their" is both subjects
                sources = verb_sources
        else:
            verb_targets = []
        pact = noun.lemma_.lower() in self.grammar.pacts
        if action == "CONCEDE" and pact and prepositions_of(noun, "between"):
            action = "AGREE"  # "Qatar announced a ceasefire between A and B": the sides' truce
        if (
            governor is not None
            and action != "CONSULT"
            and action in self.grammar.symmetric
            and prepositions_of(noun, "between")
        ):
            # "Qatar announced a deal between Ghana and Togo": the sides' deal, not Qatar's
            sides = self.roles.between_parties(noun)
            named = set(unique_actors(sides))
            if not named & set(unique_actors(sources)):
                if len(named) < 2:
                    return None  # fewer than two sides resolved: no pair to code
                return Coded(action, sense.mode, governor, noun, sides, [], "events.noun.between")
        if not sources and action == "CONSULT" and not prepositions_of(noun, "with"):
            scene = _setting_verb(noun)
            met_together = self.roles.clause_roles(scene, action)[0] if scene is not None else []
            if len(unique_actors(met_together)) > 1:
                # "A and B agreed during a meeting at the palace": they met each other
                return Coded(action, sense.mode, noun, noun, met_together, [], SETTING_RULE)
        if not sources and action in self.grammar.symmetric:
            sides = self.roles.sides_of(noun, governor)  # "talks between Kinshasa and the M23"
            if sides:
                rule = "events.noun.between"
                return Coded(action, sense.mode, governor or noun, noun, sides, [], rule)
        if not sources and action == "CONSULT" and self._talks_taking_place(noun):
            # "Ghana and Togo met on Monday. The talks resumed on Tuesday": theirs, whose
            # sides the emitter reads off the talks it has reported just before
            return Coded(action, sense.mode, noun.head, noun, [], [], RECENT_TALKS_RULE)
        if not sources:
            return None
        targets, venues = self.roles.nominal_recipients(noun, action)
        if not targets and noun.dep_ == "compound":
            targets = self.roles.nominal_targets(noun.head, action)  # "mediation effort between …"
        targets = targets or verb_targets or venues
        if not targets:
            # "Ghana's refusal to extend the agreement with Togo": whom the act it is to do
            # concerns, as "refused to extend the agreement with Togo" does
            own = set(unique_actors(sources))
            targets = [
                target
                for clause in noun.children
                if clause.dep_ == "acl" and to_infinitive(clause)
                for target in self.roles.complement_targets(clause, action)
                if actor_of(target) not in own
            ]
        if action == "CONCEDE" and pact and targets and prepositions_of(noun, "with"):
            # "announced a ceasefire with the army": a truce with a partner is agreed with it,
            # not declared alone
            action = "AGREE"
        if len(unique_actors(sources)) > 1:
            # "A and B held talks in Cairo" meet each other; "A held talks in Cairo", its host
            hosts = set(unique_actors(venues))
            targets = [t for t in targets if actor_of(t) not in hosts]
        if not targets and action in self.grammar.symmetric:
            # "intra-Sudanese talks that bring in the army and the RSF": the sides the
            # noun names, other than its own doer
            own = set(unique_actors(sources))
            targets = [s for s in self.roles.sides_of(noun, governor) if actor_of(s) not in own]
        if not targets and sense.mode == "third-party":
            targets = self.roles.mediated_parties(noun)
        if sense.needs_target and not targets and not self._done_to_each_other(action, sources):
            return None  # "expressed cautious support": for no one named
        anchor = governor if governor is not None else noun
        rule = "events.noun.light" if governor is not None else "events.noun"
        if governor is not None and is_negated(governor) and action in ("AGREE", "CONCEDE"):
            action, rule = "REJECT", f"{rule}.{NEGATED_ACCEPTANCE}"
        return Coded(action, sense.mode, anchor, noun, sources, targets, rule)

    def _sides_meeting(self, noun: Token, governor: Token, action: str) -> Coded | None:
        """ "Norway mediated the talks between A and B": the verb codes the go-between's
        meetings with each side, and the talks it carries are the sides' own meeting."""
        if action != "CONSULT":
            return None
        governing = self.verb_sense(governor)
        if governing is None or governing.action != "CONSULT" or is_negated(governor):
            return None
        sides = self.roles.between_parties(noun)
        if len(unique_actors(sides)) < 2:
            return None
        return Coded(action, None, governor, noun, sides, [], "events.noun.between")

    def _trigger_noun(self, noun: Token) -> bool:
        nouns = self.trigger_nouns
        return noun.pos_ == "NOUN" and (noun.lemma_.lower() in nouns or noun.lower_ in nouns)

    def _relative_light(self, noun: Token) -> tuple[Token, Sense] | None:
        """A light verb in a relative clause on the noun, whose object the noun is ("the
        ceasefire agreement (that) Ghana reached with Togo", "the strikes Israel carried
        out"): the verb and the sense it gives the noun."""
        for clause in noun.children:
            if clause.dep_ != "relcl" or clause.pos_ != "VERB":
                continue
            if any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in clause.children):
                continue  # "the agreement that ended the war": the clause has its own object
            table = self.grammar.lexicon.light.get(clause.lemma_.lower(), {})
            sense = table.get(noun.lemma_.lower()) or table.get(noun.lower_)
            if sense is not None:
                return clause, sense
        return None

    def _weapons_test(self, verb: Token) -> bool:
        """A launch marked as a test ("test-fired") or aimed at no one ("into the sea")."""
        marks = self.grammar.weapon_tests
        for child in verb.children:
            if child.dep_ == "npadvmod" and child.lower_ in marks:
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ == "into"
                and any(g.dep_ == "pobj" and g.lemma_.lower() in marks for g in child.children)
            ):
                return True
        return False

    def _own_arsenal(self, verb: Token) -> bool:
        """The verb's object is the doer's own arsenal: "destroyed their weapons", "burned
        its own arms" (the possessive pronoun stands for the subject)."""
        return any(
            child.dep_ == "dobj"
            and child.lemma_.lower() in self.grammar.arsenal
            and any(
                owner.dep_ == "poss" and owner.pos_ == "PRON" or owner.lower_ == "own"
                for owner in child.children
            )
            for child in verb.children
        )

    def _codes_same(self, verb: Token, action: str) -> bool:
        if verb.pos_ != "VERB":
            return False
        sense = self.verb_sense(verb)
        return sense is not None and sense.action == action

    def pact_between(self, noun: Token, governor: Token | None) -> Coded | None:
        """ "A ceasefire between A and B took effect": the sides' agreement with each other,
        whatever verb carries the pact. The pact must be an argument of its clause: "would
        not accept a deal without a clause for a ceasefire between them" agrees nothing, nor
        does one that is demanded or needed (``unmet_pact_governors``)."""
        if noun.lemma_.lower() not in self.grammar.pacts and noun.lower_ not in self.grammar.pacts:
            return None
        if noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return None
        if governor is not None and governor.lemma_.lower() in self.grammar.unmet_pact_governors:
            return None  # "demanded a ceasefire between A and B": asked for, not agreed
        sides = self.roles.sides_of(noun, governor)
        if not sides:
            return None
        anchor = governor if governor is not None else noun
        return Coded("AGREE", None, anchor, noun, sides, [], "events.noun.between")

    def _noun_fits(self, noun: Token, wanted: frozenset[str]) -> bool:
        if not wanted:
            return False
        for child in noun.children:
            if child.dep_ == "prep" and f"__{child.lower_}__" in wanted:
                return True
            if _infinitival_modifier(child) and "__infinitive__" in wanted:
                return True  # "calls to resolve the issues through dialogue"
            if child.dep_ in ("compound", "amod") and child.lemma_.lower() in wanted:
                return True  # "a prisoner exchange": the noun's modifier says what it is of
            if child.dep_ == "prep" and child.lower_ == "of":
                of = [g for g in child.children if g.dep_ == "pobj"]
                if any({g.lemma_.lower(), g.lower_} & wanted for g in of):
                    return True  # "shipments of weapons": what it is of, after it
            if "__military__" in wanted and child.lower_ in ("military", "ground", "air"):
                return True
            if "__military__" in wanted and child.dep_ == "prep" and child.lower_ in ("in", "on"):
                return any(resolve_place(g.text) for g in child.children)
        return False

    def _talks_taking_place(self, noun: Token) -> bool:
        """ "The talks kicked off on Tuesday": talks named before, said to happen, with no
        side of their own in the clause."""
        return (
            noun.dep_ == "nsubj"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and not any(c.dep_ in ("poss", "prep", "compound") for c in noun.children)
            and takes_place(noun.head, self.grammar.occurrence)
        )

    def _claimants(self, harm: Token) -> list:
        """Who owns up to a harm: the subject of "claimed (took) responsibility for it"."""
        owning = harm.head.head if harm.dep_ == "pobj" and harm.head.lower_ == "for" else None
        if owning is None or owning.lemma_.lower() not in self.grammar.blame_nouns:
            return []
        claiming = owning.head
        if owning.dep_ != "dobj" or claiming.lemma_.lower() not in self.grammar.claiming_verbs:
            return []
        return self.roles.clause_roles(claiming, "ASSAULT")[0]

    def code_adjective(self, adjective: Token) -> Coded | None:
        if adjective.lower_ in self.grammar.blame_adjectives:
            return code_blame(adjective, self.grammar)
        if adjective.lower_ in self.grammar.judgements:
            judged = code_judged(adjective, self.grammar)  # "said the move was illegal"
            if judged is not None or adjective.lower_ not in self.grammar.lexicon.adjectives:
                return judged
        if adjective.dep_ not in ("acomp", "amod", "ROOT", "ccomp", "xcomp", "conj"):
            return None
        verb = adjective.head if adjective.dep_ == "acomp" else adjective
        senses = self.grammar.lexicon.adjectives.get(adjective.lower_, [])
        if not senses:
            return None
        subject = clause_subject(verb) or next(
            (c for c in adjective.children if c.dep_ == "nsubjpass"), None
        )
        sources = named_actors(subject, adjective.doc._.accord) if subject is not None else []
        if not sources:
            return None
        targets = []
        for child in adjective.children:
            if child.dep_ == "prep" and child.lower_ in ("about", "over", "by", "to", "with", "of"):
                targets += self.roles.actors_in(child)
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and not targets:
                        targets += self.roles.nominal_targets(pobj, senses[0].action)
        if not targets:
            return None  # "the US is concerned": a state of mind until it is about someone
        return Coded(
            senses[0].action, senses[0].mode, verb, adjective, sources, targets, "events.adjective"
        )

    def _asker_answered(self, verb: Token, sources: list) -> list:
        """Who asked what a relative clause answers: "X asked Minsk to hand them over, which
        Minsk declined" and "…, a request Mogadishu rejected" answer X, the subject of the
        nearest verb of asking the clause hangs from."""
        analysis = verb.doc._.accord
        own = set(unique_actors(sources))
        for ancestor in verb.ancestors:
            senses = self.grammar.lexicon.verbs.get(ancestor.lemma_.lower(), [])
            if ancestor.pos_ != "VERB" or not any(s.action == "REQUEST" for s in senses):
                continue
            subject = clause_subject(ancestor)
            askers = phrase_actors(subject, analysis) if subject is not None else []
            return [a for a in askers if actor_of(a) not in own]
        return []

    def _caller_from(self, noun: Token) -> list:
        """Who made a call or appeal named only by "from": on the noun ("calls from Seoul for
        talks") or on a joint act asked for, where the parser hangs it ("calls for dialogue
        from President Moon": dialogue is no one party's, so the phrase is the caller's).
        "calls for restraint from Hezbollah" or "for weapons from Berlin" name whom it asks."""
        analysis = noun.doc._.accord
        heads = [noun] + [
            asked
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "for"
            for asked in prep.children
            if asked.dep_ == "pobj" and {asked.lemma_.lower(), asked.lower_} & self.joint_acts
        ]
        return [
            actor
            for head in heads
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            # "from Kyiv" reads as a place to the actor finder; a request comes from a party
            for actor in named_actors(pobj, analysis) or country_named(pobj, capitals=True)
        ]

    def _asked_for(self, noun: Token) -> bool:
        """A noun after "for" on an absorbing governor ("called for a withdrawal", "pressed
        for talks"): the governor's content."""
        prep = noun.head
        return (
            noun.dep_ == "pobj"
            and prep.lower_ == "for"
            and prep.head.pos_ == "VERB"
            and prep.head.lemma_.lower() in self.grammar.absorbing
            and not set_out(noun, self.grammar.stipulating)
        )

    def _absorbing_noun(self, noun: Token) -> bool:
        """A noun of asking or refusing that is a trigger itself ("a call", "a demand")."""
        lemma = noun.lemma_.lower()
        return lemma in self.grammar.absorbing and lemma in self.grammar.lexicon.nouns

    def _asked_in_noun(self, verb: Token) -> bool:
        """ "a call to negotiate", "their demand to withdraw": what the noun asks for."""
        return _infinitival_modifier(verb) and self._absorbing_noun(verb.head)

    def _clause_senses(self, verb: Token) -> tuple[Token | None, list[Sense]]:
        """A warning's clause and the senses the lexicon gives its verb ("could strike")."""
        clause = _clause_of(verb)
        if clause is None:
            return None, []
        return clause, self.grammar.lexicon.verbs.get(clause.lemma_.lower(), [])

    def _threatened_targets(self, verb: Token) -> list:
        """The recipients of the act a warning says the warner will do ("warned it would
        strike Israel")."""
        clause, senses = self._clause_senses(verb)
        if not senses:
            return []
        return self.roles.clause_roles(clause, senses[0].action)[1]

    def _agreed_content(self, verb: Token) -> bool:
        """Is the verb what an agreement's governor agrees to ("agreed to halt …"), or what a
        pact provides ("a deal to reopen the border", "struck a deal to reopen it")?"""
        if not to_infinitive(verb):
            return False
        head = verb.head
        if verb.dep_ == "xcomp" and head.lemma_.lower() in self.grammar.agreement_governors:
            return True
        pacts = self.grammar.pacts
        if verb.dep_ == "acl" and head.lemma_.lower() in pacts:
            return True
        return verb.dep_ in ("advcl", "xcomp") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in pacts for c in head.children
        )

    def absorbed(self, verb: Token) -> bool:
        """Is the verb the complement of a governor that codes it ("threatened to invade")?
        A clause on "which" ("…, which Havana refused") answers, however it is parsed."""
        if _relative(verb) and not self._asked_in_noun(verb):
            return False  # "a deadline to withdraw" is parsed as a relative clause too
        token = verb
        for _ in range(3):
            if self._asked_in_noun(token):
                return True
            if token.dep_ not in ("xcomp", "ccomp", "pcomp", "advcl") or token.head == token:
                return False
            governor = token.head
            if governor.pos_ == "ADP":
                governor = governor.head
                if (
                    governor.dep_ == "dobj"
                    and governor.head.lemma_.lower() in self.grammar.absorbing
                ):
                    # "accused the rebels of attacking": the parser hangs "of" on the
                    # object; the accusation governs it all the same
                    governor = governor.head
            lemma = governor.lemma_.lower()
            if commanded_forces(governor, self.grammar.command_verbs):
                return False  # "ordered the army to strike": the army's act, to come
            absorbs = lemma in self.grammar.absorbing and lemma not in self.grammar.denial
            absorbs = absorbs or token.lemma_.lower() in self.grammar.absorbed_complements.get(
                lemma, ()
            )
            if not absorbs and token.dep_ in ("xcomp", "advcl") and to_infinitive(token):
                # "issued a call to negotiate", "made an appeal to stop": the light verb's
                # noun governs the infinitive as "called on X to negotiate" would
                absorbs = any(
                    c.dep_ == "dobj" and self._absorbing_noun(c) for c in governor.children
                )
            if absorbs and lemma in self.grammar.object_controlled and token.dep_ != "ccomp":
                # "wants to withdraw" is the subject's own plan; "wants Togo to withdraw"
                # (an object, or the complement's own subject) is what it asks of Togo
                absorbs = any(c.dep_ in ("dobj", "dative") for c in governor.children)
            if absorbs and token.dep_ in ("xcomp", "pcomp"):
                return True
            if (
                absorbs
                and lemma in ("demand", "urge", "ask", "call", "insist", "request", "want")
                and token.dep_ == "ccomp"
            ):
                return True
            if absorbs and lemma in self.grammar.warning | THREAT_VERBS and token.dep_ == "ccomp":
                warner = clause_subject(governor)
                warners = phrase_actors(warner, governor.doc._.accord) if warner is not None else []
                # "warned it would strike": the threat; "warned Iran could strike": a forecast
                return not _other_side_in_clause(governor, warners)
            if (
                absorbs
                and token.dep_ == "advcl"
                and to_infinitive(token)
                and any(c.dep_ == "dobj" for c in governor.children)
            ):
                return True  # "pushed Serbia and Kosovo to normalise ties": object control
            if token.dep_ == "advcl":
                return False
            token = governor
        return False


#: Dependencies of what a verb is done to, for the objects a sense asks for.
OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass", "attr", "oprd"})


def _object_words(child: Token) -> set[str]:
    """The words an object is named by: its head, modifiers, and what an amount or a group
    of it is of ("700 kg of medicine", "thousands of refugees", "$3 billion in military aid",
    "quantities of cocaine and weapons")."""
    words = {child.lemma_.lower(), child.lower_}
    words |= {c.lower_ for c in child.children if c.dep_ in ("compound", "amod")}
    amount = (
        child.like_num
        or child.ent_type_ == "MONEY"
        or any(c.dep_ == "nummod" for c in child.children)
    )
    for of in child.children:
        if of.dep_ == "prep" and (of.lower_ == "of" or of.lower_ == "in" and amount):
            for pobj in (g for g in of.children if g.dep_ == "pobj"):
                for item in (pobj, *pobj.conjuncts):
                    words |= {item.lemma_.lower(), item.lower_}
    return words


def _relative(verb: Token) -> bool:
    """A relative clause ("…, which Havana refused", "a request Kinshasa rejected"), also when
    the parser hangs it as a complement: its object is a relative pronoun or a gap."""
    return verb.dep_ == "relcl" or any(
        c.dep_ == "dobj" and c.lower_ in ("which", "whom") for c in verb.children
    )


def _disarms_another(verb: Token) -> bool:
    """A transitive "disarm" whose object names a party, not the doer's own men ("disarm the
    militia", not "disarm its fighters"): the weapons are taken from someone else."""
    if verb.lemma_.lower() != "disarm":
        return False
    analysis = verb.doc._.accord
    return any(
        child.dep_ == "dobj"
        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children)
        and phrase_actors(child, analysis)
        for child in verb.children
    )


def _quantified(verb: Token) -> list[Token]:
    """What a verb's object is an amount of ("$60 billion in assistance", "tons of food")."""
    return [
        noun
        for amount in verb.children
        if amount.dep_ == "dobj"
        for prep in amount.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]


def _word_actor(token: Token, analysis: Analysis) -> list[str]:
    """The actor one word names that the actor extractor left unmarked inside a hyphenated
    modifier ("American" in "American-brokered"), read as the stances' broker reader reads
    it (:func:`accord.extract.referents.actor_of_token`); news media never mediate."""
    actor = actor_of_token(analysis, token)
    return [actor] if actor and not is_media(actor) else []


def _raised_objects(verb: Token) -> list[Token]:
    """The subjects of a verb's infinitive complements, which are its objects in meaning
    ("allowed aid convoys to enter the city": the convoys are allowed)."""
    return [
        subject
        for clause in verb.children
        if clause.dep_ in ("ccomp", "xcomp") and to_infinitive(clause)
        for subject in clause.children
        if subject.dep_ == "nsubj"
    ]


def _directs(verb: Token) -> bool:
    """Does the verb tell someone to do something: an addressee (object, or the subject of
    its infinitive) and the infinitive saying what ("told Minsk to prepare")?"""
    acts = any(c.dep_ in ("xcomp", "ccomp") and to_infinitive(c) for c in verb.children)
    addressed = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    return acts and (addressed or bool(_raised_objects(verb)))


def _directive_clause(verb: Token) -> bool:
    """Does the verb's clause say what someone is to do, as a bare subjunctive ("insisted
    that Israel withdraw")? A clause stating a fact ("insisted that the RS had the right")
    demands nothing; one with "must" is read as a demand by the speech verbs' rule."""
    return any(
        c.dep_ == "ccomp" and c.tag_ == "VB" and not any(a.dep_ == "aux" for a in c.children)
        for c in verb.children
    )


def _let_through(verb: Token) -> Token | None:
    """The infinitive clause of what a verb lets through ("allowed convoys to enter X")."""
    subjects = _raised_objects(verb)
    return (
        subjects[0].head
        if subjects and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
        else None
    )


def _infinitival_modifier(verb: Token) -> bool:
    """ "calls to settle the dispute": an infinitive hung on a noun (as acl or relcl)."""
    return verb.dep_ in ("acl", "relcl") and to_infinitive(verb)


def _pronouns_only(items: list) -> bool:
    return all(isinstance(item, ActorMention) and item.kind == "pronoun" for item in items)


def _subject_fits(verb: Token, wanted: frozenset[str]) -> bool:
    """Is the verb's subject one the sense wants ("a delegation arrived", "the envoy landed")?"""
    subject = clause_subject(verb)
    if subject is None:
        return False
    words = {subject.lemma_.lower(), subject.lower_}
    words |= {c.lower_ for c in subject.children if c.dep_ in ("compound", "appos")}
    if subject.pos_ == "PROPN":  # "U.S. envoy Daniel Whitaker": the title before the name
        words |= {t.lower_ for t in subject.lefts}
    if words & wanted:
        return True
    # a person the text has tied to an actor travels for it ("Blinken arrived in Cairo")
    mention = verb.doc._.accord.mention_covering(subject)
    return mention is not None and mention.kind == "person" and mention.actor is not None


def _clause_of(verb: Token) -> Token | None:
    """A reporting or warning verb's "that" clause."""
    return next((c for c in verb.children if c.dep_ == "ccomp"), None)


def _other_side_in_clause(verb: Token, warners: list) -> list:
    """The subject of a warning's clause when it is a party other than the warner's side
    ("warned that Iran could strike", "warned that Israel would pay a price"); else []."""
    clause = _clause_of(verb)
    subject = clause_subject(clause) if clause is not None else None
    if subject is None or subject.pos_ == "PRON":
        return []
    found = phrase_actors(subject, verb.doc._.accord)
    own = {root_of(a) for a in unique_actors(warners)}  # a state's bodies are one side
    if not found or {root_of(a) for a in unique_actors(found)} & own:
        return []
    return found


def _warns_of_act(verb: Token) -> bool:
    """Does a warning's clause say what someone will do ("warned that police will not tolerate
    rallies", "warned it would retaliate"), rather than how things are?"""
    clause = _clause_of(verb)
    if clause is None:  # "warned Israel", "warned of retaliation", not "warned against delays"
        return any(c.dep_ in ("dobj", "xcomp", "dative") for c in verb.children) or any(
            g.dep_ == "pobj" and g.lemma_.lower() in THREATENED_NOUNS
            for c in verb.children
            if c.dep_ == "prep"
            for g in c.children
        )
    subject = clause_subject(clause)
    if subject is None:
        return False
    analysis = verb.doc._.accord
    return bool(
        subject.pos_ == "PRON"
        or phrase_actors(subject, analysis)
        or unresolved_actor(subject)
        or noun_sector(subject)
    )


def _names_a_person(noun: Token, analysis) -> bool:
    """A person's name, or a phrase in apposition to one ("the group's leader, Kofi Mensah").
    A one-word name the tagger took for a person's that the place gazetteer lists, with no
    person mention on it, is the place ("the rebels seized Goma": the small model tags many
    towns of conflict news as people)."""
    mention = analysis.mention_covering(noun)
    if mention is not None and mention.kind == "person":
        return True
    if noun.ent_type_ == "PERSON":
        return not (_one_word_entity(noun) and resolve_place(noun.text) is not None)
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)


def _one_word_entity(token: Token) -> bool:
    """Is the token a whole named entity by itself ("Goma", not "Kofi Mensah")?"""
    return token.ent_iob_ == "B" and (
        token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    )


def _takes_people(verb: Token) -> bool:
    """Is what the verb takes a person ("Kofi Mensah was captured in a rural area")? Then
    the place phrase says where it happened, not what was taken."""
    analysis = verb.doc._.accord
    return any(
        c.dep_ in ("dobj", "nsubjpass") and _names_a_person(c, analysis) for c in verb.children
    )


def _placed(noun: Token, analysis) -> bool:
    """Is an object placed by a locative phrase naming a place or a country ("hit an oil depot
    in Russia's Bryansk region", "a school in Khan Younis")?"""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "at", "outside"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (
                    pobj.ent_type_ in ("GPE", "LOC", "FAC")
                    or analysis.mention_covering(pobj)
                    or own_actors(pobj, analysis, agents=False)
                ):
                    return True
    return False


def _insists_on_something(verb: Token) -> bool:
    """ "insists on a ceasefire": a demand made of the other side, named or not (not "insisted
    on Monday that …")."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "on"
        and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in child.children)
        for child in verb.children
    )


def _reduced_passive(verb: Token) -> bool:
    """A past participle after its noun with no subject or auxiliary of its own ("a
    statement released by the ministry"): the noun is what the verb is done to. A clause
    with its own subject ("claims that it had sent troops") is not."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _not_yet(verb: Token) -> bool:
    """A negation that says the act is still to come ("have not yet signed")."""
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)


def _meeting_setting(noun: Token, action: str) -> Token | None:
    """The verb a meeting noun sets the scene for ("in talks with X", "after two days of
    consultations with X, Y failed to …"), when the noun names its partner: the verb's
    subject is the other participant. None otherwise."""
    if action != "CONSULT" or not prepositions_of(noun, "with"):
        return None
    return _setting_verb(noun)


def _setting_verb(noun: Token) -> Token | None:
    """The verb a noun sets the scene for as a setting of time or place ("In talks with X,
    Y said", "agreed during a meeting"), None when it is none."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "pobj":
        head = head.head.head  # "after two days of consultations with X"
    setting = head.lower_ in SETTING_PREPS and (
        head.dep_ == "prep" or (head.dep_ == "advcl" and head.tag_ == "VBG")  # "Following talks"
    )
    if not setting or head.head.pos_ != "VERB":
        return None
    # before its verb any setting ("In talks with X, Y said"); after it, one of time ("Y
    # spoke after a meeting with X"), not a place Y names ("Y said … at talks with X")
    return head.head if head.i < head.head.i or head.lower_ in TIME_SETTINGS else None


def _charged_act(accusation: Token) -> Token | None:
    """The act an accusation charges, as a gerund after "of" ("accused Kigali of backing
    the M23"), the parse hanging "of" on the verb or on its object."""
    holders = [accusation, *(c for c in accusation.children if c.dep_ == "dobj")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for act in prep.children:
                if act.dep_ == "pcomp" and act.tag_ == "VBG":
                    return act
    return None
