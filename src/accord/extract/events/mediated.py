"""The sides a mediator's talks are held between, when the mediation names none: "Talks
between Ghana and Togo resumed in Lome. Benin is mediating the talks.", and the sides of
talks said to happen with none named ("Ghana and Togo met on Monday. The talks resumed on
Tuesday.").

The mediated talks were reported just before, as a meeting of their two sides; a mediation
that names no side meets those two. Only a meeting of two sides other than the mediators,
in the few sentences before, is taken: further back, or with none, the mediation keeps no
recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.analysis import Analysis, sentence_index

#: How many sentences back the talks a mediation refers to may have been reported.
WINDOW = 3
#: The rule of talks said to happen with no side named ("The talks resumed on Tuesday"),
#: whose sides are those of the talks reported just before.
RECENT_TALKS_RULE = "events.noun.recent_talks"


def is_recent_talks(rule: str) -> bool:
    """Was an event coded by :data:`RECENT_TALKS_RULE`, under a model's name or not?"""
    return rule.endswith(RECENT_TALKS_RULE.removeprefix("events."))


def sides_of_recent_talks(analysis: Analysis, trigger: Token, mediators: set) -> list[str]:
    """The two sides of the meeting reported last before ``trigger``, within ``WINDOW``
    sentences, if neither side is one of the ``mediators``."""
    here = sentence_index(trigger)
    for event in reversed(analysis.events):
        sentence = event.evidence[0].sentence
        if sentence > here:
            continue
        if sentence < here - WINDOW:
            break
        sides = (event.source, event.target)
        if (
            event.action == "CONSULT"
            and event.mode is None
            and None not in sides
            and event.source != event.target
            and not mediators & set(sides)
        ):
            return list(sides)
    return []
