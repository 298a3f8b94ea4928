"""What a stance is about and on what terms: the negotiation object of a verb (a
proposal, the talks, a component, a pronoun standing for one), the conditions and
excluded terms attached to it, and the venue a verb or a noun of the talks names.

A mixin of :class:`~accord.extract.stances.reader.StanceReader`; it reads the state the
reader sets up (``doc``, ``vocab``, ``proposals``, ``venues``).
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.referents import resolve_text, root_of
from accord.extract.stances.common import as_party
from accord.extract.stances.words import (
    CALL_NOUNS,
    CIRCUMSTANCE_PREPS,
    DEMANDS,
    ONLY_WHEN_MARKS,
    SUMMARY_NOUNS,
)
from accord.nlp.docviews import entities_in
from accord.resolve.actors import intergovernmental_ids


class ObjectFinder:
    """The objects, conditions and venues of a stance."""

    def negotiation_object(self, verb: Token, allow_delegation: bool = False) -> Token | None:
        """The object of ``verb`` when it names a proposal, the talks or a component."""
        objects: list[Token] = []
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative"):
                objects.append(child)
            elif child.dep_ in ("prep", "prt", "agent") and child.lower_ not in CIRCUMSTANCE_PREPS:
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        objects.append(grandchild)
                    elif grandchild.dep_ == "prep":  # "pull out of the talks"
                        objects.extend(g for g in grandchild.children if g.dep_ == "pobj")
            elif child.dep_ == "advmod":  # "walked away from the talks"
                for prep in (g for g in child.children if g.dep_ == "prep"):
                    objects.extend(g for g in prep.children if g.dep_ == "pobj")
            elif child.dep_ == "ccomp" and _object_misread_as_clause(child):
                objects.append(child)  # "accept the ceasefire deal only if …" misparsed
            elif child.dep_ == "xcomp" and self.vocab.components_in(
                self.doc[child.left_edge.i : child.right_edge.i + 1]
            ):
                return child
        described = verb.head if verb.dep_ == "conj" else verb  # "brokered by A and sponsored by B"
        if described.dep_ in ("relcl", "acl") and described.head.pos_ in ("NOUN", "PROPN"):
            objects.append(described.head)
        for obj in objects:
            for token in [obj, *obj.conjuncts]:
                if self._names_negotiation(token, allow_delegation):
                    return token
        for obj in objects:  # "floated the idea of new talks", "accepted parts of the plan"
            for token in self.part_of(obj):
                if self._names_negotiation(token):
                    return token
        for obj in objects:  # "rejected the call for talks": the talks asked for
            if obj.lemma_.lower() not in CALL_NOUNS:
                continue
            for token in self.prep_objects(obj, "for"):
                if self.vocab.is_process_head(token):
                    return token
        return self._summed_up_object(verb) or self._pronoun_object(verb)

    def _summed_up_object(self, verb: Token) -> Token | None:
        """ "The cabinet approved the plan, a move rejected by X": a noun after a comma that
        sums up the clause before it stands for what that clause is about, so the
        negotiation object is the clause's own."""
        summary = verb.head
        if verb.dep_ != "acl" or summary.lemma_.lower() not in SUMMARY_NOUNS:
            return None
        start = summary.left_edge.i
        if start == 0 or self.doc[start - 1].text != "," or summary.head == summary:
            return None
        inside = {t.i for t in summary.subtree}
        for token in summary.head.subtree:
            if token.i < start and token.i not in inside and self._names_negotiation(token):
                return token
        return None

    def _names_negotiation(self, token: Token, allow_delegation: bool = False) -> bool:
        lemma = token.lemma_.lower()
        if lemma in self.vocab.noun_stances and self.vocab.noun_stances[lemma] == "reservations":
            return False
        if self.vocab.is_negotiation_noun(token):
            return True
        if allow_delegation and lemma in self.vocab.delegation_nouns:
            return True
        if allow_delegation and self.organisation_of_states(token):
            return True  # "pulled out of ECOWAS": leaving the bloc's treaty
        if self.vocab.components_in(token.text):
            return True
        return any(
            child.dep_ == "compound" and self.vocab.is_negotiation_noun(child)
            for child in token.children
        )

    def organisation_of_states(self, token: Token) -> bool:
        """A name of an organisation of states ("the African Union", "ECOWAS"), whose
        members are bound by its treaty: quitting it is withdrawing from that treaty."""
        if token.pos_ != "PROPN":
            return False  # "the UN mission": a body the organisation runs, not the bloc
        mention = self.analysis.mention_covering(token)
        party = as_party(mention.actor) if mention is not None else None
        return bool(party) and root_of(party) in intergovernmental_ids()

    def phrase_conditions(self, verb: Token, obj: Token | None) -> list[str]:
        """Conditions a stance states in a phrase rather than a clause: "without X", "on
        condition …", and a proposal "that does not include X"."""
        found: list[str] = []
        for child in (c for holder in _holders(verb) for c in holder.children):
            if child.dep_ == "prep" and child.lower_ in ("without", "unless"):
                found.extend(
                    self._text(c.left_edge, c.right_edge)
                    for c in child.children
                    if c.dep_ == "pobj"
                )
            if child.dep_ == "prep" and child.lower_ == "on":
                for c in child.children:
                    if c.lemma_ == "condition":
                        found.append(self._text(c.left_edge, c.right_edge))
        if obj is not None:
            for child in obj.children:
                if (
                    child.dep_ == "relcl"
                    and child.lemma_.lower() in self.vocab.include_verbs
                    and any(c.dep_ == "neg" for c in child.children)
                ):
                    found.extend(
                        self._text(c.left_edge, c.right_edge)
                        for c in child.children
                        if c.dep_ == "dobj"
                    )
                if child.dep_ == "prep" and child.lower_ == "without":
                    found.extend(
                        self._text(c.left_edge, c.right_edge)
                        for c in child.children
                        if c.dep_ == "pobj"
                    )
        return found

    def clause_conditions(self, verb: Token) -> list[str]:
        """The clauses a stance is conditioned on: "if/unless …", "would not sign until the
        detainees are freed", "will only agree when the rebels withdraw"."""
        holders = _holders(verb)
        negated = any(c.dep_ == "neg" for holder in holders for c in holder.children)
        only = any(c.lower_ == "only" for holder in holders for c in holder.children)
        found = []
        for child in (c for holder in holders for c in holder.children):
            if child.dep_ != "advcl":
                continue
            marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "advmod")}
            if (
                marks & self.vocab.condition_marks
                or ("until" in marks and negated)
                or (marks & ONLY_WHEN_MARKS and only)
            ):
                found.append(self._text(child.left_edge, child.right_edge))
        return found

    def _text(self, left: Token, right: Token) -> str:
        return self.doc[left.i : right.i + 1].text.strip(' ,.;"“”')

    def _refused_object(self, verb: Token) -> Token | None:
        """ "refused to sign up to it": a refusal whose complement accepts a proposal."""
        for child in verb.children:
            if child.dep_ == "xcomp" and self.vocab.verb_stances.get(child.lemma_.lower()) in (
                "accepted",
                "attending",
            ):
                return (
                    self.negotiation_object(child)
                    or self._pronoun_object(child)
                    or self._elided_object(child)
                )
        return None

    def _elided_object(self, verb: Token) -> Token | None:
        """The proposal a verb left without its object stands for: the one the same verb took
        earlier in the sentence ("A signed the deal, but B refused to sign")."""
        if any(c.dep_ in ("dobj", "prep") for c in verb.children):
            return None
        for earlier in verb.sent:
            if earlier.i >= verb.i:
                break
            if earlier.lemma_ == verb.lemma_ and earlier.pos_ == "VERB":
                found = self.negotiation_object(earlier)
                if found is not None:
                    return found
        return None

    def _pronoun_object(self, verb: Token) -> Token | None:
        """A pronoun object ("turned it down") standing for a proposal named just before."""
        for child in verb.children:
            candidates = [child] + [g for g in child.children if g.dep_ == "pobj"]
            for obj in candidates:
                if obj.lower_ in ("it", "them", "this", "that") and obj.dep_ in ("dobj", "pobj"):
                    sent = obj.sent
                    start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
                    window = self.doc[start : obj.i]
                    if any(t.i in self.proposals.by_token for t in window):
                        return obj
        return None

    def _excluded(self, obj: Token | None) -> list[str]:
        """ "would not accept any arrangement that allowed X": the excluded terms."""
        if obj is None or obj.lemma_.lower() in DEMANDS:
            return []  # refusing the other side's demand is a rejection
        clauses = [c for c in obj.children if c.dep_ in ("relcl", "acl")]
        if not clauses:
            return []
        clause = clauses[0]
        if any(c.dep_ == "neg" for c in clause.children):
            return []  # "that does not include X" is already a condition
        return ["not " + self._text(clause.left_edge, clause.right_edge)]

    def _for_talks(self, verb: Token) -> bool:
        return any(
            child.dep_ == "prep"
            and child.lower_ == "for"
            and any(self.vocab.is_negotiation_noun(g) for g in child.children)
            for child in verb.children
        )

    def venue_of(self, token: Token) -> str | None:
        """A place named by "in/to/at X" on ``token`` (a verb or a noun of the talks)."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "to", "at"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and grandchild.ent_type_ in ("GPE", "LOC", "FAC"):
                        return self._entity_text(grandchild)
            if (
                child.dep_ == "compound"
                and child.i < token.i
                and child.ent_type_ in ("GPE", "LOC")
                and self.vocab.is_process_noun(token)
                and not any(g.tag_ == "HYPH" for g in child.children)
            ):  # "the Istanbul talks", not the sides of "the Russia-Ukraine talks"
                return self._entity_text(child)
            if child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "NOUN":
                for grandchild in child.children:  # "this round of talks in Cairo"
                    if grandchild.dep_ == "pobj" and self.vocab.is_process_noun(grandchild):
                        return self.venue_of(grandchild)
        return None

    def _entity_text(self, token: Token) -> str:
        for ent in entities_in(token.sent):
            if ent.start <= token.i < ent.end:
                return ent.text.removeprefix("the ").strip()
        return token.text

    def _talks_venue(self, venue: str | None) -> bool:
        return bool(venue) and self.canonical_venue(venue) in self.venues

    def canonical_venue(self, venue: str | None) -> str | None:
        """A venue as the article's talks name it: "Egypt" is the talks in Cairo when the
        two resolve to the same country."""
        if not venue or venue in self.venues:
            return venue
        root = root_of(resolve_text(venue))
        for known in self.venues:
            if root and root_of(resolve_text(known)) == root:
                return known
        return venue


def _holders(verb: Token) -> list[Token]:
    """The verb a stance's conditions hang on, and the "is" of "is unlikely to sign it
    unless …"."""
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
        return [verb, verb.head.head]
    return [verb]


def _object_misread_as_clause(clause: Token) -> bool:
    """ "would accept the ceasefire deal only if …": the small parser can read "the ceasefire
    deal" as a clause whose verb is "deal" and whose subject is "the ceasefire". A clause
    with no auxiliary, no mark and no object, whose subject is the noun right before it and
    has a determiner, is that noun phrase."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (
        clause.tag_ in ("VB", "VBP", "NN")
        and subject is not None
        and subject.i == clause.i - 1
        and subject.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "det" for c in subject.children)
        and not any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "neg") for c in clause.children)
    )
