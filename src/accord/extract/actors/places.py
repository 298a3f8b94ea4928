"""Places in and around actor mentions, and the actors a place makes.

The country a place points to ("Baghdad" → IRQ) is the country of "demonstrators in
Baghdad", of "the Albanians of Serbia" and of a governor of the city named before; a
self-governing place (Somaliland) keeps the bodies based there its own; a demonym on a
region ("in Iraqi Kurdistan") names a place, not a state acting.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.extract.actors.names import run_by
from accord.extract.actors.phrases import description, sector_or_title
from accord.extract.analysis import ActorMention
from accord.extract.side_nouns import is_side_noun
from accord.nlp.docviews import doc_tokens
from accord.resolve.actors import STATE_KINDS, gazetteer, phrase_entry, resolve_phrase
from accord.resolve.places import resolve_place

#: Rule of a sector noun placed in a country ("demonstrators in Baghdad").
LOCATED_RULE = "located"
#: Sectors of the bodies a place's rulers staff ("officials in the Hamas-run enclave"); its
#: residents and fighters stay whoever they are.
RUN_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
#: Gazetteer kinds of a name that can be read as a place; any other is an organisation's.
PLACE_OR_STATE_KINDS = STATE_KINDS | {"authority"}


def located_mentions(doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
    """ "demonstrators in Baghdad", "opposition groups in Zimbabwe": a sector noun placed
    in a country takes that country (the place is where the actor is based)."""
    gaz = gazetteer()
    covered = {i for m in named for i in range(m.start, m.end)}
    found = []
    for token in doc_tokens(doc):
        if token.pos_ != "NOUN" or token.i in covered or is_side_noun(token):
            continue  # a side noun's place is the last of its clues (side_nouns)
        sector = None
        if token.n_lefts:  # "civil society groups": the longest known phrase the noun ends
            before = [t.text for t in doc[token.left_edge.i : token.i]]
            sector = gaz.sector([*before, token.text]) or gaz.sector([*before, token.lemma_])
        sector = sector or gaz.sector([token.lemma_]) or gaz.sector([token.text])
        if any(t.i in covered for t in token.lefts):
            continue  # "the Cambodian refugee camp in Thailand": the name inside wins
        if any(t.dep_ == "poss" for t in token.lefts):
            continue  # "withdraw its forces from Lebanon": the owner says whose they are
        takes_modifier = gaz.takes_modifier_sector(token.lemma_) or gaz.takes_modifier_sector(
            token.text
        )
        for modifier in token.lefts if takes_modifier else ():  # "opposition groups"
            if sector is None and modifier.dep_ in ("compound", "amod"):
                sector = gaz.sector([modifier.text])
        if sector is None or _division_of_a_place(token):
            continue  # "the departments of Narino and Cauca": places, not a ministry
        for prep in token.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "of", "from"):
                continue
            if sector == "DIP" and prep.lower_ == "in":
                continue  # "the embassy in Tehran" belongs to the sending state
            runner = _runner(prep, named) if sector in RUN_SECTORS else None
            if runner is not None:  # "health officials in the Hamas-run enclave"
                found.append(description(token, runner, "located.run_by"))
                break
            authority = next(filter(None, map(_self_governed, prep.children)), None)
            if authority is not None:  # "lawmakers in Somaliland", "police in Puntland"
                found.append(description(token, authority, "located.authority"))
                break
            country = next(
                filter(None, (country_of_place(p) for p in prep.children if p.dep_ == "pobj")),
                None,
            )
            if country:
                found.append(description(token, f"{country}.{sector}", LOCATED_RULE))
                break
    return found


def _division_of_a_place(token: Token) -> bool:
    """A noun of an administrative division named by its place ("the departments of Narino
    and Cauca", "the province of Idlib"): a place, whatever body the noun can also name."""
    if token.lower_ not in gazetteer().divisions:
        return False
    return any(
        place.dep_ == "pobj" and (place.ent_type_ in ("GPE", "LOC") or resolve_place(place.text))
        for prep in token.rights
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for place in prep.children
    )


def _runner(prep: Token, named: list[ActorMention]) -> str | None:
    """The side named as running the place a preposition introduces ("in the Houthi-run
    capital"), whose officials and police the ones based there are."""
    doc = prep.doc
    for place in prep.children:
        if place.dep_ != "pobj":
            continue
        for mention in named:
            if "." not in mention.actor and run_by(doc[mention.start : mention.end]) == place:
                return mention.actor
    return None


def place_of(span: Span) -> str | None:
    """The country of the place a people is said to live in ("the Albanians of Serbia")."""
    root = span.root
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "from"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return country_of_place(pobj)
    return None


def demonym_place(name: Span, head: Token) -> bool:
    """A demonym or state name modifying a place that is no actor: "in Iraqi Kurdistan",
    "north of Syrian Idlib", "Russian-held Crimea" name a region of (or held by)
    the state, where something happens, not the state acting."""
    if head.i < name.end or head.ent_type_ not in ("GPE", "LOC"):
        return False
    return sector_or_title(head) is None and not resolve_phrase(head.text)


def place_and_capital(token: Token) -> tuple[str | None, bool]:
    """The country a place token names, and whether it is a capital (where talks are
    held, rarely where a side is)."""
    entry = phrase_entry(token.text)
    return country_of_place(token), entry is not None and entry.kind == "capital"


def country_of_place(token: Token) -> str | None:
    """The country a place or country name points to ("Baghdad" → IRQ), or None. A name with
    an "of" part is read whole first: "the Democratic Republic of Congo" is not "Republic";
    and a name the gazetteer gives to an organisation is no place at all, whatever town its
    last word also names ("a delegation from the African Union" is not from Union, USA)."""
    doc = token.doc
    modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
    start = min([token.i] + [c.i for c in modifiers])
    # "eastern Democratic Republic of Congo": the name starts at its first capital
    named = next((i for i in range(start, token.i + 1) if doc[i].text[:1].isupper()), start)
    starts = [start] if named == start else [start, named]
    texts = [doc[first : token.i + 1].text for first in starts]
    if not any(c.pos_ == "PROPN" for c in modifiers):
        texts.append(token.text)  # not "Republic" alone, a US town, for a longer name
    of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and of.right_edge.i > token.i:
        texts[:0] = [doc[first : of.right_edge.i + 1].text for first in starts]
    for text in texts:
        entry = phrase_entry(text)
        if entry is not None and entry.kind in ("country", "capital"):
            return entry.country
        if entry is not None and entry.kind not in PLACE_OR_STATE_KINDS:
            return None  # an organisation's name
        place = resolve_place(text)
        if place is not None and place.country:
            return place.country
    return None


def _self_governed(token: Token) -> str | None:
    """The self-governing entity a place name is (Somaliland, Republika Srpska, Iraqi
    Kurdistan's KRG): bodies based there are its own, not the state's around it."""
    if token.dep_ != "pobj":
        return None
    entry = phrase_entry(token.doc[token.left_edge.i : token.i + 1].text)
    if entry is None and not token.text[:1].isupper():
        # "the breakaway region of Abkhazia": a common noun for a territory, named after "of"
        named = [g for c in token.children if c.lower_ == "of" for g in c.children]
        return next(filter(None, map(_self_governed, named)), None)
    return entry.actor if entry is not None and entry.kind == "authority" else None
