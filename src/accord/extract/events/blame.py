"""Blame put on a party for a harm: "Ghana held Togo responsible for the attack", "Togo was
responsible for the massacre, Ghana said", "Togo bears the blame for it", "Togo is to blame
for it, Ghana said". PLOVER codes blaming as ACCUSE: the one who blames
is the source, the one blamed the target. Being "responsible for" talks or a ministry is no
blame, so the "for" phrase must name a harm (an attack or a word of ``blamed_harms``); and a
narrator's own "X was responsible" accuses no one, so a speaker must say it.

A violation a speaker reports is a charge of the same kind: "Togo has violated the ceasefire
175 times, according to Ghana's foreign office" is Ghana's ACCUSE of Togo; a violation the
narrator states is no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.events.coded import Coded
from accord.extract.events.context import quote_of
from accord.extract.events.grammar import Grammar
from accord.extract.events.mentions import actor_of, is_attack_word, own_actors, phrase_actors
from accord.extract.events.syntax import clause_subject, to_infinitive

RULE = "events.adjective.blame"
VIOLATION_RULE = "events.verb.violation"
JUDGED_RULE = "events.adjective.judged"


def code_blame(adjective: Token, grammar: Grammar) -> Coded | None:
    """The ACCUSE a blaming adjective ("responsible", "accountable") states, or None."""
    if not _for_a_harm(adjective, grammar):
        return None
    analysis = adjective.doc._.accord
    head = adjective.head
    blamed = accusers = None
    if adjective.dep_ == "oprd" and head.lemma_.lower() in grammar.blaming_verbs:
        # "held Togo responsible": the object is blamed, the subject blames
        blamed = next((c for c in head.children if c.dep_ == "dobj"), None)
        accusers = clause_subject(head)
    elif adjective.dep_ == "ccomp" and head.lemma_.lower() in grammar.blaming_verbs:
        # "holds Togo accountable" parsed as a clause: its subject is the one blamed
        blamed = next((c for c in adjective.children if c.dep_ == "nsubj"), None)
        accusers = clause_subject(head)
    elif (
        adjective.dep_ == "amod"
        and adjective.i > head.i
        and head.dep_ == "dobj"
        and head.head.lemma_.lower() in grammar.blaming_verbs
    ):
        # "considering the ELN responsible", parsed as a noun and its adjective after it
        blamed, accusers = head, clause_subject(head.head)
        head = head.head
    elif adjective.dep_ == "acomp" and head.lemma_ == "be":
        # "Togo was responsible for the massacre, Ghana said": the speaker blames
        blamed = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return _said_blame(adjective, head, blamed, grammar)
    if blamed is None or accusers is None:
        return None
    sources = phrase_actors(accusers, analysis)
    targets = phrase_actors(blamed, analysis)
    if not sources or not targets:
        return None
    return Coded("ACCUSE", None, head, adjective, sources, targets, RULE)


def code_borne_blame(noun: Token, grammar: Grammar) -> Coded | None:
    """ "Togo bears full responsibility for the attack, Ghana said": the bearer is blamed and
    the speaker accuses; a responsibility for the talks, or one the narrator states, is none."""
    bearing = noun.head
    if noun.dep_ != "dobj" or bearing.lemma_.lower() not in grammar.bearing_verbs:
        return None
    if not _for_a_harm(noun, grammar):
        return None
    return _said_blame(noun, bearing, clause_subject(bearing), grammar)


def is_to_blame(verb: Token) -> bool:
    """ "Togo is to blame for the attack": "blame" as the complement of "be", which blames
    the subject of "be" rather than saying that subject blames anyone."""
    return (
        verb.lemma_.lower() == "blame"
        and verb.dep_ in ("xcomp", "ccomp", "advcl")
        and verb.head.lemma_ == "be"
        and to_infinitive(verb)
    )


def code_to_blame(verb: Token, grammar: Grammar) -> Coded | None:
    """The ACCUSE "Togo is to blame for the violence, Ghana said" makes: Ghana's of Togo."""
    be = verb.head
    blamed = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return _said_blame(verb, be, blamed, grammar)


def code_judged(adjective: Token, grammar: Grammar) -> Coded | None:
    """ "Ghana said the Togolese move was illegal": a judging word said of another party's act
    is the speaker's ACCUSE of its owner; the narrator's own judgement codes nothing."""
    be = adjective.head
    if adjective.dep_ != "acomp" or be.lemma_ != "be":
        return None
    judged = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if judged is None:
        return None
    analysis = adjective.doc._.accord
    owners = phrase_actors(judged, analysis) or own_actors(judged, analysis)
    speakers = _speakers(be, grammar) if owners else []
    accusers = {actor_of(s) for s in speakers}
    owners = [o for o in owners if actor_of(o) not in accusers]
    if not speakers or not owners:
        return None
    return Coded("ACCUSE", None, be, adjective, speakers, owners, JUDGED_RULE)


def _said_blame(
    trigger: Token, clause: Token, blamed: Token | None, grammar: Grammar
) -> Coded | None:
    """The ACCUSE of the one a clause blames ("Togo was responsible", "Togo bears the blame")
    by whoever says the clause; None when the narrator says it."""
    analysis = trigger.doc._.accord
    targets = phrase_actors(blamed, analysis) if blamed is not None else []
    sources = _speakers(clause, grammar) if targets else []
    if not sources:
        return None
    return Coded("ACCUSE", None, clause, trigger, sources, targets, RULE)


def _speakers(clause: Token, grammar: Grammar) -> list:
    """Who says the clause: the subject of the speech verb it is the complement of ("Togo
    was responsible, Ghana said"), else the speaker of the quote it stands in."""
    analysis = clause.doc._.accord
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in grammar.speech:
        speaker = clause_subject(clause.head)
        sources = phrase_actors(speaker, analysis) if speaker is not None else []
        if sources:
            return sources
    quote = quote_of(analysis, clause)
    return [quote.speaker_actor] if quote is not None and quote.speaker_actor else []


def _for_a_harm(adjective: Token, grammar: Grammar) -> bool:
    """Does the adjective's "for" phrase name a harm ("for the attack", "for the deaths")?"""
    for prep in adjective.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for pobj in prep.children:
            if pobj.dep_ not in ("pobj", "pcomp"):
                continue
            if pobj.lemma_.lower() in grammar.blamed_harms or pobj.lower_ in grammar.blamed_harms:
                return True
            if is_attack_word(pobj, grammar.lexicon):
                return True
    return False


def code_violation(verb: Token, grammar: Grammar) -> Coded | None:
    """The ACCUSE a reported violation ("violated the truce, Ghana said") makes, or None."""
    analysis = verb.doc._.accord
    speakers = _speakers(verb, grammar)
    if not speakers:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    doer = doer if doer is not None else clause_subject(verb)
    accusers = {actor_of(s) for s in speakers}
    targets = phrase_actors(doer, analysis) if doer is not None else []
    targets = [t for t in targets if actor_of(t) not in accusers]
    if not targets:
        return None
    return Coded("ACCUSE", None, verb, verb, speakers, targets, VIOLATION_RULE)
