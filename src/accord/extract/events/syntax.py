"""Dependency-parse helpers shared by triggers, roles and status: subjects, governors,
negation, participles."""

from __future__ import annotations

from spacy.tokens import Token

from accord.data import words
from accord.resolve.actors import gazetteer

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
NEGATIONS = frozenset(words("grammar", "negations"))
IMMINENT_NOUNS = frozenset(words("grammar", "imminent_nouns"))
IMMINENT_ADJECTIVES = frozenset(words("grammar", "imminent_adjectives"))


# --- helpers -----------------------------------------------------------------------------
def imminent_clause(verb: Token) -> Token | None:
    """The clause that puts a gerund's act about to happen, or None: "Ghana and Togo are on
    the verge of signing" (a noun of ``imminent_nouns`` after "on"), "are close to signing"
    (an adjective of ``imminent_adjectives``). Its subject does the act, still to come."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    prep, word = verb.head, verb.head.head
    if prep.lower_ == "of" and word.lower_ in IMMINENT_NOUNS and word.head.lower_ == "on":
        return word.head.head
    if prep.lower_ == "to" and word.pos_ == "ADJ" and word.lower_ in IMMINENT_ADJECTIVES:
        return word.head if word.dep_ == "acomp" else None
    return None


def declines_to_speak(verb: Token, silent: set[str]) -> bool:
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in silent for c in verb.children)


def participle_modifier(verb: Token) -> bool:
    """A past participle with no subject and no perfect/passive auxiliary modifies a noun."""
    if verb.tag_ != "VBN":
        return False
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent"):
            return False
        if child.dep_ == "aux" and child.lemma_ in ("have", "be"):
            return False
    return (
        verb.dep_ in ("amod", "advcl", "acl", "xcomp", "conj", "ROOT")
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)
        or verb.dep_ == "amod"
    )


def addressee(verb: Token) -> Token | None:
    """The object of an object-control verb, whom it asks to act: "urged donors to press the
    sides" asks the donors (not the sides), "called on Kenya to mediate" asks Kenya."""
    if not any(c.dep_ == "xcomp" and not has_own_subject(c) for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)


def asked_party(verb: Token) -> Token | None:
    """Whom a verb asks to act, named by any words: its :func:`addressee`, or the object (or
    the object of "on") before an infinitive ("urged countries with influence to act",
    "called on donors to give")."""
    found = addressee(verb)
    if found is not None:
        return found
    if not any(c.dep_ in ("xcomp", "advcl") and to_infinitive(c) for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
            return next((pobj for pobj in child.children if pobj.dep_ == "pobj"), None)
    return None


def object_doer(verb: Token) -> Token | None:
    """Who did what a verb's object names, by its "by" phrase ("condemned the use of force
    by individuals", "rejected the plan put forward by the mediators"): whom the verb
    answers or blames."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        holders = [obj, *(c for c in obj.children if c.dep_ == "acl")]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
                    return next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a second clause the parser hung on the first clause's last noun:
    in "Nigeria proposed a truce on Friday and Ghana threatened to leave", "Ghana" is read
    as a conjunct of "Friday" (or the object of "on") and "threatened" as a verb with no
    subject of its own. A finite conjoined verb with no subject, right after "and <name>",
    has that name as its subject, not the first clause's."""
    if verb.dep_ not in ("conj", "advcl") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(child.dep_ in SUBJECTS for child in verb.children):
        return None
    before = verb.i - 1
    while before >= 0 and verb.doc[before].pos_ in ("ADV", "AUX", "PART"):
        before -= 1  # "and Ghana also threatened", "and Ghana has threatened"
    if before < 1:
        return None
    noun = verb.doc[before]
    if noun.pos_ != "PROPN" or noun.dep_ in SUBJECTS or noun.head.dep_ in SUBJECTS:
        return None
    start = before
    while start > 0 and verb.doc[start - 1].pos_ == "PROPN":
        start -= 1  # "and US President Donald Trump threatened"
    if start == 0 or verb.doc[start - 1].lower_ not in ("and", "but"):
        return None
    return noun


def _possessor(noun: Token) -> Token | None:
    return next((child for child in noun.children if child.dep_ == "poss"), None)


def to_infinitive(verb: Token) -> bool:
    """Is the verb an infinitive with "to" ("to agree", "to blame")?"""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def reported_after_past_speech(verb: Token, speech: set[str]) -> bool:
    """Is the clause what a past speech verb reports ("the ministry said Turkey would host
    …")? Its "would" is then the "will" the speaker said, shifted back."""
    return verb.dep_ == "ccomp" and verb.head.tag_ == "VBD" and verb.head.lemma_.lower() in speech


def is_negated(verb: Token) -> bool:
    return any(
        c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ == "advmod") for c in verb.children
    )


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through xcomp/conj/relcl/participles."""
    stranded = _stranded_subject(verb)
    if stranded is not None:
        return stranded
    token = verb
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in SUBJECTS]
        if len(subjects) > 1 and _punctuated(subjects[0], subjects[-1]):
            # two subjects apart is a misparse ("DOHA, Feb 25 – Delegations … resumed"): the
            # one nearest the verb is its subject
            subjects = subjects[-1:]
        for child in subjects:
            if child.dep_ in SUBJECTS:
                if child.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
                    return token.head
                focus = _cleft_focus(token) if child.lower_ in ("who", "that") else None
                if focus is not None:
                    return focus  # "it was Togo that attacked": Togo did
                if token.dep_ == "relcl" and _acts_for_whose(child):
                    return token.head  # "the FARC, whose leaders agreed …": the FARC did
                if child.pos_ == "VERB":  # "The Red Cross operating in Iraq said": a mis-parse
                    inner = next((c for c in child.children if c.dep_ in SUBJECTS), None)
                    return inner or child
                return child
        if token.dep_ == "xcomp":
            objects = [c for c in token.head.children if c.dep_ in ("dobj",)]
            if objects and token.head.lemma_.lower() in ("help", "urge", "ask", "allow", "force"):
                return objects[0]
            token = token.head
        elif token.dep_ == "conj" and (
            _reported_past_perfect(token.head, token) or _reporting_tense(token.head, token)
        ):
            token = token.head.head  # "X said Y had shelled its posts, and accused Z": X's
        elif token.dep_ in ("conj", "advcl", "acomp"):
            token = token.head
        elif token.dep_ == "acl" and to_infinitive(token) and _possessor(token.head):
            # "the AU's failure to condemn", "Togo's decision to withdraw": the possessor of
            # the noun the infinitive completes does it
            return _possessor(token.head)
        elif (
            token.dep_ == "acl"
            and token.tag_ != "VBN"
            and token.head.dep_ == "dobj"
            and token.head.head.pos_ == "VERB"
        ):
            # "issued a declaration demanding …": the issuer; a past participle's subject is
            # the noun it modifies ("says several officers killed": the officers were)
            token = token.head.head
        elif (
            token.dep_ == "acl"
            and token.tag_ != "VBN"
            and token.head.dep_ == "pobj"
            and token.head.head.lower_ == "with"
            and token.head.head.head.pos_ == "VERB"
        ):
            # "responded with strikes targeting …": who responded with them
            token = token.head.head.head
        elif token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            infinitive = to_infinitive(token)
            governor = governing_verb(token.head)
            if governor is None and token.head.dep_ == "pobj":
                governor = token.head.head.head if token.head.head.head.pos_ == "VERB" else None
            if infinitive and governor is not None:
                token = governor  # "converging for a rally to protest": the ralliers protest
            else:
                return token.head
        elif (imminent := imminent_clause(token)) is not None:
            token = imminent  # "A and B are on the verge of signing": A and B sign
        elif token.dep_ == "pcomp" and token.head.head.pos_ in ("NOUN", "PROPN"):
            return token.head.head
        elif token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.head.pos_ == "VERB":
            # a gerund after a preposition is done by the one the clause befell ("was
            # convicted for defying the envoy") or punished or praised "for" it ("sentenced
            # X for refusing"); the clause's own subject is no safe guess ("after signing")
            governor = token.head.head
            undergoer = [c for c in governor.children if c.dep_ == "nsubjpass"]
            if not undergoer and token.head.lower_ == "for":
                undergoer = [c for c in governor.children if c.dep_ == "dobj"]
            return undergoer[0] if undergoer else None
        else:
            return None
    return None


def _cleft_focus(verb: Token) -> Token | None:
    """The focused noun of a cleft ("it was Togo that attacked the post", "it is Ghana who
    refuses"): the parser hangs the clause on "was" beside the noun, not on the noun."""
    copula = verb.head
    if verb.dep_ not in ("ccomp", "relcl") or copula.lemma_ != "be" or copula == verb:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return None
    return next((c for c in copula.children if c.dep_ == "attr" and c.i < verb.i), None)


def _acts_for_whose(subject: Token) -> bool:
    """ "whose leaders", "whose fighters": a relative's subject that acts for the noun the
    relative clause is about (its leaders, members, commanders), not its people or things."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children):
        return False
    gaz = gazetteer()
    return subject.lower_ in gaz.member_heads or gaz.is_title([subject.lemma_])


def _reported_past_perfect(head: Token, conj: Token) -> bool:
    """A simple past coordinated with a reported past perfect belongs to the reporting
    clause: "X said Y had shelled its posts, and accused Z" (X accused), by the sequence of
    tenses and the comma before "and"; "Y had shelled them and killed two" stays Y's."""
    comma_and = any(  # ", and accused": a coordination above the reported clause
        c.dep_ == "cc" and c.i < conj.i and c.i > 0 and c.doc[c.i - 1].text == ","
        for c in head.children
    )
    return (
        comma_and
        and conj.tag_ == "VBD"
        and head.dep_ == "ccomp"
        and head.head.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
        and not any(c.dep_ == "aux" for c in conj.children)
    )


def _reporting_tense(head: Token, conj: Token) -> bool:
    """A verb coordinated with a reported clause but in the tense of the reporting verb, not
    of the reported one, continues the reporting clause: "The IAEA has warned that the
    fighting poses risks and has urged all sides to …" (the IAEA urged, not the fighting)."""
    if head.dep_ != "ccomp" or conj.tag_ != head.head.tag_:
        return False
    own = _auxiliaries(conj)
    return bool(own) and own == _auxiliaries(head.head) and own != _auxiliaries(head)


def _auxiliaries(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "aux"}


def governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object of ("launched an offensive", "proceed with")."""
    if noun.dep_ in ("dobj", "nsubjpass", "attr"):
        return noun.head if noun.head.pos_ in ("VERB", "AUX") else None
    if (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ == "VERB"
        and noun.head.lower_ in ("with", "on", "in", "to", "into")
    ):
        return noun.head.head
    if noun.dep_ in ("conj", "compound") and noun.head.pos_ in ("NOUN", "PROPN"):
        return governing_verb(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return governing_verb(noun.head.head)  # "launched ten days of war games"
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "of")
        and (
            noun.head.head.like_num
            or noun.head.head.ent_type_ == "MONEY"
            or any(c.dep_ == "nummod" for c in noun.head.head.children)  # "50 million euros"
        )
    ):
        return governing_verb(noun.head.head)  # "announced $500 million in military aid"
    return None


def set_out(noun: Token, documents: set[str]) -> bool:
    """Is the noun an act a pact or plan sets out ("the agreement calls for talks between A
    and B")? No party asks it of another: the act is coded itself, as planned."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ != "VERB":
        return False
    subject = clause_subject(prep.head)
    return subject is not None and subject.lemma_.lower() in documents


def has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def path_to(token: Token, ancestor: Token) -> list[Token]:
    """The tokens from ``token`` up to (not including) its ancestor in the parse."""
    path = []
    while token.i != ancestor.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def compound_phrase(token: Token) -> str:
    start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound"])
    return token.doc[start : token.i + 1].text


def _punctuated(first: Token, last: Token) -> bool:
    """Is there punctuation between two tokens?"""
    return any(t.pos_ == "PUNCT" for t in first.doc[first.i + 1 : last.i])


#: The reciprocal pronouns ("accused each other", "blamed one another").
RECIPROCAL_PRONOUNS = ({"each", "other"}, {"one", "another"})


def has_reciprocal_object(verb: Token) -> bool:
    """Is the verb's object, or the object of its preposition, "each other" or "one another",
    or owned by them? Its doers then do it to each other ("the two sides accused each
    other", "rejected each other's proposals")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative"):
            objects = [child]
        elif child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
        else:
            continue
        objects += [p for o in objects for p in o.children if p.dep_ == "poss"]
        if any(
            {t.lower_ for t in o.subtree if t.dep_ != "case"} in RECIPROCAL_PRONOUNS
            for o in objects
        ):
            return True
    return False
