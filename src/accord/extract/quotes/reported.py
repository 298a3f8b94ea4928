"""Reported speech read from the dependency parse: a cue verb with a clausal
complement (``X said that …``), a statement noun's clause, a prepositional complement
(``accused Israel of stalling``), or a fronted clause the parser left unattached
(``CLAUSE, the official added``), with the subject read from the surface when the
parse loses it. ``according to X`` is in :mod:`.according`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.extract.quotes.according import according_to, matches_words
from accord.extract.quotes.candidate import SENTENCE_END, Candidate, subtree_range, trim
from accord.extract.quotes.characterise import characterisation
from accord.extract.quotes.cues import (
    CHARACTERISING,
    CHARACTERISING_ONLY,
    CLAIM_NOUNS,
    CLAUSE_DEPS,
    DISTRIBUTIVE_OBJECTS,
    GERUND_CUES,
    INFINITIVE_CUES,
    LISTENER_OBJECT_CUES,
    OBJECT_CONTENT_CUES,
    OBJECT_WITH_COMPLEMENT_CUES,
    PARTICIPLE_CUES,
    PREP_COMPLEMENT,
    PREPOSITION_ONLY_CUES,
    PREPOSITIONAL_CUES,
    RECIPROCAL_OBJECTS,
    TEXT_SUBJECTS,
    characterised_as,
    is_cue,
    made_clear,
    subject_of,
)
from accord.extract.quotes.followups import person_titles
from accord.extract.quotes.headline import headline_says
from accord.extract.quotes.relays import CITING_VERBS, names_outlet
from accord.extract.quotes.shapes import (
    as_by_agent,
    clause_as_second_object,
    finite_clause,
    request_after_preposition,
    swallowed_complement,
)
from accord.extract.quotes.speaker_phrases import STATEMENT_NOUNS
from accord.nlp.clauses import introduced_by_that
from accord.nlp.docviews import doc_text, in_headline

CHARACTERISATION = "quotes.indirect.characterisation"
OBJECT_CONTENT = "quotes.indirect.object"
_FRONTING_MARKS = (",", "—", "–", "-")
_NOMINAL = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "ADP", "CCONJ"}


def reported_candidate(doc: Doc, token: Token) -> Candidate | None:
    """Reported speech around one token: a cue verb or ``according to``."""
    lower = token.lower_
    for words in PREPOSITIONAL_CUES:
        if lower == words[0] and matches_words(doc, token, words):
            return according_to(doc, token, len(words))
    if not is_cue(token):
        return None
    if any(child.dep_ == "neg" for child in token.children):
        return None  # "X has not confirmed that …": the outlet says X did not say it
    agent = as_by_agent(token)
    if agent is not None:
        piece = subtree_range(token.head, exclude=token)
        if piece[1] > piece[0]:
            return Candidate("quotes.indirect.as_by", token, token.text, agent, [piece])
    characterising = token.lemma_.lower() in CHARACTERISING | CHARACTERISING_ONLY
    if (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.lemma_ not in PARTICIPLE_CUES
        and not (characterising and characterised_as(token) is not None)
        and not finite_clause(token)
    ):
        return None  # "…, portraying the deal as a win" speaks; "…, speaking to X" does not
    if token.lemma_.lower() in PREPOSITION_ONLY_CUES:
        subject = subject_of(token)  # "spoke of a pause"; not "will speak by phone"
        return _prepositional_complement(token, subject) if subject is not None else None
    dependency_subject = subject_of(token)
    surface = _surface_subject(token)
    subject = surface or dependency_subject
    if subject is None or subject.lemma_.lower() in TEXT_SUBJECTS:
        return None  # "the consensus demands that …": a text's terms, not a statement
    if token.lemma_.lower() in CHARACTERISING_ONLY:
        piece = characterisation(token)  # is_cue saw its "as"
        return Candidate(CHARACTERISATION, token, token.text, subject, [piece]) if piece else None
    if surface is not None and surface != dependency_subject:
        # the parser lost the attribution: read "CLAUSE, NP cue" from the surface
        fronted = _fronted_content(doc, token, subject)
        if fronted is not None:
            return Candidate("quotes.indirect.fronted", token, token.text, subject, [fronted])
    statement_clause = _clause_of_statement(token)
    complement = [
        child
        for child in token.children
        if child.dep_ in CLAUSE_DEPS
        or (child.dep_ == "xcomp" and token.lemma_ in INFINITIVE_CUES)
        or (child.dep_ == "conj" and child.i > token.i and _cited_that_clause(token, child))
        or (
            child.dep_ in ("xcomp", "dobj", "pcomp", "ccomp")
            and child.tag_ == "VBG"
            and token.lemma_ in GERUND_CUES
        )
    ]
    for child in token.children:
        if child.lemma_.lower() in CITING_VERBS and child.dep_ in ("advcl", "xcomp", "conj"):
            # "Kan reported, citing an official, that …": the clause hangs on "citing"
            complement += [c for c in child.children if c.dep_ in CLAUSE_DEPS]
    if complement and _reports_a_thing(token, complement):
        complement = []
    swallowed_clause = None if complement else clause_as_second_object(token)
    if swallowed_clause is not None:
        return Candidate(
            "quotes.indirect.complement", token, token.text, subject, [swallowed_clause]
        )
    complement = [child for child in complement if _attached(doc, token, child, subject)]
    complement = [child for child in complement if not _trailing_relay(token, child)]
    if not complement and statement_clause is not None:
        complement = [statement_clause]
    if not complement:
        complement = _clause_of_a_claim(token)
    if (clear := made_clear(token)) is not None:
        complement = [clear]  # "made it clear that …": the clause, not "it clear"
    swallowed = None if complement else swallowed_complement(token)
    if swallowed is not None:
        return Candidate("quotes.indirect.complement", token, token.text, subject, [swallowed])
    if token.lemma_.lower() in LISTENER_OBJECT_CUES and token.lemma_.lower() in INFINITIVE_CUES:
        # "urged countries with influence to encourage …": who is urged belongs to it
        listener = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
        infinitive = [
            c
            for c in token.children
            if listener
            and c.i > listener[0].i
            and (
                c.dep_ == "xcomp"
                or c.dep_ == "advcl"
                and c.left_edge.lower_ == "to"  # "urged X on Monday to …"
            )
        ]
        if infinitive:
            start = subtree_range(listener[0])[0]
            end = subtree_range(infinitive[0])[1]
            return Candidate(
                "quotes.indirect.complement", token, token.text, subject, [(start, end)]
            )
    if complement:
        # "the office, which said …": the statement sits inside the subject's own phrase
        exclude = None if subject.is_ancestor(token) else subject
        pieces = [
            _after_citation(child, subtree_range(child, exclude=exclude)) for child in complement
        ]
        pieces = [_strip_complementizer(doc, a, b) for a, b in pieces if b > a]
        if pieces:
            return Candidate("quotes.indirect.complement", token, token.text, subject, pieces)
    request = request_after_preposition(token)
    if request is not None:
        return Candidate("quotes.indirect.complement", token, token.text, subject, [request])
    stated_object = _object_content(token, subject)
    if stated_object is not None:
        return stated_object  # "…, according to X, Y demanded the withdrawal": not the fronted
    fronted = _fronted_content(doc, token, subject)
    if fronted is not None:
        return Candidate("quotes.indirect.fronted", token, token.text, subject, [fronted])
    if token.lemma_.lower() in CHARACTERISING:
        piece = characterisation(token)
        if piece is not None:
            return Candidate(CHARACTERISATION, token, token.text, subject, [piece])
    prepositional = _prepositional_complement(token, subject)
    return prepositional if prepositional is not None else headline_says(doc, token, subject)


def _object_content(token: Token, subject: Token) -> Candidate | None:
    """``emphasised the need to keep up the pressure``: the object is what was said."""
    if token.lemma_.lower() not in OBJECT_CONTENT_CUES:
        return None
    for child in token.children:
        if child.dep_ == "dobj" and child.i > token.i and child.pos_ in ("NOUN", "PROPN"):
            if token.lemma_.lower() in OBJECT_WITH_COMPLEMENT_CUES and not any(
                c.dep_ in ("prep", "acl", "ccomp") for c in child.children
            ):
                continue  # "expressed skepticism", "announced its approval": of nothing
            piece = subtree_range(child)
            return Candidate(OBJECT_CONTENT, token, token.text, subject, [piece])
    return None


def _prepositional_complement(token: Token, subject: Token) -> Candidate | None:
    """``accused X of using …``, ``insisted on …``, ``spoke of a pause``: the statement is
    the object of the preposition the cue takes."""
    # "accused the rebels of attacking …" may hang "of" on the object, not on the cue
    objects_of_cue = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    if any(_phrase_words(o) in RECIPROCAL_OBJECTS for o in objects_of_cue):
        return None  # "both camps blaming each other for …": the outlet's summary
    if any(t.lower_ == "each" for t in subject.subtree) and any(
        " ".join(t.lower_ for t in o.subtree if t.i <= o.i) in DISTRIBUTIVE_OBJECTS
        for o in objects_of_cue
    ):
        return None  # "each side accused the other of …": the same summary
    preps = [c for c in token.children if c.dep_ == "prep"]
    preps += [c for o in objects_of_cue for c in o.children if c.dep_ == "prep"]
    for child in sorted(preps, key=lambda t: t.i):
        if (
            child.dep_ == "prep"
            and child.i > token.i  # ", on the other hand, insists on …": the one after the cue
            and child.lower_ in PREP_COMPLEMENT.get(token.lemma_.lower(), ())
        ):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                piece = subtree_range(objects[0])
                for further in child.conjuncts:  # "of stalling the talks and of arresting …"
                    if further.lower_ == child.lower_ and further.i > child.i:
                        piece = (piece[0], max(piece[1], subtree_range(further)[1]))
                target = [c for c in objects_of_cue if c.i < child.i]
                if target:  # "accused Israel of stalling": who is accused belongs to it
                    piece = (target[0].left_edge.idx, piece[1])
                return Candidate("quotes.indirect.preposition", token, token.text, subject, [piece])
    return None


def _phrase_words(token: Token) -> str:
    return " ".join(t.lower_ for t in token.subtree)


def _after_citation(clause: Token, piece: tuple[int, int]) -> tuple[int, int]:
    """A clause's range without a leading ``citing sources, that``."""
    doc = clause.doc
    for child in clause.children:
        if child.i < clause.i and child.lemma_.lower() in CITING_VERBS and child.dep_ == "advcl":
            index = max(t.i for t in child.subtree) + 1
            while index < clause.i and (doc[index].is_punct or doc[index].lower_ == "that"):
                index += 1
            return doc[index].idx, piece[1]
    return piece


def _cited_that_clause(cue: Token, clause: Token) -> bool:
    """``reported, citing sources, that …`` parsed as a coordinated clause: after a citing
    participle, its "that" makes it the cue's complement."""
    if clause.pos_ not in ("VERB", "AUX") or not introduced_by_that(clause):
        return False
    between = cue.doc[cue.i + 1 : clause.left_edge.i + 1]
    return any(t.lemma_.lower() in CITING_VERBS for t in between)


def _clause_of_statement(cue: Token) -> Token | None:
    """``claimed in a statement to the media that …``: the clause hangs on the noun. After
    any other noun of the cue's phrases ("said after a cabinet meeting that ministers
    approved it") a "that" clause with a subject and an object of its own fills no gap in a
    relative clause: it is the statement too."""
    for prep in cue.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for clause in noun.subtree:
                if clause.dep_ not in ("acl", "ccomp", "relcl"):
                    continue
                if noun.lemma_.lower() in STATEMENT_NOUNS and introduced_by_that(clause):
                    return clause
                if _gapless_that_clause(clause):
                    return clause
    return None


def _clause_of_a_claim(cue: Token) -> list[Token]:
    """ "denied the minister's claim that a deal had been reached": the "that" clause of the
    claim the cue takes as its object is what is stated (here, denied)."""
    for obj in cue.children:
        if obj.dep_ == "dobj" and obj.lower_ in CLAIM_NOUNS:
            for clause in obj.children:
                if clause.dep_ in ("acl", "ccomp", "relcl") and introduced_by_that(clause):
                    return [clause]
    return []


def _gapless_that_clause(clause: Token) -> bool:
    """A clause opened by "that" whose subject and object are other words: "that" is its
    complementizer, not a relative pronoun ("a meeting that ministers held" has a gap)."""
    first = clause.doc[clause.left_edge.i]
    own = {c.dep_ for c in clause.children if c.i != first.i}
    return first.lower_ == "that" and "nsubj" in own and "dobj" in own


def _trailing_relay(cue: Token, clause: Token) -> bool:
    """ "…, Xinhua news agency reported" read as the cue's complement: an outlet's reporting
    verb after a comma at the end relays the statement, it is not its content."""
    if clause.i < cue.i or clause.lemma_.lower() not in ("report", "say"):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or not names_outlet(subjects[0]):
        return False
    start = subjects[0].left_edge.i
    after_comma = start > 0 and clause.doc[start - 1].text == ","
    return after_comma and not any(c.dep_ in CLAUSE_DEPS for c in clause.children)


def _appositive_subject(cue: Token) -> Token | None:
    """``…, the head of the delegation, Arkady Melnikov, said.``: a subject in apposition.

    The parser hangs such phrases on the last noun of the clause before them; the
    person among them (else the first) is the speaker.
    """
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    last = doc[cue.i - 2]
    if last.dep_ != "appos":
        return None
    phrases = [child for child in last.head.children if child.dep_ == "appos"]
    first = min(phrases, key=lambda t: t.i)
    start = first.left_edge.i
    if start == 0 or doc[start - 1].text != ",":
        return None
    people = [t for t in phrases if t.ent_type_ == "PERSON" or _titled_person(t)]
    if people:
        return people[-1]
    anchor = last.head
    if anchor.ent_type_ == "PERSON" or _titled_person(anchor):
        return anchor  # "Ahmed Musa, the army's spokesman, said": the named person speaks
    return first


def _titled_person(token: Token) -> bool:
    """A proper name after a person's title ("presidential aide Idriss Mahamat")."""
    return token.pos_ == "PROPN" and any(
        child.lower_ in person_titles() for child in token.subtree if child.i < token.i
    )


def _attached(doc: Doc, cue: Token, clause: Token, subject: Token) -> bool:
    """A clause before its cue is its content only across a comma: ``CLAUSE, X said``.

    ``…; Hamas denied …`` or ``…: X said`` start a new statement instead.
    """
    if clause.i > cue.i:
        return True
    first = min(cue.i, min(t.i for t in subject.subtree))
    before = [t for t in doc[max(0, first - 2) : first] if not t.is_space]
    return bool(before) and (before[-1].text == "," or before[-1].text in '"”’')


def _surface_subject(cue: Token) -> Token | None:
    """``…, presidential adviser Maksym Lytvyn said`` read from the surface.

    News attributions put a noun phrase between a comma and the cue; when the
    parser attaches that phrase elsewhere, the phrase still names the speaker.
    """
    doc = cue.doc
    index = cue.i - 1
    phrase: list[Token] = []
    while index >= 0 and doc[index].pos_ in _NOMINAL and not doc[index].is_punct:
        if doc[index].pos_ == "CCONJ" and index > 0 and doc[index - 1].text == ",":
            return None  # ", but the group said": a new clause, not a fronted statement
        phrase.insert(0, doc[index])
        index -= 1
    if not phrase:
        appositive = _appositive_subject(cue)
        if appositive is not None and _inside_relative(appositive, subject_of(cue)):
            return None
        return appositive
    if index < 0 or doc[index].text not in _FRONTING_MARKS:
        return None
    if index > 0 and not doc[index].whitespace_ and not doc[index - 1].whitespace_:
        return None  # "Mediators in the cease-fire talks said": a hyphen inside a word
    nouns = [t for t in phrase if t.pos_ in ("PROPN", "NOUN")]
    if not nouns or nouns[-1].i != cue.i - 1:
        return None
    dependency_subject = subject_of(cue)
    if dependency_subject is not None and dependency_subject.i >= phrase[0].i:
        return dependency_subject
    if _inside_relative(nouns[-1], dependency_subject):
        return None  # "X, who chaired the round in Porto, a port city, said": X speaks
    return nouns[-1]


def _inside_relative(token: Token, subject: Token | None) -> bool:
    """A noun inside a relative clause of the cue's own subject ("X, who …, Y, said")."""
    if subject is None:
        return False
    for ancestor in token.ancestors:
        if ancestor == subject:
            return False
        if ancestor.dep_ in ("relcl", "acl") and ancestor.head == subject:
            return True
    return False


def _reports_a_thing(cue: Token, complement: list[Token]) -> bool:
    """``announced its approval and …``: an object before the clause is what was reported,
    so the clause after it is coordinated narration, not the cue's content."""
    if cue.lemma_.lower() in LISTENER_OBJECT_CUES:
        return False
    first = min(child.i for child in complement)
    return any(child.dep_ == "dobj" and child.i < first for child in cue.children) and first > cue.i


def _strip_complementizer(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].lower_ != "that":
        return start, end
    if span[0].dep_ == "mark" or _gapless_that_clause(span[0].head):
        return span[1].idx, end
    return start, end


def _fronted_content(doc: Doc, cue: Token, subject: Token) -> tuple[int, int] | None:
    """``CLAUSE, the official added.`` when the parser left the clause unattached."""
    subject_start = min(t.i for t in subject.subtree)
    if subject_start > cue.i:
        subject_start = cue.i  # "…, said the official"
    previous = doc[subject_start - 1] if subject_start > 0 else None
    if previous is None or previous.text not in _FRONTING_MARKS:
        return None
    start, end = trim(doc_text(doc), _clause_start(doc, previous.i), previous.idx)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or end - start < 12:
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in span) and not in_headline(doc, start):
        return None  # a dateline ("KYIV, March 2 –") is not a statement; a headline drops
        # its verbs ("Togo still a member, ECOWAS insists")
    if _circumstance(span, cue):
        return None  # "Speaking on state radio, he described …": when, not what
    return start, end


def _circumstance(span, cue: Token) -> bool:
    """A fronted participle or subordinate clause the parser hung on the cue as an adverbial
    ("Speaking to reporters, …", "After the talks ended, …") says when or how, not what."""
    for token in span:
        if token.head == cue and token.dep_ == "advcl":
            return token.tag_ in ("VBG", "VBN") or any(
                c.dep_ == "mark" and c.lower_ != "that" for c in token.children
            )
    return False


def _clause_start(doc: Doc, index: int) -> int:
    """Where the sentence holding token ``index`` starts, read from the surface."""
    position = index - 1
    while position >= 0:
        token = doc[position]
        if "\n" in token.text or "\n" in token.whitespace_:
            return token.idx + len(token.text_with_ws)
        if token.text in SENTENCE_END:
            return token.idx + len(token.text)
        position -= 1
    return 0
