"""Reported-speech shapes the dependency parse gets wrong or leaves unusual, read back
into a statement: a cue hung on the clause it introduces, a clause read as a second object,
``as confirmed by X``, ``called on X to …`` and participle cues with a clause of their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.quotes.candidate import subtree_range
from accord.extract.quotes.cues import LISTENER_OBJECT_CUES, LISTENER_PREPOSITION


def as_by_agent(cue: Token) -> Token | None:
    """``talks will go on, as confirmed by the ministry``: a passive cue marked "as" and
    hung on a clause says its agent stated that clause."""
    if cue.tag_ != "VBN" or cue.dep_ != "advcl" or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return None
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def finite_clause(cue: Token) -> bool:
    """``…, claiming the vessel was carrying arms``: a participle cue whose complement is a
    clause with its own subject reports a statement, unlike ``…, announcing the deal``."""
    return any(
        child.dep_ == "ccomp"
        and child.i > cue.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        for child in cue.children
    )


def clause_as_second_object(cue: Token) -> tuple[int, int] | None:
    """``told ABC News the strikes "hit the leaders"``: the parser may read the listener and
    the clause's subject as two objects and the clause's verb as a modifier. A finite verb
    inside the second object shows it is the clause said, up to the sentence's end."""
    if cue.lemma_.lower() not in LISTENER_OBJECT_CUES:
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if len(objects) < 2:
        return None
    second = objects[1]
    if not any(
        t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ not in ("relcl", "acl", "ccomp", "conj")
        for t in second.subtree
    ):
        return None
    last = max(t.i for t in cue.subtree)
    tokens = [t for t in cue.doc[second.left_edge.i : last + 1] if not t.is_space]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in '"”’':
        tokens.pop()
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)) if tokens else None


def swallowed_complement(cue: Token) -> tuple[int, int] | None:
    """``While X maintains the deal was bilateral, Y …``: the parser may hang the cue on the
    clause it introduces. A finite clause with its own subject that starts right after the
    cue and governs it is the cue's complement, without the cue's own words."""
    clause = cue.head
    if cue.dep_ != "advcl" or clause.i < cue.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i]
    if not subjects or subjects[0].left_edge.i != cue.right_edge.i + 1:
        return None
    start, end = subtree_range(clause, exclude=cue)
    return (start, end) if end > start else None


def request_after_preposition(cue: Token) -> tuple[int, int] | None:
    """``called on both sides to return to the table``: who is asked and what, as with
    ``urged both sides to …``."""
    preps = LISTENER_PREPOSITION.get(cue.lemma_.lower(), frozenset())
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i < cue.i:
            continue
        listeners = [c for c in prep.children if c.dep_ == "pobj"]
        asked = [c for c in cue.children if c.dep_ == "xcomp" and listeners and c.i > prep.i]
        if asked:
            return subtree_range(listeners[0])[0], subtree_range(asked[0])[1]
    return None
