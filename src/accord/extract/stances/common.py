"""What every part of the stances extractor shares: the ``Candidate`` record a reader
leaves before the document-level merge, and the small helpers that normalise a party,
date a statement and pick the two opposing sides.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from accord.lexicons.framing import load_lexicon
from accord.nlp.docviews import doc_text
from accord.nlp.tense import is_future, verb_of
from accord.resolve.actors import is_state, sector_of
from accord.resolve.dates import clause_day

#: The party of "the agreed exchange", "both sides agreed": both sides of the article's
#: talks, named at the merge.
THE_SIDES = "<sides>"


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
    date_sureness: int = 0  # see stance_date
    obj: Token | None = None
    #: the party is a bare sector noun given the state named before ("the army")
    state_by_default: bool = False
    #: for a party "<sides>": the pair its phrase reads as, from the text before it
    sides_named: list[str] = field(default_factory=list)


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})


def used_as_noun(token: Token) -> bool:
    """A noun, or a word the small tagger took for a verb where the parse uses it as a noun:
    "ceasefire talks between A and B began" tags "talks" VERB but makes it the subject."""
    return token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "VERB" and token.dep_ in NOMINAL_DEPS)


def as_party(actor: str | None) -> str | None:
    """A negotiating country is its government: ``QAT`` → ``QAT.GOV`` (organisations such
    as ``RSF`` stay as they are), and its envoys and diplomats speak for that government
    (``USA.DIP`` → ``USA.GOV``)."""
    if actor and "." not in actor and is_state(actor):
        return f"{actor}.GOV"
    if sector_of(actor) == "DIP":
        return actor.removesuffix(".DIP") + ".GOV"
    return actor


def stance_date(trigger: Token, published: dt.date | None) -> tuple[dt.date | None, int]:
    """The day a stance was taken and how sure that is: the day its own sentence gives its
    clause or a clause governing it (3: "said on Friday that it agreed"), else, for a stance
    a verb tells, another clause of the sentence (2: "left for Jeddah, citing a statement
    issued on Friday"); in a
    narrative told in the simple past, the day the sentence before it in the same
    paragraph gave its main clause (1: "On Friday the delegations met. The sides agreed to
    …"); else no day (0), which leaves the publication date."""
    future = is_future(trigger)
    day = clause_day(trigger, published, future, reach=1)
    if day is not None:
        return day, 3
    day = clause_day(trigger, published, future) if trigger.pos_ == "VERB" else None
    if day is not None:  # a stance a noun names ("the X initiative") is no event of the day
        return day, 2
    previous = _previous_sentence(trigger)
    if previous is not None and verb_of(trigger).tag_ == "VBD" and not future:
        day = clause_day(previous.root, published, reach=0)
        if day is not None:
            return day, 1
    return None, 0


def _previous_sentence(token: Token) -> Span | None:
    """The sentence before ``token``'s, when the two stand in one paragraph."""
    sent = token.sent
    if sent.start == 0:
        return None
    previous = token.doc[sent.start - 1].sent
    between = doc_text(token.doc)[previous.end_char : sent.start_char]
    return None if "\n" in between else previous


def conflict_of(pair: list[str]) -> str | None:
    """The conflict the framing lexicon knows whose opposite sides the two parties are."""
    if len(pair) != 2:
        return None
    lexicon = load_lexicon()
    first = lexicon.side_of(pair[0])
    if first is None:
        return None
    second = lexicon.side_of(pair[1], first[0])
    if second is None or second[0] != first[0] or second[1] == first[1]:
        return None
    return first[0]


def in_conflict(party: str, conflict: str) -> bool:
    """Whether the framing lexicon counts the party on a side of the conflict."""
    members = {m for side in load_lexicon().sides[conflict].values() for m in side}
    return party in members or party.split(".", 1)[0] in members


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
