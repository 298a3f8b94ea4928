"""Bodies named by whom they are loyal to: "forces loyal to Khalifa Haftar", "fighters loyal
to the TPLF" are that side's, whatever the noun alone would say.

A sector noun (or a fighters' noun) with a "loyal to X" modifier takes X's actor when X is
an organisation, or a person acting for one, that an earlier pass named; a state's loyal
forces take the state's country with the noun's sector ("troops loyal to Kyiv" → UKR.MIL).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.data import words
from accord.extract.actors.phrases import description, sector_or_title
from accord.extract.analysis import ActorMention
from accord.extract.side_nouns import is_side_noun
from accord.nlp.docviews import doc_tokens
from accord.nlp.prepositions import prepositions_of
from accord.resolve.actors import gazetteer, phrase_entry

#: Adjectives that make a body the side of their "to" object ("forces loyal to X").
ALLEGIANCE_ADJECTIVES = frozenset(words("grammar", "allegiance_adjectives"))
RULE = "allegiance"


def loyal_mentions(doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
    """The bodies "loyal to" an actor named in ``named``, each as a description mention.
    Read from the allegiance adjectives, a few in a document, not from every noun."""
    by_token = {i: m for m in named for i in range(m.start, m.end)}
    found: dict[int, ActorMention] = {}
    for adjective in doc_tokens(doc):
        if adjective.lower_ not in ALLEGIANCE_ADJECTIVES or adjective.dep_ != "amod":
            continue
        noun = adjective.head
        if noun.i > adjective.i or noun.i in found or noun.pos_ != "NOUN" or noun.i in by_token:
            continue  # "forces loyal to X": the adjective follows its noun
        if sector_or_title(noun) != "sector" and not is_side_noun(noun):
            continue
        owner = _loyal_to(adjective, by_token)
        if owner is not None:
            found[noun.i] = description(noun, _as_body(owner, noun), RULE)
    return sorted(found.values(), key=lambda mention: mention.start)


def _loyal_to(adjective: Token, by_token: dict[int, ActorMention]) -> str | None:
    """The actor of the adjective's "to" object: a mention found before, or a state's name
    or capital the earlier passes left as a place."""
    for prep in prepositions_of(adjective, "to"):
        for owner in (p for p in prep.children if p.dep_ == "pobj"):
            if owner.i in by_token:
                return by_token[owner.i].actor
            entry = phrase_entry(owner.text)
            if entry is not None and entry.kind in ("country", "capital"):
                return entry.actor
    return None


def _as_body(owner: str, noun: Token) -> str:
    """The owner's actor; a state's, in the sector the noun names ("troops" → MIL)."""
    if "." not in owner:
        return owner
    country = owner.split(".")[0]
    sector = gazetteer().sector([noun.lemma_]) or gazetteer().sector([noun.text])
    return f"{country}.{sector}" if sector else owner
