"""Per-token readers of positions: stance verbs ("X rejected the deal", negated and
conditional), staying away from the talks, stance nouns ("X's approval") and the
owner of a proposal ("a X proposal").

A mixin of :class:`~accord.extract.stances.reader.StanceReader`; each reader records
what it finds through ``add``.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.referents import actor_of_token
from accord.extract.stances.common import THE_SIDES, as_party
from accord.extract.stances.words import (
    ABSENCE_VERBS,
    AGREEMENT_NOUNS,
    CALL_NOUNS,
    CIRCUMSTANCE_PREPS,
    DOUBTING_ADJECTIVES,
    INTENT_MODALS,
    INTENTION_VERBS,
    NEGATIONS,
    OBLIGATION_MODALS,
    PLANNING_PASSIVES,
    POSSIBILITY_MODALS,
    PRONOUNS,
    PROPOSAL_OWNED,
    UNASSERTED_PREPOSITIONS,
    VOICING_VERBS,
    WEAK_NOUNS,
)
from accord.nlp.prepositions import readiness_adjective
from accord.resolve.actors import gazetteer, phrase_entry
from accord.resolve.dates import verb_of


class PositionReaders:
    """Stances stated by a verb or a noun."""

    def stance_verb(self, token: Token) -> None:
        lemma = token.lemma_.lower()
        stance = None
        for child in token.children:  # "turned it down", "pulled out of", "said yes to"
            particle = child.dep_ in ("prt", "dobj", "advmod", "prep", "intj")
            if particle and (lemma, child.lower_) in self.vocab.phrasal_stances:
                stance = self.vocab.phrasal_stances[(lemma, child.lower_)]
        stance = stance or self.vocab.verb_stances.get(lemma)
        if token.pos_ not in ("VERB", "AUX"):
            return
        if stance is None:
            self.absent(token)
            return
        if token.dep_ == "amod":  # "a proposed deal": no one is said to do it
            return
        if any(c.dep_ == "mark" and c.lower_ in self.vocab.condition_marks for c in token.children):
            return  # "… if the group walked away from the framework": a supposition
        if token.dep_ == "pcomp" and token.head.lower_ in UNASSERTED_PREPOSITIONS:
            return  # "wants guarantees before signing the deal": nothing signed yet
        if token.dep_ == "acl" and _intention(token.head):
            return  # "X's plan to present …": the intention, not a proposal
        if _forecast(token) and stance not in ("attending", "mediating"):
            return  # "the sides are expected to agree": a forecast, no position yet
        if token.dep_ == "xcomp" and self.vocab.verb_stances.get(token.head.lemma_.lower()) == (
            "rejected"
        ):
            return  # "refused to sign it": the refusal is the stance
        if stance == "withdrew" and _moves_forces(token):
            return  # "will withdraw its troops from Mogok": a pullback, not leaving the talks
        obj = self.negotiation_object(token, allow_delegation=stance == "withdrew")
        if lemma in self.vocab.attainment_verbs and not self._attained(token, obj):
            return  # "efforts to reach a deal", "reached Geneva for the talks"
        if obj is None and stance == "rejected":
            obj = self._refused_object(token)
        mutual = obj is None and stance == "accepted" and _agreed_terms(token)
        if obj is None and not mutual and not self._object_optional(token, stance):
            return
        parties = self.subjects(token)
        named = {party for party, _ in parties or []}
        if not parties or mutual and len(named) < 2 and THE_SIDES not in named:
            return  # one party "agreed that …" agrees with a view, not to terms
        negated = any(child.dep_ == "neg" for child in token.children) or _doubted(token)
        modals = {c.lower_ for c in token.children if c.dep_ == "aux"}
        if _demanded(token):
            return  # "X should come to agree": what the speaker asks of X
        clauses = self.clause_conditions(token)
        conditions = clauses + self.phrase_conditions(token, obj)
        if negated:
            if stance == "attending":
                # "did not take part in the talks": staying out refuses the talks; it is no
                # withdrawal from them (a walk-out or a boycott is a verb of its own)
                self.add(parties, "rejected", token, "stances.verb.not_attending", obj)
            if stance != "accepted":
                return
            excluded = self._excluded(obj)
            if conditions or excluded:
                self.add(
                    parties,
                    "accepted",
                    token,
                    "stances.condition",
                    obj,
                    conditions=conditions + excluded,
                    condition_only=True,
                )
                return
            if modals & INTENT_MODALS:
                self.add(parties, "rejected", token, "stances.verb.negated", obj)
            return
        if modals & POSSIBILITY_MODALS and not conditions:
            return
        if (
            stance == "proposed"
            and obj is not None
            and (self.vocab.noun_stances.get(obj.lemma_.lower()) == "mediating")
        ):
            stance = "mediating"  # "offered its mediation"
        if stance == "accepted" and (clauses or self._qualified(token)):
            # "will accept the plan only if …", "accepted it in principle", "with
            # reservations": accepted on terms ("without preconditions" is a condition of none)
            stance = "reservations"
        for candidate in self.add(
            parties, stance, token, f"stances.verb.{stance}", obj, conditions=conditions
        ):
            candidate.recipients = self.recipients(token.sent, candidate.party)
        if stance in ("proposed", "mediating"):  # "X, with support from Y, presented a plan"
            named = {party for party, _ in parties}
            backers = [  # "with support from Y" on the verb or on its subject
                (p, t)
                for head in [token, *(t for _, t in parties)]
                for p, t in self._supporters(head)
                if p not in named
            ]
            self.add(backers, stance, token, f"stances.verb.{stance}.supported", obj)
        if stance == "accepted":
            named = {party for party, _ in parties}
            others = [(p, t) for p, t in self.co_signatories(token, obj) if p not in named]
            self.add(others, "accepted", token, "stances.verb.accepted.co_signatory", obj)

    def _qualified(self, verb: Token) -> bool:
        """An acceptance the verb or its object qualifies: "in principle", or "with" a word
        for reservations ("accepted the proposal with some remarks", "with conditions")."""
        held = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for prep in (c for t in held for c in t.children if c.dep_ == "prep"):
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.lower_ == "in" and any(o.lower_ == "principle" for o in objects):
                return True
            if prep.lower_ == "with" and any(
                self.vocab.noun_stance(o) == "reservations" for o in objects
            ):
                return True
        return False

    def _attained(self, verb: Token, obj: Token | None) -> bool:
        """ "reached a ceasefire", "the deal they sealed": an agreement attained, said as done
        and as the verb's own object (not "reached Geneva for the talks", "to reach a
        deal")."""
        if obj is None or aimed_at(verb) or obj.lemma_.lower() not in AGREEMENT_NOUNS:
            return False  # a deal is reached; a formula, a city or the talks are not
        own = obj.head.i == verb.i and obj.dep_ in ("dobj", "nsubjpass")
        return own or (verb.dep_ in ("relcl", "acl") and verb.head.i == obj.i)

    def _object_optional(self, verb: Token, stance: str) -> bool:
        """ "Qatar mediated", "Kyiv confirmed it would attend": verbs that need no object."""
        if stance == "mediating" and verb.lemma_.lower() == "mediate":
            return True
        if stance == "mediating" and verb.lemma_.lower() == "shuttle":
            return any(c.dep_ == "prep" and c.lower_ == "between" for c in verb.children)
        if stance == "attending" and verb.lemma_.lower() in ("attend", "participate"):
            # "a ceremony attended by X": the noun it modifies is its object, and no talks
            return verb.dep_ != "acl" and not any(c.dep_ in ("dobj", "prep") for c in verb.children)
        if stance == "attending" and verb.lemma_.lower() == "take":  # "are taking part"
            part = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "part"]
            return bool(part) and not any(c.dep_ == "prep" for c in (*verb.children, *part))
        return False

    def absent(self, verb: Token) -> None:
        """A party that does not go to / send its delegation to the talks withdrew."""
        lemma = verb.lemma_.lower()
        if lemma not in ABSENCE_VERBS or not any(c.dep_ == "neg" for c in verb.children):
            return
        venue = self.venue_of(verb)
        if not (venue and venue in self.venues) and not self._for_talks(verb):
            return
        self.add(self.subjects(verb) or [], "withdrew", verb, "stances.absent", venue=venue)

    def stance_noun(self, token: Token) -> None:
        lemma = token.lemma_.lower()
        if lemma == "light" and any(c.lower_ == "green" for c in token.children):
            lemma = "green light"
        if lemma == "diplomacy" and any(c.lower_ == "shuttle" for c in token.children):
            lemma = "shuttle diplomacy"
        stance = self.vocab.noun_stances.get(lemma) or self.vocab.noun_stances.get(token.lower_)
        if stance is None or token.pos_ not in ("NOUN", "PROPN"):
            return
        if any(c.lower_ in NEGATIONS for c in token.children if c.dep_ in ("det", "neg")):
            return
        if token.head.lower_ == "without":  # "accepted without reservations"
            return
        if self._denied(token.head):  # "refusing to confirm its participation"
            return
        holders = [token]
        if token.dep_ == "dobj" and token.head.lemma_.lower() in VOICING_VERBS:
            holders.append(token.head)  # "gave its consent to the plan", "sought changes to it"
        objects = [
            grandchild
            for holder in holders
            for child in holder.children
            if child.dep_ in ("prep", "dative")
            and child.lower_ not in ("by", "from", "in", "at")
            and child.lower_ not in CIRCUMSTANCE_PREPS
            for grandchild in child.children
            if grandchild.dep_ == "pobj"
            and not (child.lower_ == "of" and self.phrase_actors(grandchild, False))
        ]
        if stance == "withdrew":  # "withdrawal from the talks", "from ECOWAS" (its treaty)
            objects += self.prep_objects(token, "from")
        obj = next(
            (
                o
                for o in objects
                if self._names_negotiation(o, stance == "withdrew")
                or (stance == "withdrew" and self.organisation_of_states(o))
            ),
            None,
        )
        obj = obj or next(  # "objections to parts of the draft", "… to the timetable in it"
            (w for o in objects for w in self.part_of(o) if self._names_negotiation(w)),
            None,
        )
        if objects and obj is None:
            return
        if stance == "withdrew" and (obj is None or self._only_a_term(obj)):
            # "the pull-out of one side's troops (from the region)": troops leave ground,
            # a term of a deal perhaps, but not the talks
            return
        if obj is None and (lemma in WEAK_NOUNS or token.lower_ in WEAK_NOUNS):
            return
        if obj is None and not self.has_process and stance != "mediating":
            return  # a mediation names the process itself ("Egypt's mediation")
        parties = self.noun_owner(token, stance)
        if not parties:
            return
        if stance == "attending" and self._ended(token):
            stance = "withdrew"  # "suspended its participation in the talks"
        for candidate in self.add(parties, stance, token, f"stances.noun.{stance}", obj):
            candidate.recipients = self.recipients(token.sent, candidate.party)

    def _only_a_term(self, token: Token) -> bool:
        """A word for what a deal covers ("territory", "prisoners"), not for the talks,
        their delegations or a treaty organisation."""
        return not (
            self.vocab.is_negotiation_noun(token)
            or token.lemma_.lower() in self.vocab.delegation_nouns
            or self.organisation_of_states(token)
        )

    def _ended(self, noun: Token) -> bool:
        """A noun that is the object of a verb of withdrawing or ending ("suspended its
        participation", "ended its attendance")."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB":
            return False
        lemma = verb.lemma_.lower()
        return self.vocab.verb_stances.get(lemma) == "withdrew" or lemma in self.vocab.end_verbs

    def _denied(self, verb: Token) -> bool:
        """A verb negated, or the complement of a refusal."""
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        head = verb.head.head if verb.head.pos_ == "ADP" else verb.head
        return verb.dep_ in ("xcomp", "pcomp") and (
            self.vocab.verb_stances.get(head.lemma_.lower()) == "rejected"
        )

    def proposal_owner(self, token: Token) -> None:
        """ "a X proposal", "X's plan", "the proposal from X": X proposed it."""
        if PROPOSAL_OWNED.isdisjoint({token.lemma_.lower(), token.lower_}) or token.pos_ != "NOUN":
            return
        if _intention(token):
            return  # "X's plan to present the meeting as …": what X means to do
        parties: list[tuple[str, Token]] = []
        left = [t for t in token.subtree if t.i < token.i]
        for modifier in left:
            if modifier.dep_ == "poss" and modifier.lower_ in PRONOUNS:
                own = self._own_possessive(modifier)
                if own and own not in {a for a, _ in parties}:
                    parties.append((own, modifier))
                continue
            if modifier.dep_ in ("det", "punct") or modifier.pos_ not in ("PROPN", "ADJ", "NOUN"):
                continue
            if _venue_name(modifier):
                continue  # "the Doha framework", "the Minsk agreements": where, not whose
            actor = as_party(actor_of_token(self.analysis, modifier))
            if actor and actor not in {a for a, _ in parties}:
                parties.append((actor, modifier))
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        parties.extend(self.phrase_actors(grandchild))
        self.add(parties, "proposed", token, "stances.proposal_owner", token)

    def _own_possessive(self, pronoun: Token) -> str | None:
        """The party a possessive pronoun names when it is its own clause's subject ("Ghana
        stands by its proposal"); elsewhere "its" may be anyone's, and counts for no one."""
        verb = verb_of(pronoun)
        if self.vocab.verb_stances.get(verb.lemma_.lower()) not in (None, "proposed"):
            return None  # "Togo rejected its proposal": an answer is to another's proposal
        actor = as_party(actor_of_token(self.analysis, pronoun))
        subjects = self.subjects(verb) or []
        return actor if actor and actor in {a for a, _ in subjects} else None

    def call_for_talks(self, token: Token) -> None:
        """ "X's call for talks", "calls for dialogue from X", "the South Korean appeal for
        negotiations": asking for the talks themselves is proposing them. Only the call's
        own owner counts, never the subject of the verb that answers it ("rejected calls
        for talks from Seoul")."""
        if token.lemma_.lower() not in CALL_NOUNS or token.pos_ != "NOUN":
            return
        talks = [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children
            if g.dep_ == "pobj" and self.vocab.is_process_head(g)
        ]
        if not talks:
            return
        owners = self.possessor_actors(token) or self.modifier_actors(token)
        owners = owners or [  # "from X" on the call, or hung by the parse on the talks
            found
            for c in [*token.children, *talks[0].children]
            if c.dep_ == "prep" and c.lower_ in ("from", "by")
            for g in c.children
            if g.dep_ == "pobj"
            for found in self.phrase_actors(g)
        ]
        self.add(owners, "proposed", token, "stances.call_for_talks", talks[0])

    def open_to_talks(self, token: Token) -> None:
        """ "Ghana is open to dialogue with the Front", "ready for talks": the side offers
        the talks (proposed); "is not open to talks" turns them down (rejected)."""
        adjective = readiness_adjective(token)
        if adjective is None or not self.vocab.is_process_head(token):
            return
        copula = adjective.head if adjective.dep_ == "acomp" else adjective
        parties = self.subjects(copula)
        if not parties:
            return
        negated = any(c.dep_ == "neg" for c in (*copula.children, *adjective.children))
        stance = "rejected" if negated else "proposed"
        self.add(parties, stance, adjective, f"stances.open_to_talks.{stance}", token)


def _venue_name(modifier: Token) -> bool:
    """A city's name before a text's noun, not in the possessive: the text is named after
    where it was drawn up or signed ("the Doha framework", "the Pretoria agreement"), and
    the capital says nothing of its author ("Washington's plan" is the owner's)."""
    if modifier.dep_ != "compound" or modifier.pos_ != "PROPN":
        return False
    entry = phrase_entry(modifier.text)
    return entry is not None and entry.kind == "capital"


def _doubted(verb: Token) -> bool:
    """A stance verb under an adjective of unlikelihood or unwillingness ("unlikely to
    sign", "reluctant to accept"), of failing ("failed to agree") or under a negated verb of
    intending ("does not plan to attend"): said as not to be expected or not to have
    happened, like a negated verb."""
    head = verb.head
    if verb.dep_ != "xcomp":
        return False
    if head.lemma_.lower() in INTENTION_VERBS and any(c.dep_ == "neg" for c in head.children):
        return True  # "did not intend to take part": the intention is denied, and the act
    return bool({head.lower_, head.lemma_.lower()} & DOUBTING_ADJECTIVES)


def _forecast(verb: Token) -> bool:
    """A verb under a passive of planning ("are expected to agree", "is set to sign"): what
    someone foresees of the subject. A meeting so foreseen is planned; a position is not
    yet taken."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLANNING_PASSIVES


def _intention(noun: Token) -> bool:
    """A noun with an infinitive of its own ("plan to present", "offer to host"): an
    intention to do something, not a document put forward."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in noun.children
    )


def _moves_forces(verb: Token) -> bool:
    """Does the verb move armed forces ("withdraw its troops", "pull the army back")?"""
    return any(
        child.dep_ == "dobj" and gazetteer().sector([child.lemma_]) == "MIL"
        for child in verb.children
    )


def _demanded(verb: Token) -> bool:
    """An obligation modal on the verb or on a verb it completes ("should accept", "must
    come to agree", "should be ready to sign")."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in node.children):
            return True
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if node.dep_ not in ("xcomp", "acomp", "advcl") or node.head == node:
            return False
        if node.dep_ == "advcl" and not infinitive:  # "come to agree", not "… if they agree"
            return False
        node = node.head
    return False


def aimed_at(verb: Token) -> bool:
    """A verb put as an aim rather than as done: an infinitive or a gerund complement
    ("to reach a deal", "on reaching one")."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive or verb.dep_ in ("xcomp", "pcomp") or verb.tag_ == "VBG"


def _agreed_terms(verb: Token) -> bool:
    """ "The parties agreed that all fighters shall return to their camps": two or more
    parties agreeing on a clause of terms accept them as a deal, with no proposal noun
    named. The clause must bind someone: a modal, or a bare verb ("that all fighters
    return"); "agreed that the talks were useful" shares a view."""
    if verb.lemma_.lower() != "agree":
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        bare = clause.tag_ in ("VB", "VBP") and clause.lemma_ != "be" and not auxiliaries
        if bare or any(c.tag_ == "MD" for c in auxiliaries):
            return True
    return False
