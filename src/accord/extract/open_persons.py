"""Persons who act for a group the gazetteer does not list.

The actors extractor learns a person's body from the title the text gives them ("TPLF
leader A", "A, the leader of the TPLF"), but only for listed bodies: a group minted by
:mod:`accord.extract.open_actors`, which runs after it, is not known yet, so "Volta Front
leader Kofi Mensah" and the "Mensah said" and "He accused …" after it were left with no
actor. Once the groups are minted, the same two title forms are read again against their
names: a title before the name ("Volta Front leader Kofi Mensah", "the Front's spokesman
…") or an apposition headed by a title ("Kofi Mensah, the leader of the Volta Front").
The person's later surname and the "he"/"she" whose nearest person named before is that
person (within the sentence before) act for the group too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from accord.extract.actors.persons import FULL_NAME, learn, person_spans
from accord.extract.analysis import ActorMention, Analysis, sentence_index
from accord.nlp.docviews import doc_entities, doc_tokens
from accord.resolve.actors import gazetteer

RULE = "person.open_world"
PRONOUN_RULE = "coref.person.open_world"
PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
#: How many sentences back the person a pronoun refers to may be named.
PRONOUN_REACH = 1
#: Possessive marks between a group's name and the title before a person ("the Front's
#: spokesman Kofi Mensah"): not title words themselves.
_JOINERS = frozenset({"'s", "'", "’s", "’"})


def refer_persons_to_minted(
    doc: Doc, analysis: Analysis, occurrences: list[tuple[int, int, str]]
) -> None:
    """Add the mentions of persons titled by a minted group; ``occurrences`` are the
    (start, end, id) of the minted groups' names in the text."""
    if not occurrences:
        return
    by_start = {start: (end, actor) for start, end, actor in occurrences}
    persons: dict[str, str] = {}
    for ent in doc_entities(doc):
        if ent.label_ != "PERSON" or _has_actor(analysis, ent):
            continue
        actor = _title_before(doc, ent, by_start) or _apposed_title(ent, occurrences)
        if actor is not None:
            learn(persons, ent.text, actor)
    if not persons:
        return
    named: list[tuple[Span, str]] = []
    spans = person_spans(doc, persons)
    for span in spans:
        actor = persons.get(span.text) or persons.get(span[-1].text)
        if actor is None or _has_actor(analysis, span):
            continue
        full = persons.get(f"{FULL_NAME}{span[-1].text}", span.text)
        mention = ActorMention(
            span.start, span.end, actor, span.text, kind="person", person=full, rule=RULE
        )
        analysis.add_mention(mention)
        named.append((span, actor))
    _refer_pronouns(doc, analysis, named, spans)


def _has_actor(analysis: Analysis, span: Span) -> bool:
    return any(m.start < span.end and span.start < m.end and m.actor for m in analysis.mentions)


def _title_before(doc: Doc, ent: Span, by_start: dict[int, tuple[int, str]]) -> str | None:
    """ "Volta Front leader Kofi Mensah", "the Volta Front's chief negotiator Kofi Mensah":
    the group's name, then only title words, right before the person's name."""
    start = ent.start
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod", "poss", "case"):
        start -= 1
        if start in by_start:
            end, actor = by_start[start]
            words = [t.text for t in doc[end : ent.start] if t.text not in _JOINERS]
            if words and end < ent.start and gazetteer().is_title(words):
                return actor
            return None
    return None


def _apposed_title(ent: Span, occurrences: list[tuple[int, int, str]]) -> str | None:
    """ "Kofi Mensah, the leader of the Volta Front" or "the Volta Front's leader, Kofi
    Mensah": an apposition headed by a title whose phrase names the group."""
    root = ent.root
    for other in [*root.children, root.head]:
        if other is root or other.pos_ != "NOUN":
            continue
        if not (other.dep_ == "appos" or root.dep_ == "appos"):
            continue
        if not gazetteer().is_title([other.text]):
            continue
        phrase = root.doc[other.left_edge.i : other.right_edge.i + 1]
        if phrase.start <= ent.start < phrase.end:
            phrase = root.doc[other.left_edge.i : ent.start]  # the title before the name
        groups = {a for s, e, a in occurrences if phrase.start <= s and e <= phrase.end}
        if len(groups) == 1:
            return groups.pop()
    return None


def _refer_pronouns(
    doc: Doc, analysis: Analysis, named: list[tuple[Span, str]], spans: list[Span]
) -> None:
    """ "He", "his" with no actor yet: the group of the person named last before it, when
    that naming is one of ``named``, lies in the same or the sentence before, and no one
    else is named in between. ``spans`` are every person the document names, ours or not."""
    if not named:
        return
    ours = {span.start: actor for span, actor in named}
    persons = sorted({span.start for span in spans} | set(ours))
    for token in doc_tokens(doc):
        if token.lower_ not in PERSON_PRONOUNS or analysis.mention_covering(token) is not None:
            continue
        before = [start for start in persons if start < token.i]
        if (
            not before
            or before[-1] not in ours
            or _someone_between(doc, analysis, before[-1], token.i)
        ):
            continue
        if sentence_index(token) - sentence_index(doc[before[-1]]) > PRONOUN_REACH:
            continue
        mention = ActorMention(
            token.i, token.i + 1, ours[before[-1]], token.text, kind="pronoun", rule=PRONOUN_RULE
        )
        analysis.add_mention(mention)


def _someone_between(doc: Doc, analysis: Analysis, person: int, pronoun: int) -> bool:
    """Another person or body is named between: a mention of a person, or a proper name the
    tagger reads as a person or organisation (or as nothing) that no mention covers (the
    tagger also takes persons for organisations: "met Ama Owusu, a farmer")."""
    after_name = next(
        (m.end for m in analysis.mentions if m.start == person and m.rule == RULE), person + 1
    )
    for token in doc_tokens(doc)[after_name:pronoun]:
        mention = analysis.mention_covering(token)
        if mention is not None:
            if mention.kind == "person" or mention.person:
                return True
            continue
        if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG", ""):
            return True
    return False
