"""The noun phrase around an actor word, as every pass of the actors extractor measures it.

A mention spans its head's pre-modifiers ("a senior Israeli official"), and whether a
head noun can carry an actor at all depends on it being a sector noun, a title or a
person's name. The named, located and coreference passes share these so that their
mentions start and end in the same places.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.extract.analysis import ActorMention
from accord.resolve.actors import gazetteer, is_state, phrase_entry, sector_of

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


#: How the parser hangs an owner or a nationality on a head noun.
OWNER_DEPS = frozenset({"poss", "nmod", "amod", "compound"})


def conjoined_names(token: Token, mention: ActorMention) -> list[str]:
    """ "Senior Hungarian and Romanian officials", "Israeli and Hamas negotiators": each
    coordinated name before the head, a state's in the head's sector (the phrase as a whole
    resolves to one of them only)."""
    doc = token.doc
    sector = sector_of(mention.actor) or "GOV"
    extra = []
    inside = range(mention.start, mention.end)
    for modifier in doc[mention.start : mention.end]:
        if modifier.dep_ == "conj" and modifier.head.i in inside:
            members = [modifier.head, modifier]
        elif modifier.dep_ in OWNER_DEPS and any(c.dep_ == "cc" for c in modifier.children):
            # "Armenia's and Azerbaijan's militaries": two owners of one head, no "conj"
            members = [modifier] + [
                s for s in modifier.head.children if s.i > modifier.i and s.dep_ in OWNER_DEPS
            ]
        else:
            continue
        for member in members:
            entry = phrase_entry(member.text)
            if entry is None:
                continue
            actor = f"{entry.country}.{sector}" if entry.country else entry.actor
            if actor != mention.actor and actor not in extra:
                extra.append(actor)
    return extra


def share_possessed_head(doc: Doc, mentions: list[ActorMention]) -> None:
    """ "Ghana and Togo's armies", "Ghana's and Togo's armies": a state named bare before
    "and" owns the possessed plural head noun too, so it takes that head's sector (GHA.MIL, not
    its government). The parser hangs the bare name as the head's coordinate or as a
    second possessor; either way the head's mention names the sector."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    for bare in mentions:
        if bare.end - bare.start != 1 or bare.kind != "name" or not bare.actor.endswith(".GOV"):
            continue
        token = doc[bare.start]
        if not any(c.dep_ == "cc" for c in token.children):
            continue  # "and" hangs on the first of the two
        if token.dep_ == "poss":
            heads = [token.head]  # "Ghana's and Togo's armies"
        else:
            heads = [c for c in token.children if c.dep_ == "conj"]  # "Ghana and Togo's armies"
        for head in heads:
            owned = by_token.get(head.i)
            if owned is None or owned is bare or head.tag_ != "NNS":
                continue  # "Ghana and Togo's army clashed" may be Ghana against one army
            if not any(c.dep_ == "poss" for c in head.children):
                continue
            sector = sector_of(owned.actor)
            if sector not in (None, "GOV") and is_state(owned.actor):
                bare.actor = f"{bare.actor.partition('.')[0]}.{sector}"
