"""Per-token readers of agreements both sides are bound by: "a ceasefire between A and B
came into effect" (A and B accepted it), and the co-signatory of a signed deal ("X signed
the deal with Y", "X signed it along with Y": Y accepted it too).

A mixin of :class:`~accord.extract.stances.reader.StanceReader`; each reader records
what it finds through ``add``.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.stances.positions import aimed_at
from accord.extract.stances.words import (
    AGREEMENT_NOUNS,
    CO_SIGNING_VERBS,
    IN_FORCE_VERBS,
    SUPPORT_NOUNS,
)

#: The party of "the agreed exchange": both sides of the article's talks, named at the merge.
THE_SIDES = "<sides>"


class AgreementReaders:
    """Agreements that bind both of their sides."""

    def agreement_between(self, token: Token) -> None:
        """ "A ceasefire between A and B … came into effect / was signed": both accepted."""
        if token.lower_ not in AGREEMENT_NOUNS and token.lemma_.lower() not in AGREEMENT_NOUNS:
            return
        if token.pos_ not in ("NOUN", "PROPN"):
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
        if len({party for party, _ in parties}) < 2:
            return
        self.add(parties, "accepted", verb, "stances.agreement_between", token)

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
