"""Persons as actors: a person acts for the body their title names.

The title may stand before the name, in an apposition, in a relative clause ("X, who
heads the army"), after it with "of" ("President Anna Lind of Cyprus"), or be bare and
take the dateline's country. What is learned goes into ``persons``, one dict a document
(full name or surname → actor id; ``FULL_NAME`` + surname → full name), so that a later
"Kirby" resolves like "White House spokesman John Kirby".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from accord.extract.analysis import ActorMention
from accord.nlp.datelines import dateline_capital
from accord.nlp.docviews import doc_entities, doc_tokens, entities_in
from accord.resolve.actors import gazetteer, phrase_entry, resolve_phrase
from accord.resolve.open_actors import vocabulary

#: Key prefix, in the persons learned, of a surname's full name ("__full__Kurti").
FULL_NAME = "__full__"
#: The most tokens a name found after a title may have ("Faustin - Archange Touadera").
MAX_NAME_TOKENS = 5
#: Entity types that make a capitalised word after a title a place, not a name.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
#: Verbs by which a relative clause names the body a person leads ("X, who heads the army").
_LEADING_VERBS = frozenset({"head", "lead", "command", "chair"})


def person_mentions(
    doc: Doc, persons: dict[str, str], named: list[ActorMention]
) -> list[ActorMention]:
    """The person names that no named mention starts on, each acting for what ``persons``
    already knows of them or else for the body their title names (then learned)."""
    covered = {i for m in named for i in range(m.start, m.end)}
    found = []
    for ent in _two_readings(doc, persons):
        if ent.start in covered:
            continue
        covered.update(range(ent.start, ent.end))
        name = ent.text
        # "al-Busaidi" is one word of the full name but two tokens: try the word first
        actor = persons.get(name) or persons.get(name.split()[-1]) or persons.get(ent[-1].text)
        if actor is None:
            actor = _title_before(doc, ent) or _apposed_title(ent)
            actor = actor or _led_body(ent)
            if actor is None:
                actor = _title_of_place(doc, ent) or _title_at_home(doc, ent)
            if actor is None:
                continue
            learn(persons, name, actor)
        found.append(
            ActorMention(
                ent.start,
                ent.end,
                actor,
                ent.text,
                kind="person",
                person=_full_name(persons, name),
                rule="person",
            )
        )
    return found


def _two_readings(doc: Doc, persons: dict[str, str]) -> Iterator[Span]:
    """The person spans, then the surnames again once the first reading has learned its
    names: the second finds the surnames of full names only the first learned ("President
    Faustin Touadera", a name the tagger missed, then "Touadera's office")."""
    named = _named_persons(doc)
    yield from _in_order(doc, persons, named)
    yield from _surnames(doc, persons, named)


def person_spans(doc: Doc, persons: dict[str, str]) -> list[Span]:
    """The tagger's persons, the names after a title it missed, and the surnames of persons
    already learned from their full names (see :func:`_surnames`)."""
    return _in_order(doc, persons, _named_persons(doc))


def _in_order(doc: Doc, persons: dict[str, str], named: list[Span]) -> list[Span]:
    """The ``named`` spans and the surnames found outside them, in text order."""
    return sorted([*named, *_surnames(doc, persons, named)], key=lambda span: span.start)


def _named_persons(doc: Doc) -> list[Span]:
    """The tagger's persons and the names after a title it read as something else."""
    spans = [ent for ent in doc_entities(doc) if ent.label_ == "PERSON"]
    return spans + _titled_names(doc, {i for ent in spans for i in range(ent.start, ent.end)})


def _surnames(doc: Doc, persons: dict[str, str], named: list[Span]) -> list[Span]:
    """The surnames of persons already learned from their full names, however the tagger
    read them: "Tatar" as a nationality, "Duque" as an organisation, "Kurti" as nothing at
    all. A surname counts only as a proper noun standing alone, outside the ``named`` spans,
    and only once the document has named its bearer in full."""
    surnames = {key[len(FULL_NAME) :] for key in persons if key.startswith(FULL_NAME)}
    if not surnames:
        return []
    inside = {i for ent in named for i in range(ent.start, ent.end)}
    found = []
    for token in doc_tokens(doc):
        if token.text not in surnames or token.i in inside:
            continue
        if not (token.pos_ == "PROPN" or token.ent_type_) or not token.text[:1].isupper():
            continue
        if (
            token.ent_type_
            and token.ent_iob_ == "B"
            and (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
        ):
            continue  # the first word of a longer name of something else
        found.append(doc[token.i : token.i + 1])
    return found


def _titled_names(doc: Doc, inside: set[int]) -> list[Span]:
    """Names right after a title that the tagger read as something else or as nothing
    ("President Faustin-Archange Touadera" as an organisation): capitalised proper nouns,
    hyphens inside a name allowed, that name nothing the gazetteer lists."""
    found = []
    gaz = gazetteer()
    for title in doc_tokens(doc):
        start = title.i + 1
        if start >= len(doc) or start in inside or not title.text[:1].isupper():
            continue
        if not gaz.is_title([title.text]):
            continue
        end = start
        while end < len(doc) and end - start < MAX_NAME_TOKENS and _in_name(doc, end, start):
            end += 1
        while end > start and doc[end - 1].text == "-":
            end -= 1
        name = doc[start:end]
        if not name or any(t.i in inside or t.ent_type_ in PLACE_ENTITIES for t in name):
            continue
        if any(t.lower_ in vocabulary().heads for t in name):
            continue  # "the Minister Council": a body's name, not a person's
        if phrase_entry(name.text) is not None or resolve_phrase(name.text) is not None:
            continue
        found.append(name)
    return found


def _in_name(doc: Doc, i: int, start: int) -> bool:
    token = doc[i]
    if token.text == "-":
        return i > start and not doc[i - 1].whitespace_ and not token.whitespace_
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _title_before(doc: Doc, ent: Span) -> str | None:
    """ "Qatari Prime Minister Mohammad …": compounds before the name that resolve."""
    start = ent.start
    while (
        start > 0
        and doc[start - 1].dep_ in ("compound", "amod", "poss", "case")
        # a modifier of the title or the name, or of a word already in the title
        # ("Central African Republic President …": "Central" modifies "Republic")
        and doc[start - 1].head.i >= min(start, ent.start - 1)
        and doc[start - 1].pos_ != "PUNCT"
    ):
        start -= 1
    if ent.start > 1 and doc[ent.start - 1].dep_ == "case":
        # "North Korea's Kim", "Hamas's Haniyeh": the person is the possessor's
        owner = doc[ent.start - 1].head
        return resolve_phrase(doc[owner.left_edge.i : owner.i + 1].text)
    if start == ent.start:
        return None
    words = [t.text for t in doc[start : ent.start]]
    if not gazetteer().is_title(words):
        return None
    return resolve_phrase(doc[start : ent.start].text)


def _bare_title(doc: Doc, ent: Span) -> str | None:
    """The title words before a name that name no country ("President" in "President
    Anna Lind"), or None when there are none."""
    start = ent.start
    while (
        start > 0 and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].pos_ != "PUNCT"
    ):
        start -= 1
    words = [t.text for t in doc[start : ent.start]]
    if start == ent.start or not gazetteer().is_title(words):
        return None
    return doc[start : ent.start].text


def _title_of_place(doc: Doc, ent: Span) -> str | None:
    """ "President Anna Lind of Cyprus": a bare title whose holder's "of" complement
    names the country (or organisation) the title belongs to."""
    title = _bare_title(doc, ent)
    if title is None:
        return None
    for prep in ent.root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    place = doc[pobj.left_edge.i : pobj.i + 1].text
                    if resolve_phrase(place):
                        return resolve_phrase(f"{place} {title}")
    return None


def _title_at_home(doc: Doc, ent: Span) -> str | None:
    """ "KYIV – Foreign Minister Taras Bondar said …": a title that names no country is
    read as the dateline city's country, when the dateline names exactly one city."""
    title = _bare_title(doc, ent)
    home = dateline_capital(doc) if title else None
    return resolve_phrase(f"{home} {title}") if home else None


def _apposed_title(ent: Span) -> str | None:
    """ "Matthew Miller, State Department spokesman": an apposed title phrase."""
    root = ent.root
    for other in [*root.children, root.head]:
        if other == root or other.pos_ not in ("NOUN", "PROPN"):
            continue
        if not (other.dep_ == "appos" or root.dep_ == "appos"):
            continue
        if other.ent_type_ == "PERSON":
            continue
        phrase = other.doc[other.left_edge.i : other.right_edge.i + 1]
        if phrase.start <= ent.start < phrase.end:
            continue
        if gazetteer().is_title([t.text for t in phrase[: other.i - phrase.start + 1]]):
            actor = resolve_phrase(phrase.text)
            if actor:
                return actor
    return None


def learn_apposition(phrase: Span, actor: str, persons: dict) -> None:
    """ "the chief of the ELN's political wing, Pablo Ruiz" teaches Ruiz → ELN."""
    head = phrase.root
    while head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head
    for child in list(head.children) + ([head.head] if head.dep_ == "appos" else []):
        if child.ent_type_ == "PERSON" and (child.dep_ == "appos" or head.dep_ == "appos"):
            span = _entity_of(child)
            if span is not None and gazetteer().is_title([t.text for t in phrase]):
                learn(persons, span.text, actor)


def person_in(phrase: Span) -> Span | None:
    """The person a phrase names. A nationality the tagger took for a person ("the Armenian
    and Azerbaijani foreign ministers") names none."""
    for ent in entities_in(phrase):
        if ent.label_ == "PERSON" and ent.end <= phrase.end:
            entry = phrase_entry(ent.text)
            if entry is not None and entry.kind in ("demonym", "country", "people"):
                continue
            return ent
    return None


def _entity_of(token: Token) -> Span | None:
    for ent in doc_entities(token.doc):
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _led_body(ent: Span) -> str | None:
    """ "Y, who heads the paramilitary forces": the person stands for the body the relative
    clause says they lead. After the last of two names ("A and B, who heads …") the clause
    is B's even when the parser hangs it on A."""
    root = ent.root
    clauses = list(root.children)
    if root.dep_ == "conj":  # also on the name's title: "the chief A and B, who …"
        first = root.head
        heads = [first, first.head] if first.dep_ == "appos" else [first]
        clauses += [c for head in heads for c in head.children if c.i >= ent.end]
    for clause in clauses:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _LEADING_VERBS:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            continue
        for body in (c for c in clause.children if c.dep_ == "dobj"):
            actor = resolve_phrase(body.doc[body.left_edge.i : body.right_edge.i + 1].text)
            if actor:
                return actor
    return None


def learn(persons: dict[str, str], name: str, actor: str) -> None:
    name = " ".join(name.split())
    persons.setdefault(name, actor)
    parts = name.split()
    if len(parts) > 1:
        persons.setdefault(parts[-1], actor)
        persons.setdefault(f"{FULL_NAME}{parts[-1]}", name)


def _full_name(persons: dict[str, str], name: str) -> str:
    return persons.get(f"{FULL_NAME}{name.split()[-1]}", name) if len(name.split()) == 1 else name
