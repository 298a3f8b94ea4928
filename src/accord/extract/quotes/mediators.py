"""Who "the mediators" are: the actors the text has shown mediating before a statement.

"The mediators said the talks were constructive" names no one; the article has said who
mediates ("talks mediated by Egypt and Qatar", "Norway brokered the truce", "under Qatari
mediation"). The speaker is the mediator named most recently before the statement, or,
when none is named before, the first named after it.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.analysis import Analysis
from accord.extract.third_parties import MEDIATING, mediating_parties, word_forms
from accord.resolve.actors import is_media


def mediator_before(token: Token, analysis: Analysis) -> str | None:
    """The actor last shown mediating before ``token``, else the first shown after it
    ("Mediators said … Egypt and Qatar, which brokered the talks, …"), or None."""
    before = after = None
    for word in token.doc:
        if not word_forms(word) & MEDIATING or word.i == token.i:
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
