"""An attack warded off: "Ghana repelled an attack by Togolese troops", "Ukrainian forces
repulsed 15 Russian assaults", "the army thwarted an attack on the base".

The attack is the event: its doer attacked, whether or not the attack succeeded, and whoever
wards it off is what was attacked. A warding verb ("repel", "fend off", ``warding_verbs``
in ``events/grammar.yaml``) codes nothing of its own, and without this reading its object
lost the attacker its "by" phrase names and the defender the clause names.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.events.coded import Coded
from accord.extract.events.grammar import Grammar, Sense
from accord.extract.events.mentions import own_actors
from accord.extract.events.roles import Roles

RULE = "events.noun.warded_off"
#: Acts that are warded off rather than suffered in full.
WARDED_TYPES = frozenset({"ASSAULT"})


def code_warded_off(
    noun: Token, governor: Token, sense: Sense, grammar: Grammar, roles: Roles
) -> Coded | None:
    """The attack a warding verb's object names, by its attacker on the verb's subject."""
    if sense.action not in WARDED_TYPES or not wards_off(governor, grammar):
        return None
    attackers = own_actors(noun, noun.doc._.accord, agents=True, by_agent=True)
    defenders, _, _ = roles.clause_roles(governor, sense.action)
    if not attackers and not defenders:
        return None
    return Coded(sense.action, sense.mode, governor, noun, attackers, defenders, RULE)


def wards_off(verb: Token, grammar: Grammar) -> bool:
    """Whether a verb wards off what it takes ("repelled", "thwarted", "fought off")."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma in grammar.warding or any(f"{lemma} {p}" in grammar.warding for p in particles)
