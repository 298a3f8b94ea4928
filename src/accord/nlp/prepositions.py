"""Prepositions the extractors read the same way.

"out of" the parser splits in two: it comes as "out" with an "of", or as the particle "out"
with an "of" on the verb. The actors extractor (a country after "out of" is a place left)
and the event roles (what a retreat leaves) read it alike. The "of" that names a body's
owner ("the Kosovo office of the Serbian government") the actors extractor and the quote
speakers both look for. The "to" or "for" of readiness ("open to talks", "ready for
dialogue") the event coder, its status and the stance readers read alike, and so the fight
a clause came "after" ("a truce was reached after clashes between A and B")."""

from __future__ import annotations

from spacy.tokens import Token

from accord.data import words

#: Adjectives of readiness: talks a side is "open to" or "ready for" it offers.
READINESS = frozenset(words("grammar", "readiness_adjectives"))
#: Nouns of a fight between two sides.
FIGHT_NOUNS = frozenset(words("grammar", "mutual_fight_nouns"))
#: Words that put a clause after a fight.
AFTER_WORDS = frozenset({"after", "following"})


def is_out_of(token: Token) -> bool:
    """Is ``token`` the preposition "out of": an "out" with its "of", an "of" under "out", or
    an "of" after the particle "out" ("pulled its forces out of X", "pulled out of X")?"""
    if token.lower_ == "out":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    return token.lower_ == "of" and (
        token.head.lower_ == "out"
        or any(c.dep_ == "prt" and c.lower_ == "out" and c.i < token.i for c in token.head.children)
    )


def owner_preps(name: Token) -> list[Token]:
    """The "of" phrases after the body a name modifies, which name the body's owner ("the
    Kosovo office of the Serbian government"); empty when the name modifies no body."""
    if name.dep_ != "compound":
        return []
    body = name.head
    while body.dep_ == "compound" and body.head != body:
        body = body.head  # "the Taiwan Affairs Office": the body is the last noun
    return [p for p in body.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > body.i]


def prepositions_of(token: Token, word: str) -> list[Token]:
    """The token's prepositions that are ``word`` ("talks *with* X", "a deal *between* …")."""
    return [c for c in token.children if c.dep_ == "prep" and c.lower_ == word]


def readiness_adjective(noun: Token) -> Token | None:
    """The adjective of readiness a noun completes ("open to dialogue", "ready for talks"),
    or None."""
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ in ("to", "for")
        and prep.head.pos_ == "ADJ"
        and prep.head.lemma_.lower() in READINESS
    ):
        return prep.head
    return None


def fights_before(verb: Token) -> list[Token]:
    """The fights a clause says it came "after" or "following" ("was reached after fierce
    clashes between …", "after clashes between … left 20 dead")."""
    fights = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in AFTER_WORDS:
            fights += [f for f in child.children if f.dep_ == "pobj"]
        elif child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in AFTER_WORDS for m in child.children
        ):
            fights += [f for f in child.children if f.dep_ == "nsubj"]
    return [f for f in fights if f.lemma_.lower() in FIGHT_NOUNS]
