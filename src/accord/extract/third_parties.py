"""Who the text shows standing between the sides: the mediators and hosts of a process.

Several passes need to know them, and must agree: a mediator or host is never "the
government" a description refers to (side nouns), never one of "the two sides" (event
mentions), never the adversary a counterpart fallback picks, and "the mediators said"
names the one shown mediating last (quote speakers). They all read the same parse here:

- the doer of a mediating or hosting word ("Qatar mediated", "talks brokered by Egypt",
  "Kenya offered to mediate", "the talks Turkey hosted");
- its owner or modifier ("Qatari mediation", "Norway's facilitation", "the mediation of
  IGAD", "under the auspices of the UN");
- a name in apposition ("Egypt and Qatar, the mediators,"), with every conjunct.

"The mediators" itself names no one: it is the actor the text last showed mediating
(:func:`mediator_before`), for the quote speakers and the event roles alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc, Token

from accord.data import words
from accord.extract.analysis import Analysis
from accord.extract.referents import root_of
from accord.resolve.actors import is_media

#: Words whose doer or owner mediates ("mediated", "brokered", "mediation", "auspices").
MEDIATING = frozenset(words("grammar", "mediating_words"))
#: Words whose doer or owner mediates or hosts: either way no side of the process.
THIRD_PARTY_WORDS = MEDIATING | frozenset(words("grammar", "hosting_words"))
#: Verbs whose "by" agent stands outside a process between others ("a meeting convened
#: by X", "talks chaired by X"); their subject need not ("X chaired a cabinet meeting").
#: Also read by the event roles, where such an agent is no side.
THIRD_PARTY_PARTICIPLES = frozenset(words("grammar", "third_party_participles"))
#: ``doc.user_data`` key of the document's mediating and hosting words.
_WORDS_KEY = "accord_third_party_words"


class ThirdPartyWord(NamedTuple):
    """A mediating or hosting word of a document, with the token indexes that name who
    mediates or hosts around it, and whether it is a word of mediating (not of hosting
    or convening)."""

    index: int
    parties: list[int]
    mediating: bool


def _mediating_parties(word: Token) -> list[Token]:
    """Tokens that name who mediates or hosts around a mediating or hosting word, each with
    its conjuncts: the subject or "by" agent of a verb (or the subject of the verb it
    complements: "Kenya offered to mediate"), the owner, modifier or "of" complement of a
    noun, a name in apposition."""
    heads: list[Token] = []
    for child in word.children:
        if child.dep_ in ("nsubj", "poss", "amod", "compound", "appos"):
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ == "of" and word.pos_ == "NOUN":
            heads += [g for g in child.children if g.dep_ == "pobj"]
    heads += _agents(word)
    if not heads and word.dep_ == "xcomp":
        heads = [c for c in word.head.children if c.dep_ == "nsubj"]
    if word.dep_ == "appos":
        heads.append(word.head)
    return _with_conjuncts(heads)


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    return [t for head in heads for t in (head, *head.conjuncts)]


def _agents(word: Token) -> list[Token]:
    """The "by" agent of a verb ("talks brokered by Egypt")."""
    return [
        g
        for child in word.children
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by")
        for g in child.children
        if g.dep_ == "pobj"
    ]


def third_parties(
    doc: Doc, actor_of: Callable[[int], str | None], before: int | None = None
) -> frozenset[str]:
    """The sides (roots) the document shows mediating or hosting, news media aside;
    ``actor_of`` gives the actor of the mention covering a token index; with ``before``,
    only what the text has shown before that token."""
    found = set()
    for index, parties, _ in third_party_words(doc):
        if before is not None and index >= before:
            break
        for party in parties:
            actor = actor_of(party)
            if actor and not is_media(actor):
                found.add(root_of(actor))
    return frozenset(found)


def third_party_words(doc: Doc) -> list[ThirdPartyWord]:
    """The document's mediating and hosting words in text order (for a convening verb, only
    its "by" agent names a third party): read from the parse once per document, as the
    side nouns, event mentions, counterparts and quote speakers all ask. A word is matched
    by its form as well as its lemma: the lemmatiser takes "auspices" for "auspex"."""
    cached = doc.user_data.get(_WORDS_KEY)
    if cached is None:
        cached = []
        for word in doc:
            forms = (word.lower_, word.lemma_.lower())
            if any(form in THIRD_PARTY_WORDS for form in forms):
                parties = _mediating_parties(word)
            elif any(form in THIRD_PARTY_PARTICIPLES for form in forms):
                parties = _with_conjuncts(_agents(word))
            else:
                continue
            mediating = any(form in MEDIATING for form in forms)
            cached.append(ThirdPartyWord(word.i, [party.i for party in parties], mediating))
        doc.user_data[_WORDS_KEY] = cached
    return cached


def mediator_before(token: Token, analysis: Analysis) -> str | None:
    """Who "the mediators" at ``token`` are: the actor last shown mediating before it, else
    the first shown after it ("Mediators said … Egypt and Qatar, which brokered the talks,
    …"), or None."""
    before = after = None
    for word in third_party_words(token.doc):
        if not word.mediating or word.index == token.i:
            continue
        actor = _mediator_named(word.parties, token.doc, analysis)
        if actor is None:
            continue
        if word.index < token.i:
            before = actor
        elif after is None:
            after = actor
    return before or after


def _mediator_named(parties: list[int], doc: Doc, analysis: Analysis) -> str | None:
    """The first actor a mediating word shows mediating, news media aside."""
    for index in parties:
        mention = analysis.mention_covering(doc[index])
        if mention is not None and mention.actor and not is_media(mention.actor):
            return mention.actor
    return None
