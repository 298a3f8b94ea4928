"""Who "the mediators" are: the actors the text has shown mediating before a statement.

"The mediators said the talks were constructive" names no one; the article has said who
mediates ("talks mediated by Egypt and Qatar", "Norway brokered the truce", "under Qatari
mediation"). The speaker is the mediator named most recently before the statement, or,
when none is named before, the first named after it.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.data import words
from accord.extract.analysis import Analysis
from accord.resolve.actors import is_media

#: Verbs and nouns whose doer mediates ("mediated", "brokered", "mediation", "mediators").
MEDIATING = frozenset(words("grammar", "mediating_words"))


def mediator_before(token: Token, analysis: Analysis) -> str | None:
    """The actor last shown mediating before ``token``, else the first shown after it
    ("Mediators said … Egypt and Qatar, which brokered the talks, …"), or None."""
    before = after = None
    for word in token.doc:
        if word.lemma_.lower() not in MEDIATING or word.i == token.i:
            continue
        actor = _mediator_named(word, analysis)
        if actor is None:
            continue
        if word.i < token.i:
            before = actor
        elif after is None:
            after = actor
    return before or after


def _mediator_named(word: Token, analysis: Analysis) -> str | None:
    """The first actor a mediating word shows mediating, news media aside."""
    for related in mediating_parties(word):
        mention = analysis.mention_covering(related)
        if mention is not None and mention.actor and not is_media(mention.actor):
            return mention.actor
    return None


def mediating_parties(word: Token) -> list[Token]:
    """Tokens that name who mediates around a mediating word: the subject or "by" agent of a
    verb, the owner or modifier of a noun, a name in apposition, each with its conjuncts."""
    heads: list[Token] = []
    for child in word.children:
        if child.dep_ in ("nsubj", "poss", "amod", "compound", "appos"):
            heads.append(child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            heads += [g for g in child.children if g.dep_ == "pobj"]
    if word.dep_ == "appos":  # "Egypt and Qatar, the mediators,"
        heads.append(word.head)
    return [t for head in heads for t in (head, *head.conjuncts)]
