"""Per-token readers of agreements both sides are bound by: "a ceasefire between A and B
came into effect" (A and B accepted it), and the co-signatory of a signed deal ("X signed
the deal with Y", "X signed it along with Y": Y accepted it too).

A mixin of :class:`~accord.extract.stances.reader.StanceReader`; each reader records
what it finds through ``add``.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.referents import root_of
from accord.extract.stances.common import THE_SIDES, used_as_noun
from accord.extract.stances.positions import aimed_at
from accord.extract.stances.words import (
    AGREEMENT_NOUNS,
    ANNOUNCE_VERBS,
    CO_SIGNING_VERBS,
    IN_FORCE_VERBS,
    PLANNING_PASSIVES,
    SIGNING_NOUNS,
    SUPPORT_NOUNS,
)
from accord.nlp.prepositions import fights_before
from accord.resolve.dates import verb_of

#: Prepositions that put a signing as an aim ("steps toward the signing of the deal").
AIM_PREPOSITIONS = frozenset({"toward", "towards", "for", "to", "before", "ahead"})

#: Auxiliaries of a clause still to come ("the signing will take place on Monday").
FUTURE_AUXILIARIES = frozenset({"will", "would", "could", "may", "might", "should", "to", "shall"})


class AgreementReaders:
    """Agreements that bind both of their sides."""

    def agreement_between(self, token: Token) -> None:
        """ "A ceasefire between A and B … came into effect / was signed": both accepted.
        The parse may hang the "between" on a passive verb instead ("the truce was signed
        between A and B"), or the agreement on a noun of signing ("the signing of the deal
        between A and B"): the same two sides are bound."""
        if token.lower_ not in AGREEMENT_NOUNS and token.lemma_.lower() not in AGREEMENT_NOUNS:
            return
        if not used_as_noun(token):  # "a hostage and ceasefire deal between …" tags it VERB
            return
        if self._signing_of(token):
            parties = self.prep_actors(token, "between") or self.prep_actors(token.head.head, "by")
            if len({party for party, _ in parties}) >= 2:
                self.add(parties, "accepted", token.head.head, "stances.agreement_signed", token)
                self._agreement_announcers(token, parties)
            return
        verb = token.head
        in_force = (
            token.dep_ in ("nsubj", "nsubjpass", "dobj")
            and verb.lemma_.lower() in IN_FORCE_VERBS
            and verb.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "neg" for c in verb.children)
            and not aimed_at(verb)  # "working to broker a ceasefire between A and B"
            and not any(
                c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would")
                for c in verb.children
            )
        )
        if not in_force:
            return
        parties = self.prep_actors(token, "between")
        if not parties and token.dep_ == "nsubjpass":  # "the truce was signed between A and B"
            parties = self.prep_actors(verb, "between")
        if not parties and token.dep_ in ("nsubj", "nsubjpass"):
            # "a truce was reached after clashes between A and B": those who fought
            parties = next(
                filter(None, (self.prep_actors(f, "between") for f in fights_before(verb))), []
            )
        if not parties and token.tag_ == "NNS":
            # "announced separate agreements with A and B": one with each, whoever announced
            parties = self.prep_actors(token, "with")
        elif not parties and token.dep_ == "dobj" and self.prep_actors(token, "with"):
            # "the Front announced a ceasefire with the army": the subject and its partner
            parties = (self.subjects(verb) or []) + self.prep_actors(token, "with")
        if len({party for party, _ in parties}) < 2:
            return
        self.add(parties, "accepted", verb, "stances.agreement_between", token)
        self._agreement_announcers(token, parties)

    def _agreement_announcers(self, agreement: Token, sides: list[tuple[str, Token]]) -> None:
        """ "X announced the ceasefire between A and B", "X announced the conclusion of a deal
        between A and B": a third party that makes known the sides' agreement brokered it
        (as one that announces their talks hosts them)."""
        verb = agreement.head
        for _ in range(3):  # the agreement's own verb, or that of the noun it hangs on
            if verb.lemma_.lower() in ANNOUNCE_VERBS and verb.pos_ == "VERB":
                break
            verb = verb.head
        else:
            return
        if any(c.dep_ == "neg" for c in verb.children):
            return
        roots = {root_of(party) for party, _ in sides}
        announcers = [(p, t) for p, t in self.subjects(verb) or [] if root_of(p) not in roots]
        self.add(announcers, "mediating", verb, "stances.announced_agreement", agreement)

    @staticmethod
    def _signing_of(token: Token) -> bool:
        """ "The signing of the truce", "the conclusion of the deal": a noun that says the
        agreement was made. A signing still to come ("the signing is expected next week",
        "will attend the signing", "steps toward the signing of …") binds no one yet."""
        of = token.head
        if token.dep_ != "pobj" or of.lower_ != "of":
            return False
        signing = of.head
        if signing.lemma_.lower() not in SIGNING_NOUNS or signing.pos_ != "NOUN":
            return False
        if signing.dep_ == "pobj" and signing.head.lower_ in AIM_PREPOSITIONS:
            return False
        clause = verb_of(signing)
        if PLANNING_PASSIVES & {clause.lemma_.lower(), clause.head.lemma_.lower()}:
            return False  # "the signing is expected on Monday", "is set to take place"
        return not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUXILIARIES for c in clause.children
        )

    def agreed_object(self, token: Token) -> None:
        """ "the agreed exchange", "the agreed ceasefire": both sides accepted it."""
        if token.lower_ not in ("agreed", "agreed-upon") or token.dep_ != "amod":
            return
        head = token.head
        lemma = head.lemma_.lower()
        if not (lemma in self.vocab.proposal_nouns or self.vocab.components_in(head.text)):
            return
        self.add([(THE_SIDES, token)], "accepted", token, "stances.agreed_object", head)

    def co_signatories(self, verb: Token, obj: Token | None) -> list[tuple[str, Token]]:
        """The other parties to what ``verb`` signs: "with Y", "along with Y" on the verb or
        on its object ("signs a truce with the rebels")."""
        lemma = verb.lemma_.lower()
        if lemma not in CO_SIGNING_VERBS or (lemma == "agree" and obj is None):
            return []
        heads = [verb] + ([obj] if obj is not None else [])
        found = []
        preps = [c for head in heads for c in head.children if c.dep_ == "prep"]
        preps += [g for c in preps if c.lower_ == "along" for g in c.children if g.dep_ == "prep"]
        for prep in preps:
            if prep.lower_ == "with":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and not self._help_to_the_sides(pobj):
                        found.extend(self.phrase_actors(pobj))
        return found

    def _help_to_the_sides(self, noun: Token) -> bool:
        """ "With Turkish mediation", "with the help of X": the one who helps the sides sign is
        no party to what they sign (the mediation readers find it as a mediator)."""
        lemma = noun.lemma_.lower()
        return lemma in SUPPORT_NOUNS or self.vocab.noun_stances.get(lemma) == "mediating"
