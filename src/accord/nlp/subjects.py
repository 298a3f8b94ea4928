"""Subjects the parser hangs on a fronted phrase.

In "After a week of talks in Jeddah, the army and the rebels signed a declaration" the
small English model often reads "the army" as one more member of a list that began with
"Jeddah" (a conjunct, or an apposition, after the comma), and leaves "signed" without a
subject; every reader of subjects (event sources, stance parties, speakers) then loses the
sentence. A conjunct or apposition after a comma that ends right before a finite verb with
no subject of its own, inside a phrase in front of that verb, is the verb's subject: it is
moved there. A real list keeps its conjunction before its last member ("in Jeddah, Riyadh
and Cairo, the army signed"), and its verb has a subject already.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_UPPER, POS
from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from accord.resolve.actors import resolve_phrase

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
FRONTED = {"prep", "advcl", "npadvmod", "advmod"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
NOMINALS = {"NOUN", "PROPN", "PRON"}


@Language.component("accord_fronted_subjects")
def restore_fronted_subjects(doc: Doc) -> Doc:
    _restore_acronym_subjects(doc)
    verbs = np.isin(doc.to_array([POS]), [VERB, AUX])
    for index in np.flatnonzero(verbs):  # the verbs only, not every token
        verb = doc[int(index)]
        subject = _subject_in_fronted_phrase(verb) if _finite(verb) else None
        if subject is not None:
            subject.head = verb
            subject.dep_ = "nsubj"
        elif _predicate_read_as_modifier(verb):
            noun = verb.head
            verb.head, verb.dep_ = verb, "ROOT"
            noun.head, noun.dep_ = verb, "nsubj"
    return doc


def _predicate_read_as_modifier(verb: Token) -> bool:
    """ "Mensah, who has led the group for years, called on the fighters to …", "Mediators of
    the talks announced on Friday that …": the parser may read the verb as a participle
    modifying the name, leaving a sentence whose root is the name. A sentence needs a
    predicate: a verb in the past tense, or one after a relative clause or apposition set
    off by commas, is it, and the name its subject."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and noun.dep_ == "ROOT"
        and noun.pos_ in ("NOUN", "PROPN")
        and verb.i > 0
        and (verb.tag_ == "VBD" or _after_a_parenthesis(verb, noun))
        and not any(c.dep_ in SUBJECTS | {"auxpass"} for c in verb.children)
        and verb.sent.text.rstrip()[-1:] in ".!"
    )


def _after_a_parenthesis(verb: Token, noun: Token) -> bool:
    """The verb follows a relative clause or apposition of the name, set off by commas."""
    return verb.doc[verb.i - 1].text == "," and any(
        c.dep_ in ("relcl", "appos") and c.i < verb.i for c in noun.children
    )


def _restore_acronym_subjects(doc: Doc) -> None:
    """ "ECOWAS imposed sanctions on Togo", "IGAD called on the parties …": the small model
    reads an organisation's capitalised acronym opening a sentence as a verb or auxiliary
    (its shape is unlike a name's) and the real verb as a modifier. A listed actor's acronym
    is a name: it becomes the subject of the verb right after it, which takes the clause."""
    upper = doc.to_array([IS_UPPER]).ravel()
    for index in np.flatnonzero(upper[:-1]).tolist():  # the capitalised words only
        acronym = doc[index]
        if not _listed_acronym(acronym):
            continue
        verb = doc[acronym.i + 1]
        if verb.pos_ != "VERB" or verb.is_upper:
            continue  # an all-capitals line is no evidence of a misread
        if acronym.dep_ in ("aux", "auxpass") and acronym.head.i == verb.i:
            acronym.dep_ = "nsubj"
        elif (
            acronym.dep_ == "ROOT"
            and verb.dep_ in ("amod", "acl")
            and verb.head.head.i == acronym.i
        ):
            moved = [c for c in acronym.children if c.i > verb.i and c.i != verb.head.i]
            obj = verb.head
            verb.head, verb.dep_ = verb, "ROOT"
            acronym.head, acronym.dep_ = verb, "nsubj"
            obj.head, obj.dep_ = verb, "dobj"
            for child in moved:
                child.head = verb
        else:
            continue
        acronym.pos_, acronym.tag_, acronym.lemma_ = "PROPN", "NNP", acronym.text


def _listed_acronym(token: Token) -> bool:
    return (
        token.pos_ in ("VERB", "AUX", "NOUN")
        and token.is_alpha
        and len(token) > 1
        and resolve_phrase(token.text) is not None
    )


def _finite(verb: Token) -> bool:
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _subject_in_fronted_phrase(verb: Token) -> Token | None:
    if any(child.dep_ in SUBJECTS for child in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    for phrase in verb.lefts:
        if phrase.dep_ in FRONTED and phrase.right_edge.i == before.i:
            for ancestor in [before, *before.ancestors]:
                if ancestor == phrase:
                    break
                if _unannounced_member(ancestor, phrase):
                    return ancestor
    return None


def _unannounced_member(token: Token, phrase: Token) -> bool:
    """A conjunct or apposition after a comma, not introduced by "and"/"or", that ends the
    fronted phrase."""
    if token.dep_ not in {"conj", "appos"} or token.pos_ not in NOMINALS:
        return False
    if token.right_edge.i != phrase.right_edge.i or token.left_edge.i <= phrase.left_edge.i:
        return False
    if token.doc[token.left_edge.i - 1].text != ",":
        return False
    head = token.head
    return not any(c.dep_ in {"cc", "preconj"} and c.i < token.i for c in head.children)
