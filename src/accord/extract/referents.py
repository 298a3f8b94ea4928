"""Which actor a stretch of text refers to, for extractors that run after the actors one.

The actors extractor leaves :class:`~accord.extract.analysis.ActorMention` records on the
analysis; the stances and framing extractors ask "who is the subject of this verb?" or
"whom does this label name?" about tokens and phrases. This module answers from the
mentions first and falls back to :func:`accord.resolve.actors.resolve_phrase` on the
phrase's text, so both extractors resolve actors the same way.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.data import words
from accord.extract.analysis import Analysis
from accord.resolve import actors as actor_resolver

#: Dependency labels of a noun's modifiers that can name the actor ("Hamas fighters",
#: "Israel's army", "the Russian delegation").
_MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod"}
_POSSESSIVE_PRONOUNS = frozenset(words("grammar", "possessive_pronouns"))
_SUBJECT_PRONOUNS = frozenset(words("grammar", "subject_pronouns"))
_ACTING_FOR_VERBS = frozenset(words("actors", "acting_for_verbs"))


def resolve_text(text: str) -> str | None:
    """Resolve a phrase with the shared resolver, tolerating a missing or failing one. A
    sentence's full stop goes; an abbreviation's stays ("U.S.")."""
    text = text.strip(" \"'“”‘’,;:")
    if text.endswith(".") and "." not in text[:-1]:
        text = text[:-1]
    if not text:
        return None
    try:
        return actor_resolver.resolve_phrase(text)
    except Exception:  # noqa: BLE001 - a resolver bug must not stop the extractor
        return None


def acted_for(token: Token) -> Token | None:
    """Whom the people a noun names act for: "officials representing Ghana and the rebels"
    are Ghana's and the rebels' (the object of an acting-for participle), or None."""
    for acl in token.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in _ACTING_FOR_VERBS:
            return next((c for c in acl.children if c.dep_ == "dobj"), None)
    return None


def actor_of_token(analysis: Analysis, token: Token) -> str | None:
    """The actor a single token belongs to (a mention covering it, else the resolver)."""
    mention = analysis.mention_covering(token)
    if mention is not None:
        return mention.actor
    if token.pos_ in ("PROPN", "ADJ", "NOUN") and token.text[:1].isupper():
        return resolve_text(token.text)
    return None


def actor_of_phrase(analysis: Analysis, head: Token, speaker: str | None = None) -> str | None:
    """The actor a noun phrase headed by ``head`` names.

    Tried in order: a mention covering the head; a mention or name among the head's own
    modifiers ("the Israeli delegation", "Hamas' Political Bureau"); the whole phrase
    through the resolver; a possessive or subject pronoun, which inside reported speech
    stands for the speaker. Conjunctions are left to the caller (:func:`conjuncts`).
    """
    actor = analysis.mention_covering(head)
    if actor is not None:
        return actor.actor
    for child in head.children:
        if child.dep_ in _MODIFIER_DEPS:
            found = actor_of_phrase(analysis, child, speaker) if child.dep_ != "amod" else None
            found = found or actor_of_token(analysis, child)
            if found:
                return found
    if head.lower_ in _SUBJECT_PRONOUNS | _POSSESSIVE_PRONOUNS:
        return speaker
    for child in head.children:
        if child.dep_ == "poss" and child.lower_ in _POSSESSIVE_PRONOUNS:
            return speaker
    phrase = phrase_of(head)
    return resolve_text(phrase.text) if len(phrase) <= 8 else None


def phrase_of(head: Token) -> Span:
    """The noun phrase of ``head`` without its relative clauses, appositions or conjuncts."""
    stop = {"relcl", "acl", "appos", "conj", "cc", "punct", "prep", "advcl"}
    tokens = [head]
    for child in head.children:
        if child.dep_ in stop:
            continue
        tokens.extend(child.subtree)
    left = min(token.i for token in tokens)
    right = max(token.i for token in tokens) + 1
    return head.doc[left:right]


def conjuncts(head: Token) -> list[Token]:
    """A head and the heads it is coordinated with ("Egypt and Qatar")."""
    return [head, *head.conjuncts]


def root_of(actor: str | None) -> str | None:
    """The country or organisation an actor id belongs to (``ISR.GOV`` → ``ISR``); a
    country's open-world rebels (``PHL.REB``) are a side of their own."""
    return actor_resolver.side_of(actor) if actor else None
