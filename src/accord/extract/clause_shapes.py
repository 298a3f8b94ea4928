"""Clause shapes that state a proposition in other words, read off the parse.

"refused to attend" is about attending (negated), "agreed to extend" and "continues to
stand by" about extending and standing by, "what X accepted is a watered-down version of
the plan" about accepting the plan, "presented the meeting as a continuation" about the
meeting being one, and "for seven days" gives a duration. The verbs and nouns of each
shape are data (``data/claims/propositions.yaml``); :mod:`accord.extract.propositions`
builds the claims.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.data import load_data

LEXICON = load_data("claims/propositions")
NOT_DOING = frozenset(LEXICON["not_doing"])
DOING = frozenset(LEXICON["doing"])
ASPECT = frozenset(LEXICON["aspect"])
DURATION_UNITS: dict[str, int] = LEXICON["duration_units"]
NUMBER_WORDS: dict[str, int] = LEXICON["number_words"]
CAST_AS = frozenset(LEXICON["cast_as"])
ALTERED: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in LEXICON["altered"].items()}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause a token is in (its nearest verb ancestor)."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def pseudo_cleft(verb: Token, within: set[int]) -> tuple[Token, Token] | None:
    """``what X accepted is Y``: (accepted, Y)."""
    if verb.lemma_.lower() != "be":
        return None
    done = next(
        (
            c
            for c in verb.children
            if c.dep_ == "csubj"
            and c.i in within
            and any(w.lower_ == "what" and w.dep_ in ("dobj", "pobj") for w in c.children)
        ),
        None,
    )
    what = next((c for c in verb.children if c.dep_ == "attr" and c.i in within), None)
    return (done, what) if done is not None and what is not None else None


def altered_from(noun: Token) -> Token | None:
    """The original of "a watered-down version of the plan" (the plan), if the noun is an
    altered version of something."""
    if noun.lemma_.lower() not in ALTERED["nouns"]:
        return None
    if not any(c.dep_ == "amod" and c.lower_ in ALTERED["modifiers"] for c in noun.children):
        return None
    return next(
        (
            c
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for c in prep.children
            if c.dep_ == "pobj"
        ),
        None,
    )


def not_done(verb: Token, within: set[int]) -> Token | None:
    """The verb whose action a verb of not doing denies: "refused to attend" is about
    attending, "failed to reach a deal" about reaching one, and "the attempt to
    present it as a success failed" about presenting it so."""
    if verb.lemma_.lower() not in NOT_DOING:
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ == "NOUN"]
    candidates = [
        *(c for c in verb.children if c.dep_ == "xcomp"),
        *(c for s in subjects for c in s.children if c.dep_ == "acl" and infinitive(c)),
    ]
    return next((c for c in candidates if c.pos_ == "VERB" and c.i in within), None)


def committed_to(verb: Token, within: set[int]) -> Token | None:
    """The action a verb of commitment or of aspect takes on: "agreed to extend the
    truce" is about extending it, "continues to stand by" and "kept firing" about
    standing by and firing."""
    lemma = verb.lemma_.lower()
    if lemma not in DOING and lemma not in ASPECT:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and c.pos_ == "VERB"
            and c.i in within
            and (infinitive(c) or (lemma in ASPECT and c.tag_ == "VBG"))
        ),
        None,
    )


def duration(verb: Token) -> float | None:
    """The duration a clause gives its action, in hours: "extended the truce for seven
    days" (168), "by 72 hours" (72)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "by"):
            continue
        for unit in prep.children:
            hours = DURATION_UNITS.get(unit.lemma_.lower())
            count = next((_number(c) for c in unit.children if c.dep_ in ("nummod", "det")), None)
            if unit.dep_ == "pobj" and hours and count:
                return float(count * hours)
    return None


def _number(token: Token) -> float | None:
    word = token.lower_.replace(",", "")
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    try:
        return float(word)
    except ValueError:
        return None


def infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def cast_as(verb: Token, within: set[int]) -> tuple[Token, Token] | None:
    """``present the meeting as a continuation``: (meeting, continuation), for the
    verbs that cast a thing as something (data: ``cast_as``)."""
    if verb.lemma_.lower() not in CAST_AS:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i in within), None)
    role = next(
        (
            noun
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for noun in prep.children
            if noun.dep_ == "pobj" and noun.i in within
        ),
        None,
    )
    return (thing, role) if thing is not None and role is not None else None


def conjoined_words(token: Token) -> list[Token]:
    """A word and the words coordinated with it ("serious and constructive")."""
    words = [token]
    for child in token.children:
        if child.dep_ == "conj":
            words.extend(conjoined_words(child))
    return words
