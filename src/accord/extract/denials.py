"""Accusations the accused deny in the same article: a disagreement between two sources.

Real articles state most of their disputes as a charge and its denial, in words that share
nothing a proposition match could compare: "Kinshasa accuses Kigali of backing the M23, a
charge Rwanda has always denied", "Ghana accused Togo of arming the rebels … Togo rejected
the allegations", "the army said the Front attacked … the Front denied attacking". Each is
a contradiction between the accuser and the accused: the accusation (an ACCUSE event, or a
hostile act a speaker says the other did) on one side, the denial clause on the other, each
with its evidence and in its own source's words. So is a charge the accused answer with the
same charge against the accuser ("each side blamed the other").

A denial is a verb of denying or refuting whose subject names an actor and whose object is
the charge ("rejected the allegations") or, for "deny", the act itself ("denied backing
the rebels", "denied that it sent troops"). A charge denied in the accusation's own
sentence ("…, a charge the small country has always denied", "— a claim denied by the
Rwandan government") is the accused's denial, however the parser or the coreference reads
its subject.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

from accord.extract.analysis import Analysis, evidence_for, sentence_index
from accord.extract.events.charges import denials
from accord.extract.referents import root_of
from accord.model import Contradiction, ContradictionSide, Evidence

RULE = "denials.accusation_denied"
#: Rule of a charge answered by the accused's charge against the accuser.
COUNTER_RULE = "denials.counter_accusation"
#: Acts that, told by one party of another, charge it with them.
HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})


@dataclass
class Charge:
    """What one party says another did: an accusation, or a hostile act told in a speaker's
    words ("the army said the Front attacked its positions")."""

    accuser: str
    accused: str
    evidence: Evidence
    date: dt.date | None


def denied_accusations(doc: Doc, analysis: Analysis) -> list[Contradiction]:
    """One contradiction per accuser and accused, where the article reports a charge and
    the accused's denial, or the accused's charge against the accuser."""
    charges = _charges(analysis)
    if not charges:
        return []
    found: list[Contradiction] = []
    answered: set[tuple[str, str]] = set()
    for denial in denials(doc, analysis):
        sentence = sentence_index(denial.verb)
        for charge in charges:
            accuser, accused = root_of(charge.accuser), root_of(charge.accused)
            attached = denial.attached_charge is not None and charge.evidence.sentence == sentence
            by_accused = denial.denier is not None and root_of(denial.denier) == accused
            if not (attached or by_accused) or accuser == accused or (accuser, accused) in answered:
                continue
            answered.add((accuser, accused))
            answer = evidence_for(denial.verb.sent, rule=RULE, trigger=denial.verb.text)
            found.append(_contradiction(analysis, charge, answer, None, RULE))
    return found + _counter_charges(analysis, charges, answered)


def _counter_charges(
    analysis: Analysis, charges: list[Charge], answered: set[tuple[str, str]]
) -> list[Contradiction]:
    """ "Kinshasa accused Kigali of violating the accord; Kigali accused Kinshasa of
    violating it": each blames the other, and so denies the other's charge. One per pair
    of sides no denial already answers."""
    first: dict[tuple[str, str], Charge] = {}
    for charge in charges:
        first.setdefault((root_of(charge.accuser), root_of(charge.accused)), charge)
    found = []
    for (accuser, accused), charge in first.items():
        counter = first.get((accused, accuser))
        if counter is None or accuser == accused:
            continue
        if {(accuser, accused), (accused, accuser)} & answered:
            continue
        answered.add((accuser, accused))
        found.append(_contradiction(analysis, charge, counter.evidence, counter.date, COUNTER_RULE))
    return found


def _charges(analysis: Analysis) -> list[Charge]:
    """The accusations of the article, then the hostile acts its speakers attribute to
    another party."""
    speakers = {q.id: q.speaker_actor for q in analysis.quotes if q.speaker_actor}
    charges = [
        Charge(e.source, e.target, e.evidence[0], e.date)
        for e in analysis.events
        if e.action == "ACCUSE" and e.source and e.target
    ]
    charges += [
        Charge(speakers[e.voice], e.source, e.evidence[0], e.date)
        for e in analysis.events
        if e.action in HOSTILE and e.source and e.voice in speakers
    ]
    return charges


def _contradiction(
    analysis: Analysis, charge: Charge, answer: Evidence, answered_on: dt.date | None, rule: str
) -> Contradiction:
    """The accuser's side with the charge's evidence; the accused's with its answer's (the
    denial's sentence, or its own charge against the accuser)."""
    return Contradiction(
        id=analysis.next_id("c"),
        topic=f"whether the charge by {charge.accuser} against {charge.accused} holds",
        a=ContradictionSide(
            by=charge.accuser,
            claim=charge.evidence.text,
            doc_id=analysis.doc_id,
            outlet=analysis.outlet,
            date=charge.date or analysis.published,
            evidence=[charge.evidence],
        ),
        b=ContradictionSide(
            by=charge.accused,
            claim=answer.text,
            doc_id=analysis.doc_id,
            outlet=analysis.outlet,
            date=answered_on or analysis.published,
            evidence=[answer],
        ),
        rule=rule,
    )
