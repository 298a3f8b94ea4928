"""Who "the mediators" are: the actors the text has shown mediating before a statement.

"The mediators said the talks were constructive" names no one; the article has said who
mediates ("talks mediated by Egypt and Qatar", "Norway brokered the truce", "under Qatari
mediation"). The speaker is the mediator named most recently before the statement, or,
when none is named before, the first named after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.extract.analysis import Analysis
from accord.extract.third_parties import third_party_words
from accord.resolve.actors import is_media


def mediator_before(token: Token, analysis: Analysis) -> str | None:
    """The actor last shown mediating before ``token``, else the first shown after it
    ("Mediators said … Egypt and Qatar, which brokered the talks, …"), or None."""
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
