"""A consequence foretold to another party is a threat: "Ghana's president said Togo would
pay a heavy price if it attacked", "'Togo will regret this,' the president said".

A speaker who says another party will pay, suffer or face something (a price, consequences,
a defeat) or will regret what it did threatens it (PLOVER's THREATEN): the speaker is the
source, the clause's subject the target. The foretold verb is then no act of its own ("will
regret" is no apology to come).
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.events.coded import Coded
from accord.extract.events.grammar import Grammar
from accord.extract.events.mentions import named_actors, phrase_actors
from accord.extract.events.syntax import clause_subject

RULE = "events.speech.consequence"


def foretells_consequence(clause: Token, grammar: Grammar) -> bool:
    """A reported clause that foretells its subject a consequence: "Togo would pay a heavy
    price", "Togo will face consequences", "Togo will regret this"."""
    if clause.dep_ != "ccomp" or clause.lemma_.lower() not in grammar.consequence_verbs:
        return False
    # the consequence to come: "will pay", or reported, "would suffer"
    future = grammar.future_aux | {"would"}
    if not any(c.dep_ == "aux" and c.lower_ in future for c in clause.children):
        return False
    if any(c.dep_ == "neg" for c in clause.children):
        return False  # "Togo will not pay a price": no threat
    if clause.lemma_.lower() == "regret":
        return True  # "will regret this": whatever is to be regretted
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in grammar.consequence_nouns for c in clause.children
    )


def code_consequence(verb: Token, grammar: Grammar) -> Coded | None:
    """The threat a speech verb reports by foretelling another party a consequence."""
    analysis = verb.doc._.accord
    for clause in verb.children:
        if not foretells_consequence(clause, grammar):
            continue
        speaker = clause_subject(verb)
        subject = clause_subject(clause)
        if speaker is None or subject is None:
            continue
        sources = named_actors(speaker, analysis)
        targets = phrase_actors(subject, analysis)
        if sources and targets:
            return Coded("THREATEN", None, verb, clause, sources, targets, RULE)
    return None
