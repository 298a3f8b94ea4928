"""Where and when an event happened: the place its clause names, the date its sentence
names."""

from __future__ import annotations

from spacy.tokens import Token

from accord.data import words
from accord.extract.analysis import Analysis
from accord.extract.events.coded import Coded
from accord.extract.events.syntax import compound_phrase
from accord.model import Location
from accord.nlp.tense import is_future
from accord.resolve.dates import clause_day
from accord.resolve.places import resolve_place

#: Prepositions that place an event ("struck positions near Rafah").
LOCATIVE = frozenset(words("grammar", "place_prepositions"))


def clause_place(
    root: Token, anchor: Token | None = None, objects: bool = False
) -> Location | None:
    """The first named place in a clause: a locative object ("near Rafah") or a place that is
    the anchor's (with ``objects``, any verb's) direct object ("attacked El Obeid")."""
    anchor = anchor if anchor is not None else root
    for token in root.subtree:
        placed = token.dep_ == "pobj" and token.head.lower_ in LOCATIVE
        placed = placed or token.dep_ == "dobj" and (objects or token.head.i == anchor.i)
        if placed and token.text[:1].isupper():
            place = resolve_place(compound_phrase(token))
            if place is not None:
                return place
    return None


def event_place(coded: Coded) -> Location | None:
    root = coded.anchor if coded.anchor.pos_ == "VERB" else coded.trigger
    return clause_place(root, coded.anchor)


def event_date(coded: Coded, analysis: Analysis):
    """The day the event's own clause (or one governing it, or failing those another
    clause of its sentence) names, through the one resolver stances use too: a stretch
    ("in March 2022"), its edge ("since May") or a dateline date dates no event."""
    return clause_day(coded.anchor, analysis.published, is_future(coded.anchor))
