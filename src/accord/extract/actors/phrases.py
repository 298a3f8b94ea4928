"""The noun phrase around an actor word, as every pass of the actors extractor measures it.

A mention spans its head's pre-modifiers ("a senior Israeli official"), and whether a
head noun can carry an actor at all depends on it being a sector noun, a title or a
person's name. The named, located and coreference passes share these so that their
mentions start and end in the same places.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.analysis import ActorMention
from accord.resolve.actors import gazetteer, phrase_entry, sector_of

NP_MODIFIERS = {
    "compound",
    "amod",
    "nmod",
    "poss",
    "det",
    "nummod",
    "quantmod",
    "case",
    "advmod",
    "punct",
    "predet",
}


def sector_or_title(token: Token) -> str | None:
    gaz = gazetteer()
    lemma, lower = token.lemma_.lower(), token.lower_
    if lower in gaz.sector_of or lemma in gaz.sector_of:
        return "sector"
    compounds = [c.text for c in token.lefts if c.dep_ == "compound"]
    if compounds and gaz.sector([*compounds, token.text]) is not None:
        return "sector"  # "news agencies": a sector named by two words
    if lower in gaz.titles or lemma in gaz.titles:
        return "title"
    if token.ent_type_ == "PERSON":
        return "person"
    return None


def left_edge(head: Token, floor: int = 0) -> int:
    """First token of the pre-modifiers of a noun (det, adjectives, compounds, possessor).

    ``floor`` is the end of the previous name: a phrase never swallows another name.
    """
    start = head.i
    for child in head.lefts:
        if child.dep_ in NP_MODIFIERS and child.i >= floor:
            start = min(start, left_edge(child, floor))
    return start


def description(head: Token, actor: str, rule: str) -> ActorMention:
    """The mention a common noun phrase makes, from its left edge to its head."""
    start = left_edge(head)
    text = head.doc[start : head.i + 1].text
    return ActorMention(start, head.i + 1, actor, text, kind="description", rule=rule)


def conjoined_names(token: Token, mention: ActorMention) -> list[str]:
    """ "Senior Hungarian and Romanian officials", "Israeli and Hamas negotiators": each
    coordinated name before the head, a state's in the head's sector (the phrase as a whole
    resolves to one of them only)."""
    doc = token.doc
    sector = sector_of(mention.actor) or "GOV"
    extra = []
    for modifier in doc[mention.start : mention.end]:
        if modifier.dep_ != "conj" or modifier.head.i not in range(mention.start, mention.end):
            continue
        for member in (modifier.head, modifier):
            entry = phrase_entry(member.text)
            if entry is None:
                continue
            actor = f"{entry.country}.{sector}" if entry.country else entry.actor
            if actor != mention.actor and actor not in extra:
                extra.append(actor)
    return extra
