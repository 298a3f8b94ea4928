"""Prepositions the parser splits in two: "out of" comes as "out" with an "of", or as the
particle "out" with an "of" on the verb. The actors extractor (a country after "out of" is a
place left) and the event roles (what a retreat leaves) read it the same way."""

from __future__ import annotations

from spacy.tokens import Token


def is_out_of(token: Token) -> bool:
    """Is ``token`` the preposition "out of": an "out" with its "of", an "of" under "out", or
    an "of" after the particle "out" ("pulled its forces out of X", "pulled out of X")?"""
    if token.lower_ == "out":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    return token.lower_ == "of" and (
        token.head.lower_ == "out"
        or any(c.dep_ == "prt" and c.lower_ == "out" and c.i < token.i for c in token.head.children)
    )
