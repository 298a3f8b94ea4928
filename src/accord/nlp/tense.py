"""Whether a clause speaks of the future: the tense that decides which way a weekday
points ("will head to Cairo on Tuesday" is the coming Tuesday, "left on Tuesday" the
last one)."""

from __future__ import annotations

from spacy.tokens import Token

from accord.data import words
from accord.resolve.dates import verb_of

_AUXILIARIES = frozenset(words("grammar", "future_auxiliaries"))
_GOVERNORS = frozenset(words("grammar", "future_governors"))


def is_future(token: Token) -> bool:
    """The clause of ``token`` is in the future: a future auxiliary, or an infinitive under
    a governor of intent or expectation ("is expected to arrive")."""
    verb = verb_of(token, steps=4)
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _AUXILIARIES for c in verb.children):
            return True
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _GOVERNORS:
            return True
        if verb.dep_ in ("xcomp", "conj") and verb.head != verb:
            verb = verb.head
            continue
        break
    return False
