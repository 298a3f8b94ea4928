"""What every part of the stances extractor shares: the ``Candidate`` record a reader
leaves before the document-level merge, and the small helpers that normalise a party,
date a statement and pick the two opposing sides.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import pycountry
from spacy.tokens import Span, Token

from accord.lexicons.framing import load_lexicon
from accord.nlp.docviews import entities_in
from accord.resolve.dates import WEEKDAYS, resolve_date, weekday_toward


@dataclass
class Candidate:
    """One stance statement before the document-level merge."""

    party: str
    stance: str
    trigger: Token
    span: Span
    rule: str
    claimed_by: str = "outlet"
    conditions: list[str] = field(default_factory=list)
    venue: str | None = None
    condition_only: bool = False
    recipients: list[str] = field(default_factory=list)
    date: dt.date | None = None
    obj: Token | None = None


def as_party(actor: str | None) -> str | None:
    """A negotiating country is its government: ``QAT`` → ``QAT.GOV`` (organisations such
    as ``RSF`` stay as they are), and its envoys and diplomats speak for that government
    (``USA.DIP`` → ``USA.GOV``)."""
    if actor and "." not in actor and pycountry.countries.get(alpha_3=actor) is not None:
        return f"{actor}.GOV"
    if actor and actor.endswith(".DIP") and actor.count(".") == 1:
        return actor.removesuffix(".DIP") + ".GOV"
    return actor


def sentence_date(sent: Span, published: dt.date | None, future: bool = False) -> dt.date | None:
    """The date a sentence's DATE entity names, resolved against the publication date
    (forward when the stance's clause is in the future tense)."""
    for ent in entities_in(sent):
        if ent.label_ != "DATE":
            continue
        words = ent.text.lower().split()
        if published is not None:
            for word in words:
                if word in WEEKDAYS:
                    return weekday_toward(word, published, future)
            if "today" in words:
                return published
            if "yesterday" in words:
                return published - dt.timedelta(days=1)
        # an explicit date ("May 6", "6 May 2024") through the one resolver; words
        # without a digit ("this week", "the past days") name no single day here
        parsed = resolve_date(ent.text, published, future) if re.search(r"\d", ent.text) else None
        if parsed is not None and (future or published is None or parsed <= published):
            return parsed  # in the past tense, a later date is not when it was said
    return published


def opposing_pair(ranked: list[str]) -> list[str] | None:
    """The best-ranked two parties that are opposite sides of a conflict the framing
    lexicon knows (so a host that also proposes is not taken for a side)."""
    lexicon = load_lexicon()
    for i, first in enumerate(ranked):
        side = lexicon.side_of(first)
        if side is None:
            continue
        for second in ranked[i + 1 :]:
            other = lexicon.side_of(second, side[0])
            if other is not None and other[0] == side[0] and other[1] != side[1]:
                return [first, second]
    return None
