"""Normalise a clause into a comparable proposition (subject, predicate, object, polarity).

"this round of talks in Accra was over" and "the negotiations had not ended" must come
out as the same proposition with opposite polarity, so subjects drop partitive
heads ("round of"), nouns and predicates map to canonical forms from
``data/claims/propositions.yaml`` (``be over`` = ``end``; ``continue`` = not
``end``), negation and negative cues flip the polarity, and modals set the status.
Clauses that say it in other words ("refused to attend", "what X accepted is a
watered-down version of the plan") are read through :mod:`accord.extract.clause_shapes`;
each coordinated subject gets the claim, and "without preconditions" adds its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from accord.data import load_data
from accord.extract.analysis import Analysis
from accord.extract.clause_shapes import (
    altered_from,
    cast_as,
    clause_verb,
    committed_to,
    conjoined_words,
    duration,
    not_done,
    pseudo_cleft,
)
from accord.model import Claim
from accord.resolve.actors import resolve_phrase, side_of

LEXICON = load_data("claims/propositions")
PARTITIVES = frozenset(LEXICON["partitive_heads"])
NEGATORS = frozenset(LEXICON["negators"])
MODAL_STATUS: dict[str, str] = LEXICON["modal_status"]
_NOUNS = {form: canon for canon, forms in LEXICON["nouns"].items() for form in forms}
_PREDICATES = {form: canon for canon, forms in LEXICON["predicates"].items() for form in forms}
_OPPOSITES = {form: canon for canon, forms in LEXICON["opposites"].items() for form in forms}
_KNOWN = set(_PREDICATES) | set(_OPPOSITES)
ABSENT: dict[str, str] = LEXICON["absent"]
AGREED_WHEN_PASSIVE = frozenset(LEXICON["agreed_when_passive"])
ACTOR_NOUNS = frozenset(LEXICON["actor_nouns"])
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_OBJECTS = ("dobj", "attr", "oprd")


@dataclass
class Context:
    """What a clause's pronouns and possessives refer to: the speaker's actor."""

    analysis: Analysis
    speaker_actor: str | None
    negated_by_cue: bool = False


def propositions(root: Token, context: Context, within: set[int]) -> list[Claim]:
    """Claims of a clause and the clauses coordinated with it."""
    claims = []
    for verb in [root, *_conjoined(root, within)]:
        claim = _claim(verb, context, within)
        if claim is not None:
            for each in [claim, *_for_each_subject(verb, claim, context)]:
                claims.append(each)
                claims.extend(_absences(verb, each, context))
    return claims


def _for_each_subject(verb: Token, claim: Claim, context: Context) -> list[Claim]:
    """``the army and the RSF agreed …``: the claim for each coordinated subject after the
    first (the clause's own claim has the first)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    keys = [
        _actor_within(c, context) or entity_key(c, context) for c in conjoined_words(subject)[1:]
    ]
    unique = dict.fromkeys(k for k in keys if k and k != claim.subject)
    return [claim.model_copy(update={"subject": key}) for key in unique]


def _actor_within(token: Token, context: Context) -> str | None:
    """The actor a coordinated noun phrase names anywhere in it ("the paramilitary Rapid
    Support Forces", whose head the parser may take to be "paramilitary")."""
    for word in token.subtree:
        mention = context.analysis.mention_covering(word)
        if mention is not None and mention.actor:
            return actor_root(mention.actor)
    return None


def _absences(verb: Token, claim: Claim, context: Context) -> list[Claim]:
    """``came without preconditions``: the subject did not set conditions. The things
    ``without`` can deny this way, and the predicate denied, are data (``absent``)."""
    found = []
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "without" or clause_verb(prep) != verb:
            continue
        for thing in prep.children:
            noun = _NOUNS.get(thing.lower_) or _NOUNS.get(thing.lemma_.lower())
            if thing.dep_ == "pobj" and noun in ABSENT:
                found.append(
                    claim.model_copy(
                        update={"predicate": ABSENT[noun], "object": noun, "polarity": False}
                    )
                )
    return found


def _conjoined(verb: Token, within: set[int]) -> list[Token]:
    found = []
    for child in verb.children:
        if child.dep_ == "conj" and child.i in within and child.pos_ in ("VERB", "AUX"):
            found.append(child)
            found.extend(_conjoined(child, within))
    return found


def _cleft(verb: Token) -> tuple[Token, Token] | None:
    """``it was Kyiv that had rejected the plan``: (Kyiv, rejected)."""
    if verb.lemma_.lower() != "be":
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
        return None
    focus = next((c for c in verb.children if c.dep_ == "attr"), None)
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "relcl", "acl")
            and c.pos_ in ("VERB", "AUX")
            and any(g.lower_ in ("that", "who", "which") for g in c.children)
        ),
        None,
    )
    if focus is None:
        focus = next((c for c in (clause.head,) if c.dep_ == "attr"), None) if clause else None
    return (focus, clause) if focus is not None and clause is not None else None


def _claim(verb: Token, context: Context, within: set[int]) -> Claim | None:
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    cleft = _cleft(verb)
    if cleft is not None:
        focus, clause = cleft
        claim = _claim(clause, context, within)
        if claim is not None:
            key = entity_key(focus, context)
            claim = claim.model_copy(
                update={"subject": key or claim.subject, "text": _clause_text(verb, within)}
            )
        return claim
    pseudo = pseudo_cleft(verb, within)
    if pseudo is not None:
        return _what_was_done(verb, *pseudo, context, within)
    subject_token = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    negated = _negated(verb) or (subject_token is not None and _negative_determiner(subject_token))
    clause = verb
    matter = not_done(verb, within)
    if matter is not None:  # "declined to comment": the claim is about commenting, negated
        verb, negated = matter, negated == _negated(matter)  # each negation flips
    elif (committed := committed_to(verb, within)) is not None:  # "agreed to extend"
        verb, negated = committed, negated != _negated(committed)
    predicate, complement = _predicate(verb)
    cast = cast_as(verb, within)
    if cast is not None:  # "presented the meeting as a continuation": the meeting is one
        subject_token, predicate, complement = cast[0], f"be {cast[1].lemma_.lower()}", None
    passive = subject_token is not None and subject_token.dep_ == "nsubjpass"
    if passive and predicate in AGREED_WHEN_PASSIVE:  # "the date is set": it was agreed
        predicate = "agree"
    canonical, flipped = canonical_predicate(predicate)
    subject = (
        entity_key(subject_token, context)
        if subject_token is not None
        else actor_root(context.speaker_actor)  # "says to proceed …": the speaker acts
    )
    object_token = (
        None
        if cast
        else complement
        or next(
            (
                c
                for c in verb.children
                if c.dep_ in _OBJECTS and c.i in within and not predicate.endswith(" " + c.lemma_)
            ),
            None,
        )
    )
    polarity = not negated
    if flipped:
        polarity = not polarity
    if context.negated_by_cue:
        polarity = not polarity
    text = _clause_text(clause, within)
    return Claim(
        subject=subject,
        predicate=canonical,
        object=(
            entity_key(object_token, context)
            if object_token is not None and object_token.pos_ != "PRON"
            else None
        ),
        polarity=polarity,
        status=_status(clause),
        text=text,
        duration_hours=duration(verb),
    )


def _what_was_done(
    verb: Token, done: Token, what: Token, context: Context, within: set[int]
) -> Claim | None:
    """``what X accepted is the plan`` claims that X accepted the plan; ``what X accepted
    is a watered-down version of the plan`` that X did not accept the plan itself (the
    nouns and modifiers of an altered version are data: ``altered``)."""
    claim = _claim(done, context, within)
    if claim is None:
        return None
    original = altered_from(what)
    polarity = claim.polarity
    for flips in (original is not None, _negated(verb)):
        polarity = polarity != flips
    thing = original if original is not None else what
    return claim.model_copy(
        update={
            "object": entity_key(thing, context),
            "polarity": polarity,
            "text": _clause_text(verb, within),
        }
    )


def _clause_text(verb: Token, within: set[int]) -> str:
    """The clause without coordinated clauses and comma-separated adjuncts."""
    doc = verb.doc
    dropped: set[int] = set()
    for child in verb.children:
        after_comma = child.i > 0 and doc[child.i - 1].text == ","
        if child.dep_ in ("conj", "cc", "advcl", "parataxis") or (
            child.dep_ in ("prep", "npadvmod") and after_comma and child.i > verb.i
        ):
            dropped.update(t.i for t in child.subtree)
    tokens = [t for t in verb.subtree if t.i in within and t.i not in dropped]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc", "mark")):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "mark")):
        tokens.pop(0)
    if not tokens:
        return verb.text
    return " ".join(doc[tokens[0].i : tokens[-1].i + 1].text.split())


def _predicate(verb: Token) -> tuple[str, Token | None]:
    """The verb with its particle, or ``be <complement>`` for copulas."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        for child in verb.children:
            if child.dep_ in ("acomp", "advmod", "prt") and child.lower_ not in NEGATORS:
                if child.lower_ in ("still", "now", "already", "also", "however"):
                    continue
                # "serious and constructive": the first of the coordinated words we know
                known = (f"be {c.lower_}" for c in conjoined_words(child))
                return next((p for p in known if p in _KNOWN), f"be {child.lower_}"), None
            if child.dep_ == "prep":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                return f"be {child.lower_}", objects[0] if objects else None
            if child.dep_ == "attr":
                return f"be {child.lemma_.lower()}", None
        return "be", None
    for child in verb.children:
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ in ("away", "down")):
            lemma = f"{lemma} {child.lower_}"
            break
    for child in verb.children:
        # "opened fire", "carried out the strike", "said no": the object completes it
        if child.dep_ in ("dobj", "intj", "npadvmod", "advmod", "attr") and (
            f"{lemma} {child.lemma_.lower()}" in _KNOWN
        ):
            return f"{lemma} {child.lemma_.lower()}", None
        # "came up with demands": the verb and its preposition are the predicate
        if child.dep_ == "prep" and f"{lemma} {child.lower_}" in _KNOWN:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return f"{lemma} {child.lower_}", objects[0] if objects else None
        # "amounted to a rejection of the plan": the preposition's object completes it
        if child.dep_ == "prep":
            for noun in child.children:
                phrase = f"{lemma} {child.lower_} {noun.lemma_.lower()}"
                if noun.dep_ == "pobj" and phrase in _KNOWN:
                    objects = [
                        c
                        for p in noun.children
                        if p.dep_ == "prep"
                        for c in p.children
                        if c.dep_ == "pobj"
                    ]
                    return phrase, objects[0] if objects else None
    return lemma, None


def canonical_predicate(predicate: str) -> tuple[str, bool]:
    """The canonical predicate and whether the surface form states its opposite."""
    if predicate in _PREDICATES:
        return _PREDICATES[predicate], False
    if predicate in _OPPOSITES:
        return _OPPOSITES[predicate], True
    return predicate, False


def entity_key(token: Token, context: Context) -> str | None:
    """A subject or object as a comparable key: an actor or a canonical noun.

    State actors compare by country ("ISR.GOV" and "ISR.MIL" are both "ISR"):
    speakers and the parser disagree on sectors more than sources disagree on facts.
    """
    if token.dep_ == "expl":
        return None
    head = _unwrap_partitive(token)
    mention = context.analysis.mention_covering(head)
    if head.pos_ == "PRON":
        if mention is not None and mention.actor:
            return actor_root(mention.actor)
        if head.lower_ in ("it", "we", "they", "its"):
            return actor_root(context.speaker_actor)
        return None
    if head.pos_ == "PROPN" and mention is not None and mention.actor:
        return actor_root(mention.actor)
    noun = _NOUNS.get(head.lower_) or _NOUNS.get(head.lemma_.lower()) or head.lemma_.lower()
    owner = _owner_actor(head, context)
    if noun in ACTOR_NOUNS and (owner or (mention is not None and mention.actor)):
        return actor_root(owner or mention.actor)  # "its units", "Armenian forces"
    return f"{actor_root(owner)}:{noun}" if owner else noun


def actor_root(actor: str | None) -> str | None:
    """The country of a state actor ("ISR.GOV" → "ISR"); other actors unchanged, a
    country's open-world rebels ("TCD.REB") among them."""
    return side_of(actor)


def _unwrap_partitive(token: Token) -> Token:
    """``this round of talks`` → ``talks``."""
    if token.lemma_.lower() in PARTITIVES:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return _unwrap_partitive(obj)
    return token


def _owner_actor(noun: Token, context: Context) -> str | None:
    """Whose thing a noun is: "its delegation" (the speaker's), "the Israeli delegation"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            return context.speaker_actor if child.lower_ in ("its", "our", "their") else None
        if child.dep_ in ("poss", "amod", "compound", "nmod"):
            mention = context.analysis.mention_covering(child)
            if mention is not None and mention.actor:
                return mention.actor
            if child.pos_ in ("PROPN", "ADJ") and (actor := resolve_phrase(child.text)):
                return actor  # "the U.S. side", "Israeli troops"
    mention = context.analysis.mention_covering(noun)
    if mention is not None and mention.actor and mention.start < noun.i:
        return mention.actor
    return None


def _negated(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in NEGATORS):
            return True
        if child.dep_ in ("dobj", "attr") and _negative_determiner(child):
            return True
    return False


def _negative_determiner(noun: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ in NEGATORS for child in noun.children)


def _status(verb: Token) -> str:
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in MODAL_STATUS:
            return MODAL_STATUS[child.lower_]
        if child.dep_ == "aux" and child.lower_ in ("'ll", "wo"):
            return "planned"
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return "planned"
    return "occurred"
