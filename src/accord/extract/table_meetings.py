"""The "table_meetings" extractor: the two sides a document seats at its talks meet.

The stances reader seats a party at the talks in many wordings no event trigger covers:
"Dagalo sent representatives", "the delegations arrived in Tunisia to hold a second
round", "the process with the guerrilla". When the stances seat exactly two sides (their
attending stances, mediators left out) and no CONSULT event joins them, the two are coded
as meeting: one CONSULT between them, carrying the evidence of the first side's stance and
a rule of its own. With three or more sides at the table, who met whom is not known, and
nothing is added.
"""

from __future__ import annotations

from spacy.tokens import Doc

from accord.config import Settings
from accord.extract.analysis import Analysis
from accord.extract.events.classifier import active_threshold
from accord.extract.mediations import meeting_from_stance
from accord.extract.referents import root_of
from accord.model import Stance
from accord.registry import extractors

RULE = "events.consult.attendance"
#: How sure a meeting read from two sides' attendance is, below a meeting a trigger names.
CONFIDENCE = 0.8


def add_table_meetings(analysis: Analysis, threshold: float = 0.0) -> None:
    """One CONSULT between the two sides the stances seat, when no event joins them."""
    if active_threshold(threshold) > CONFIDENCE:
        return
    go_betweens = {root_of(s.party) for s in analysis.stances if s.stance == "mediating"}
    seated: dict[str, Stance] = {}
    for stance in sorted(analysis.stances, key=lambda s: s.evidence[0].start if s.evidence else 0):
        side = root_of(stance.party)
        if stance.stance == "attending" and stance.evidence and side not in go_betweens:
            seated.setdefault(side, stance)
    if len(seated) != 2 or _met_already(analysis, set(seated)):
        return
    first, second = seated.values()
    analysis.events.append(meeting_from_stance(analysis, first, second.party, RULE, CONFIDENCE))


def _met_already(analysis: Analysis, sides: set[str]) -> bool:
    return any(
        e.action == "CONSULT"
        and e.source
        and e.target
        and {root_of(e.source), root_of(e.target)} == sides
        for e in analysis.events
    )


@extractors.register("table_meetings")
def make_table_meetings_extractor(nlp):
    threshold = Settings.load().event_threshold

    def extract(doc: Doc) -> None:
        add_table_meetings(doc._.accord, threshold)

    return extract
