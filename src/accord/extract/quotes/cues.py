"""Speech cues: the words of ``accord/data/quotes/cues.yaml`` and how to tell a cue verb
in the parse and find the subject that speaks through it. Shared by the direct,
reported and nesting passes.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.data import load_data
from accord.extract.quotes.relays import CITING_VERBS
from accord.nlp.clauses import introduced_by_that

CUES = load_data("quotes/cues")
CUE_VERBS = frozenset(CUES["verbs"])
INFINITIVE_CUES = frozenset(CUES["infinitive"])
PARTICIPLE_CUES = frozenset(CUES["participles"])
NEW_STATEMENT_CUES = frozenset(CUES["new_statement"])
GERUND_CUES = frozenset(CUES["gerund"])
CONTRAST_MARKS = frozenset(CUES["contrast_marks"])
CLAIM_NOUNS = frozenset(CUES["claim_nouns"])
PREPOSITIONAL_CUES = [tuple(words) for words in CUES["prepositional"]]
PREPOSITION_STARTS = frozenset(words[0] for words in PREPOSITIONAL_CUES)
LISTENER_OBJECT_CUES = frozenset(CUES["listener_object"])
OBJECT_CONTENT_CUES = frozenset(CUES["object_content"])
OBJECT_WITH_COMPLEMENT_CUES = frozenset(CUES["object_with_complement"])
PREPOSITION_ONLY_CUES = frozenset(CUES["preposition_only"])
RECIPROCAL_OBJECTS = frozenset(CUES["reciprocal_objects"])
DISTRIBUTIVE_OBJECTS = frozenset(CUES["distributive_objects"])
PREP_COMPLEMENT = {cue: frozenset(preps) for cue, preps in CUES["prepositional_complement"].items()}
CHARACTERISING = frozenset(CUES["characterising"])
LISTENER_PREPOSITION = {cue: frozenset(p) for cue, p in CUES["listener_preposition"].items()}
CHARACTERISING_ONLY = frozenset(CUES["characterising_only"])
# every lemma that may be a cue, given its clause ("defended the raid as …")
#: "made it clear that …": a cue only with its "clear" (see :func:`made_clear`)
PHRASE_CUES = frozenset({"make"})
CUE_LEMMAS = CUE_VERBS | CHARACTERISING_ONLY | PHRASE_CUES
TEXT_SUBJECTS = frozenset(CUES["text_subjects"])
CLAUSE_DEPS = {"ccomp", "parataxis"}


def is_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in PHRASE_CUES:
        return made_clear(token) is not None
    if lemma in CHARACTERISING_ONLY:
        return token.pos_ == "VERB" and characterised_as(token) is not None
    if lemma in PREPOSITION_ONLY_CUES:  # "spoke of a pause", never "will speak by phone"
        takes = PREP_COMPLEMENT.get(lemma, ())
        if not any(c.dep_ == "prep" and c.lower_ in takes for c in token.children):
            return False
    return (
        lemma in CUE_VERBS
        and token.pos_ in ("VERB", "AUX")
        and not any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children)
    )


def made_clear(cue: Token) -> Token | None:
    """The "that" clause of "made it clear that …" (also "made clear that …"), or None: the
    phrase says, as "stated" does."""
    for word in cue.children:
        if word.lower_ != "clear" or word.dep_ not in ("ccomp", "oprd", "acomp", "xcomp"):
            continue
        for clause in [*word.children, *cue.children]:
            if clause.dep_ in ("advcl", "ccomp") and introduced_by_that(clause):
                return clause
    return None


def characterised_as(cue: Token) -> Token | None:
    """The "as" of ``described the talks as useful``: after the cue's object and hung on
    the cue, on the object, or on the adjective or noun the object is called
    (the parser varies), never inside a clause of its own."""
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if not objects:
        return None
    for token in cue.subtree:
        if token.lower_ != "as" or token.i <= objects[0].i:
            continue
        path = token
        while path.head != cue and path.head != path and path.pos_ not in ("VERB", "AUX"):
            path = path.head
        if path.head == cue and path.pos_ not in ("VERB", "AUX"):
            return token
    return None


def subject_of(cue: Token) -> Token | None:
    """The grammatical subject of a cue, climbing through participles and relatives."""
    token = cue
    quoting = _quoting_verb(cue)
    if quoting is not None:
        for child in quoting.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                return child  # "Al-Aqsa TV quoted Y as saying …" → Y
    if is_participle(cue) and not any(c.dep_ in ("nsubj", "csubj") for c in cue.children):
        for ancestor in cue.ancestors:
            if is_cue(ancestor):
                return subject_of(ancestor)  # "X said …, adding that …" → X
    for _ in range(4):
        subjects = [child for child in token.children if child.dep_ in ("nsubj", "csubj")]
        if subjects:
            # the parser sometimes gives two; the one nearest the verb is the head noun
            child = min(subjects, key=lambda s: abs(token.i - s.i))
            if token != cue and token.dep_ == "ccomp" and child.lemma_.lower() in TEXT_SUBJECTS:
                # "hailed the accord, underlining that …": the one hailing it underlines
                token = token.head
                continue
            if child.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                # "an official who told X" → official; "X was the one who said" → X
                return (
                    _predicated_subject(token.head)
                    or _person_before_who(child, token.head)
                    or token.head
                )
            return child
        if (
            token.dep_ == "conj"
            or (token.dep_ in ("advcl", "xcomp") and token.tag_ in ("VBG", "VBN", "VB"))
            or (token.dep_ == "acomp" and token.pos_ == "ADJ")  # "were quick to claim"
        ):
            token = token.head  # "…, adding that …" speaks with the clause's subject
            continue
        if token.dep_ == "relcl":
            return _predicated_subject(token.head) or token.head
        if _cue_on_root_noun(token):
            return token.head
        break
    return None


def _person_before_who(relative: Token, head: Token) -> Token | None:
    """``an appeal by Ali, who urged …``: "who" stands for a person; when the parser hangs
    the clause on a thing, the person named just before the comma is its antecedent."""
    if relative.lower_ != "who" or head.ent_type_ == "PERSON" or relative.i < 2:
        return None
    before = relative.doc[relative.i - 1]
    if before.text == ",":
        before = relative.doc[relative.i - 2]
    if before.ent_type_ == "PERSON" and before.pos_ == "PROPN" and before != head:
        return before
    return None


def _predicated_subject(noun: Token) -> Token | None:
    """``X was the first leader to announce that …``: the noun an infinitive cue modifies is
    said of X by the copula, so X speaks."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


def _cue_on_root_noun(cue: Token) -> bool:
    """``Mediators of the talks announced on Friday that …`` parsed as a noun with a
    participle: a cue with a that-clause hung on the noun heading the sentence is that noun's
    verb (no noun is modified by "announced that …")."""
    head = cue.head
    return (
        cue.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < cue.i
        and any(child.dep_ == "ccomp" and introduced_by_that(child) for child in cue.children)
    )


def _quoting_verb(cue: Token) -> Token | None:
    """The relay verb of ``X quoted Y as saying …`` / ``Y was quoted as saying …``."""
    if cue.tag_ == "VBG" and cue.head.lower_ == "as":
        verb = cue.head.head
        if verb.lemma_.lower() in CITING_VERBS:
            return verb
    return None


def is_participle(token: Token) -> bool:
    return token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "conj")
