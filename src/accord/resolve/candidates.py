"""Coreference candidates: what :mod:`accord.resolve.coref` needs to know about a mention.

The actors extractor finds mentions; this module turns each into a
:class:`~accord.resolve.coref.Candidate` (is it a state, a person, an organisation of
which kind, the subject of its clause?) so coreference decides on plain facts.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from accord.data import words
from accord.resolve.actors import (
    COUNTRY_NAME_KINDS,
    NON_STATE_SECTORS,
    derived_lookup,
    gazetteer,
    phrase_entry,
    says_ethnic,
)
from accord.resolve.coref import Candidate

SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent", "csubj"}
#: Head nouns that make a description anonymous ("a senior official", "sources"), as word
#: forms; the quote speakers' list (data/quotes/speakers.yaml) is of lemmas and longer.
ANONYMOUS_MENTION_HEADS = frozenset(words("actors", "anonymous_mention_heads"))


def mention_candidate(head: Token, sentence: int, mention, person: bool = False) -> Candidate:
    """The candidate of an actor mention (an :class:`accord.extract.analysis.ActorMention`)
    whose head token is ``head``, in sentence number ``sentence``."""
    entry = gazetteer().names.get(mention.actor.lower())
    org_kind = None
    if "." not in mention.actor:
        org_kind = organisation_kinds().get(mention.actor)
    sector = mention.actor.partition(".")[2] or None
    sector_named = _sector_named(mention.text, sector)
    # "PHL.REB", the open-world rebels of a country, fight its state and are none of it;
    # "ethnic Serbs" are a people, wherever they live, not the state of that name
    is_state = (
        sector not in NON_STATE_SECTORS
        and ("." in mention.actor or (len(mention.actor) == 3 and org_kind is None))
        and not says_ethnic(mention.text)
    )
    return Candidate(
        actor=mention.actor,
        sector=sector,
        sentence=sentence,
        token=mention.start,
        is_subject=head.dep_ in SUBJECT_DEPS
        or mention.kind == "person"
        and _joined_to_subject(head),
        is_state=is_state and org_kind is None,
        is_person=person
        or mention.kind == "person"
        or mention.kind == "description"
        and head.lower_ in ANONYMOUS_MENTION_HEADS
        # "the Cambodian prime minister said his country …": a titled person, unnamed
        or gazetteer().descriptions.get(head.lemma_.lower()) == "person",
        anonymous=mention.anonymous,
        org_kind=org_kind if entry is None else entry.kind,
        head=head.lemma_.lower() if head.pos_ in ("NOUN", "PROPN") else None,
        sector_named=sector_named,
        names_state=mention.names_state
        if mention.kind == "pronoun"
        else mention.kind == "name" and sector == "GOV" and not sector_named,
        plural=head.tag_ == "NNS" and head.pos_ == "NOUN",
    )


@derived_lookup
@lru_cache(maxsize=8192)
def _sector_named(text: str, sector: str | None) -> bool:
    """Do a mention's own words name its sector? "Serbia", "Belgrade", "Serbian" are the
    government only by default; "Serbia's government", "the Kremlin" name it."""
    if sector != "GOV":
        return True
    gaz = gazetteer()
    words = text.replace("’", "'").split()
    if gaz.sector(words) is not None or gaz.is_title(words):
        return True
    entry = phrase_entry(text)  # a state body ("the Kremlin") or a person names it
    return entry is not None and entry.kind not in COUNTRY_NAME_KINDS


def organisation_kinds() -> dict[str, str]:
    """Actor id → gazetteer kind (armed_group, igo, media …) of every organisation."""
    return gazetteer().organisation_kinds


def _joined_to_subject(head: Token) -> bool:
    """A name the parser hangs as a conjunct of the subject ("St Vincent and the Grenadines
    Prime Minister Ralph Gonsalves travels …" makes the country the subject, the person its
    conjunct): the person heads the clause all the same."""
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first.i != head.i and first.dep_ in SUBJECT_DEPS
