"""Denials of a charge, read off the parse: "Togo rejected the allegations", "a charge the
small country has always denied", "a claim denied by the government", "denied backing the
rebels". The event coder reads them to give a charged act its status (denied), and the
contradictions reader (:mod:`accord.extract.denials`) to set a charge against its denial.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from accord.extract.analysis import Analysis
from accord.extract.events.status import CHARGE_NOUNS, REFUTING
from accord.extract.referents import root_of

#: Verbs that deny a charge named as their object: the refuting verbs the event status
#: reads, and the denial verbs that take a charge ("denied the allegations").
REFUTING_VERBS = REFUTING | {"deny", "dismiss", "dispute"}
#: Verbs that deny the act itself in a gerund or a "that" clause ("denied sending troops").
DENYING_ACTS = frozenset({"deny"})
#: How many words before a denial verb its charge noun may stand ("a charge Togo has always
#: denied", which the parser may read as one phrase).
CHARGE_REACH = 6


@dataclass
class Denial:
    verb: Token
    #: the actor the clause names as denying, if it resolves
    denier: str | None
    #: the charge noun the denial hangs on in the sentence ("a charge X denied"), if any
    attached_charge: Token | None


def charge_denied(accusation: Token, accused: set[str], analysis: Analysis) -> bool:
    """Does the article report the accused's denial of this accusation: a charge denied in
    its own sentence ("…, a charge Rwanda has always denied"), or a denial whose subject is
    the accused (``accused``: actor roots)?"""
    sentence = accusation.sent
    for denial in denials(accusation.doc, analysis):
        if denial.attached_charge is not None and denial.verb.sent == sentence:
            return True
        if denial.denier is not None and root_of(denial.denier) in accused:
            return True
    return False


def denials(doc: Doc, analysis: Analysis) -> list[Denial]:
    """The denial verbs of the document, with who denies and the charge they hang on."""
    found = []
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() not in REFUTING_VERBS:
            continue
        attached = _attached_charge(token)
        if attached is None and not (_denies_a_charge(token) or _denies_an_act(token)):
            continue
        denier = _subject_actor(token, analysis) or _agent_actor(token, analysis)
        if denier is not None or attached is not None:
            found.append(Denial(token, denier, attached))
    return found


def _attached_charge(verb: Token) -> Token | None:
    """The charge noun a denial verb is a relative or participle clause of ("a charge Togo
    denied", "a claim denied by Kigali"), or stands a few words after in one phrase."""
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in CHARGE_NOUNS:
        return verb.head
    before = verb.doc[max(verb.sent.start, verb.i - CHARGE_REACH) : verb.i]
    charge = next((t for t in before if t.lemma_.lower() in CHARGE_NOUNS), None)
    if charge is None or any(t.is_punct for t in before if t.i > charge.i):
        return None
    return charge


def _denies_a_charge(verb: Token) -> bool:
    """ "rejected the allegations", "dismissed the accusation"."""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CHARGE_NOUNS for c in verb.children
    )


def _denies_an_act(verb: Token) -> bool:
    """ "denied backing the rebels", "denied that it sent troops"."""
    if verb.lemma_.lower() not in DENYING_ACTS:
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "dobj" and c.tag_ == "VBG")
        for c in verb.children
    )


def _subject_actor(verb: Token, analysis: Analysis) -> str | None:
    subjects = [
        c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() not in CHARGE_NOUNS
    ]
    return _actor_in(subjects, analysis)


def _agent_actor(verb: Token, analysis: Analysis) -> str | None:
    """ "a claim denied by the Rwandan government"."""
    agents = [
        pobj
        for by in verb.children
        if by.dep_ == "agent" or (by.dep_ == "prep" and by.lower_ == "by")
        for pobj in by.children
        if pobj.dep_ == "pobj"
    ]
    return _actor_in(agents, analysis)


def _actor_in(phrases: list[Token], analysis: Analysis) -> str | None:
    for phrase in phrases:
        for token in phrase.subtree:
            mention = analysis.mention_covering(token)
            if mention is not None and mention.actor:
                return mention.actor
    return None
