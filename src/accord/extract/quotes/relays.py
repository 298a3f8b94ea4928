"""News outlets and the relays a statement reached the text through.

A relay is an agency or outlet that passed a statement on: "as quoted by Reuters",
"told Axios", "in an interview with X", "Kan reported, citing sources". This module
knows the listed outlets and their ids, finds an outlet's name inside a phrase, tells
a named outlet from the press at large ("US media reported"), and reads the parts of
an attribution clause that name a relay, a listener or a cited source.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from accord.data import load_data
from accord.extract.quotes.names import strip_marks
from accord.extract.quotes.speaker_phrases import (
    ANONYMOUS_HEADS,
    QUOTE_CHARS,
    has_possessor,
    phrase_text,
    phrase_tokens,
)
from accord.nlp.docviews import doc_entities
from accord.resolve.actors import gazetteer, is_media, resolve_phrase

RELAYS = load_data("quotes/relays")
PASSIVE_RELAY_VERBS = frozenset(RELAYS["passive_relay_verbs"])
CITING_VERBS = frozenset(RELAYS["citing_verbs"])
INTERVIEW_NOUNS = frozenset(RELAYS["interview_nouns"])
LISTENER_PREPS = frozenset(RELAYS["listener_preps"])
LISTENER_VERBS = frozenset(RELAYS["listener_verbs"])
OUTLET_NOUNS = frozenset(RELAYS["outlet_nouns"])
PRESS_NOUNS = frozenset(RELAYS["press_nouns"])
_OUTLET_NAMES = {
    name.lower(): outlet_id for outlet_id, names in RELAYS["outlets"].items() for name in names
}


def outlet_id(name: str | None) -> str | None:
    """The id of a known outlet or agency ("Reuters" → REUTERS), else None."""
    if not name:
        return None
    cleaned = name.strip(QUOTE_CHARS + " .,").lower()
    if cleaned in _OUTLET_NAMES:
        return _OUTLET_NAMES[cleaned]
    if cleaned.startswith("the ") and cleaned[4:] in _OUTLET_NAMES:
        return _OUTLET_NAMES[cleaned[4:]]
    return None


def slug(name: str) -> str:
    """An upper-case id for an outlet not in the list ("Kan News" → KAN-NEWS)."""
    words = re.findall(r"[\w]+", name.strip(QUOTE_CHARS))
    if words and words[0].lower() == "the":
        words = words[1:]
    return "-".join(word.upper() for word in words)


def outlet_before(noun: Token, publisher: str | None, outlet: str | None) -> tuple[str, str] | None:
    """``the paper``, ``the broadcaster``: the outlet the text last named before the
    noun, else the publishing outlet (id, name); None for any other phrase."""
    if noun.lemma_.lower() not in OUTLET_NOUNS or noun.pos_ != "NOUN":
        return None
    if not any(c.lower_ in ("the", "this") for c in noun.children if c.dep_ == "det"):
        return None
    for ent in reversed([e for e in doc_entities(noun.doc) if e.end <= noun.i]):
        relay = outlet_id(ent.text)
        if relay is not None:
            return relay, ent.text
    for token in reversed(noun.doc[: noun.i]):
        if token.pos_ == "PROPN" and (relay := outlet_id(token.text)) is not None:
            return relay, token.text
    if publisher is not None:
        return publisher, outlet or publisher
    return None


def outlet_name(head: Token) -> str:
    """The name inside a relay phrase: "the state news agency TASS" → TASS."""
    phrase = phrase_text(head)
    subtree = {t.i for t in head.subtree}
    chains: list[list[Token]] = []
    for token in head.subtree:
        if token.pos_ != "PROPN":
            continue
        if chains and chains[-1][-1].i == token.i - 1:
            chains[-1].append(token)
        else:
            chains.append([token])
    names = [phrase]
    names += [ent.text for ent in doc_entities(head.doc) if ent.start in subtree]
    names += [" ".join(t.text for t in chain) for chain in chains]
    for name in names:
        if outlet_id(name):
            return name
    return " ".join(t.text for t in chains[-1]) if chains else phrase


def names_outlet(head: Token) -> bool:
    """A relay is a known outlet or a proper name ("as quoted by Reuters", "by TRT")."""
    if outlet_id(outlet_name(head)):
        return True
    return head.pos_ == "PROPN" and head.ent_type_ not in ("PERSON", "GPE", "NORP")


def unlisted_outlet(head: Token) -> str | None:
    """The name of an outlet no list has, read from an organisation name the head ends that
    itself ends in an outlet noun ("Al-Qahera News TV", "Kan Radio")."""
    for ent in doc_entities(head.doc):
        if (
            ent.label_ == "ORG"
            and ent.end - 1 == head.i
            and len(ent) > 1
            and (ent[-1].lower_ in OUTLET_NOUNS or ent[-2:].text.lower() in OUTLET_NOUNS)
        ):
            return ent.text
    return None


def media_of(span: Span) -> str | None:
    """The media id of a speaker phrase that names a news outlet as its head: "Russia's
    TASS news agency", "the state broadcaster Kan", "Bloomberg"; None for a phrase that
    only mentions one ("a TASS correspondent", "AFP sources" are people, not the outlet)."""
    root = span.root
    if root.lemma_.lower() in ANONYMOUS_HEADS or root.pos_ == "PRON":
        return None
    actor = resolve_phrase(strip_marks(span.text))
    if actor is not None and is_media(actor):
        return actor
    name = outlet_name(root)
    relay = outlet_id(name)
    if relay is None or name not in span.text:
        return None
    listed = resolve_phrase(name)
    return listed if listed is not None and is_media(listed) else relay


def named_outlet(head: Token) -> str | None:
    """The id of an outlet no list has, by the name a noun for an outlet gives it: "the
    state broadcaster GBC", "the daily Accra Mirror" (the name as head, "state broadcaster
    GBC", or in apposition to the noun)."""
    if head.pos_ == "NOUN" and head.lemma_.lower() in OUTLET_NOUNS:
        named = any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in head.children)
    elif head.pos_ == "PROPN":
        named = any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in OUTLET_NOUNS
            for c in head.children
        )
    else:
        named = False
    return (slug(outlet_name(head)) or None) if named else None


def outlet_modifier(span: Span) -> tuple[str, str] | None:
    """(id, name) of a news outlet modifying an anonymous head: "AFP sources"."""
    for token in span:
        if token.i == span.root.i or token.pos_ != "PROPN":
            continue
        name = outlet_name(token)
        relay = outlet_id(name)
        if relay is not None and name in span.text:
            listed = resolve_phrase(name)
            return (listed if listed is not None and is_media(listed) else relay), name
    return None


def media_relay(subject: Token) -> tuple[str, str] | None:
    """(id, name) when a speaker phrase is a news outlet ("Anadolu Agency") or one of its
    reporters ("Al Jazeera's correspondent", "the outlet's reporter Jane Doe")."""
    tokens = phrase_tokens(subject)
    if not tokens:
        return None
    span = subject.doc[tokens[0].i : tokens[-1].i + 1]
    media = media_of(span) or named_outlet(span.root)
    if media is not None:
        return media, outlet_name(span.root)
    for child in subject.children:
        if child.dep_ == "poss":
            name = outlet_name(child)
            relay = outlet_id(name)
            if relay is not None:
                listed = resolve_phrase(name)
                return (listed if listed is not None and is_media(listed) else relay), name
    return None


def press_at_large(noun: Token) -> bool:
    """Does the phrase headed by ``noun`` name the press at large ("media reports")?"""
    tokens = phrase_tokens(noun)
    return bool(tokens) and names_press_at_large(noun.doc[tokens[0].i : tokens[-1].i + 1])


def names_press_at_large(span: Span) -> bool:
    """``US media``, ``local outlets``, ``Israeli reports``: the press at large, which the
    outlet summarises, unlike a named outlet or a state's own media ("state media", "the
    junta's media")."""
    root = span.root
    return (
        (root.lower_ in PRESS_NOUNS or root.lemma_.lower() in PRESS_NOUNS)
        and root.tag_ in ("NNS", "NN")
        and not any(t.lower_ in ("state", "official", "government") for t in span)
        and not has_possessor(root)  # "the junta's media": a state's own voice
        and outlet_id(outlet_name(root)) is None
        and outlet_modifier(span) is None
    )


def names_the_press(head: Token) -> bool:
    """ "the outlet", "the newspaper", "the correspondent": a noun for an outlet or its
    reporters, which refers back to an outlet quoted before."""
    return head.lower_ in OUTLET_NOUNS or gazetteer().sector([head.lower_]) == "MED"


def recipient_phrase(cue: Token) -> Span | None:
    """Who was told: ``told reporters``, ``said to Axios``, ``speaking to X``."""
    doc = cue.doc
    if cue.lower_ == "according" or cue.is_punct:
        return None
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") and cue.lemma_.lower() in ("tell", "inform", "brief"):
            tokens = phrase_tokens(child)
            if tokens:
                return doc[tokens[0].i : tokens[-1].i + 1]
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in LISTENER_PREPS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.pos_ in ("PROPN", "NOUN"):
                    tokens = phrase_tokens(grandchild)
                    if tokens:
                        return doc[tokens[0].i : tokens[-1].i + 1]
    return None


def relay_in_clause(cue: Token) -> str | None:
    """``as quoted by Reuters``, ``in an interview with X``, ``speaking to X``."""
    sentence = cue.sent
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in PASSIVE_RELAY_VERBS and token.tag_ == "VBN":
            for child in token.children:
                if child.dep_ == "agent":
                    for obj in child.children:
                        if obj.dep_ == "pobj" and names_outlet(obj):
                            return outlet_name(obj)
        if token.lower_ == "according" and token != cue:
            for child in token.children:
                for obj in child.children:
                    if obj.dep_ == "pobj" and names_outlet(obj):
                        return outlet_name(obj)
        if token.lower_ in LISTENER_PREPS and token.head.lemma_.lower() in (
            INTERVIEW_NOUNS | LISTENER_VERBS
        ):
            for obj in token.children:
                if obj.dep_ == "pobj" and outlet_id(outlet_name(obj)):
                    return outlet_name(obj)
    return None


def with_reference_to(cue: Token) -> Token | None:
    """The source of ``said with reference to its source`` / ``in reference to sources``."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "in"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() != "reference":
                continue
            for to in noun.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    for source in to.children:
                        if source.dep_ == "pobj" and source.lemma_.lower() in ANONYMOUS_HEADS:
                            return source
    return None


def citing_after(doc: Doc, index: int) -> tuple[Token, Token] | None:
    """(participle, object) of ``, citing two officials`` starting at ``index`` (after a
    cue or a source phrase), wherever the parser attached the participle."""
    if index < len(doc) and doc[index].text == ",":
        index += 1
    if index >= len(doc) or doc[index].lemma_.lower() not in CITING_VERBS:
        return None
    for obj in doc[index].children:
        if obj.dep_ in ("dobj", "pobj", "attr"):
            return doc[index], obj
    return None
