"""An event as read off the parse, before it becomes an :class:`accord.model.Event`."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from accord.extract.analysis import ActorMention

#: Marks an unnamed perpetrator: the event is kept with no source.
UNKNOWN = "?"
#: Rule suffix of a REJECT coded from a negated acceptance ("did not accept").
NEGATED_ACCEPTANCE = "negated-acceptance"
#: Rule suffix of an act charged in an accusation the accused deny: its status is denied.
CHARGE_DENIED = "charge-denied"


@dataclass
class Coded:
    """An event read off the parse, before it becomes an :class:`Event`."""

    action: str
    mode: str | None
    anchor: Token  # the token whose clause gives status (trigger verb or light verb)
    trigger: Token
    sources: list[ActorMention | str]
    targets: list[ActorMention | str]
    rule: str
    #: The classifier's calibrated probability; None when the lexicon coder decided alone.
    confidence: float | None = None
