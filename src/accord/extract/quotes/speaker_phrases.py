"""The noun phrase that names a statement's speaker, and what its words show.

Every speaker, relay and recipient is read from a phrase around a head word: where
it starts and ends, whether it is definite or owned ("the official", "the army's
spokesman"), which of its prepositional phrases only give a topic ("envoy to
Myanmar"), and who issued the statement a statement noun stands for. Kept apart so
that the speaker, relay and person readers cut phrases the same way.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.data import load_data, words
from accord.extract.quotes.names import strip_marks
from accord.model import Span as TextSpan
from accord.nlp.datelines import dateline_tokens
from accord.nlp.docviews import entities_in
from accord.resolve.actors import resolve_phrase

ANONYMOUS_HEADS = frozenset(load_data("quotes/speakers")["anonymous_heads"])
STATEMENT_NOUNS = frozenset(load_data("quotes/cues")["statement_nouns"])
DEFINITE = frozenset(words("grammar", "definite_determiners"))
#: Prepositions after which a name is the speaker's topic, not the speaker ("envoy to Myanmar").
TOPIC_PREPOSITIONS = frozenset(words("grammar", "speaker_topic_prepositions"))
#: Events "in" or "at" which a speaker acts ("mediators in the Sudan talks").
TOPIC_EVENTS = frozenset(words("grammar", "speaker_topic_events"))
QUOTE_CHARS = "\"'“”‘’«»"
#: sectors whose nouns name a body or its members, never a person's name's last word
BODY_NOUN_SECTORS = frozenset({"MIL", "SPY", "COP", "LEG", "JUD", "DIP"})
_CUT_DEPS = {"relcl", "acl", "advcl", "cc", "conj"}
#: "both the army and …": the first conjunct's phrase without the conjunction's first word
_LEADING_CUT_DEPS = {"preconj"}


def topic_of(token: Token, root: Token) -> bool:
    """Is the token inside a prepositional phrase of the speaker phrase that names what
    the speaker deals with ("in the Sudan talks", "to Myanmar"), not whom it is?"""
    while token != root and token.head != token:
        # "close to the RSF", "loyal to", "linked with": an adjective or participle before
        # the preposition states an affiliation
        on_noun = token.head.pos_ in ("NOUN", "PROPN")
        if token.dep_ == "prep" and token.lower_ in TOPIC_PREPOSITIONS and on_noun:
            return True
        if token.dep_ == "prep" and token.lower_ in ("in", "at"):
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if any(o.lemma_.lower() in TOPIC_EVENTS or o.lower_ in TOPIC_EVENTS for o in objects):
                return True
        token = token.head
    return False


def phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase of a speaker, without relative clauses or trailing punctuation."""
    excluded: set[int] = set()
    for child in head.children:
        if child.dep_ in _CUT_DEPS and child.i > head.i or child.dep_ in _LEADING_CUT_DEPS:
            excluded.update(t.i for t in child.subtree)
    _, after_dateline = dateline_tokens(head.doc)
    if head.i >= after_dateline:  # "ADDIS ABABA, Oct 2 (Wire) - Ethiopia said": not the name
        excluded.update(range(after_dateline))
    tokens = [t for t in head.subtree if t.i not in excluded and not t.is_space]
    # keep one contiguous stretch around the head
    contiguous = [head]
    index = tokens.index(head)
    for token in reversed(tokens[:index]):
        if token.i != contiguous[0].i - 1:
            break
        contiguous.insert(0, token)
    for token in tokens[index + 1 :]:
        if token.i != contiguous[-1].i + 1:
            break
        contiguous.append(token)
    while contiguous and (contiguous[-1].is_punct or contiguous[-1].text in QUOTE_CHARS):
        contiguous.pop()
    while contiguous and (contiguous[0].is_punct or contiguous[0].text in QUOTE_CHARS):
        contiguous.pop(0)
    return contiguous


def phrase_text(head: Token) -> str:
    """The words of the head's phrase without quote marks; the head alone if none."""
    tokens = phrase_tokens(head)
    if not tokens:
        return head.text
    return strip_marks(head.doc[tokens[0].i : tokens[-1].i + 1].text)


def describe(span: Span) -> str:
    tokens = list(span)
    if tokens and tokens[0].lower_ in {"a", "an", "the", "this", "that"}:
        tokens = tokens[1:]
    if not tokens:
        return strip_marks(span.text)
    return strip_marks(span.doc[tokens[0].i : tokens[-1].i + 1].text)


def org_text(span: Span, actor: str | None, skip: str | None = None) -> str | None:
    """The organisation a speaker phrase names in its own words, else the actor's id."""
    for ent in entities_in(span):
        if ent.label_ == "ORG" and (skip is None or skip not in ent.text):
            return strip_marks(ent.text)
    return actor


def text_span(span: Span) -> TextSpan:
    """The phrase as the report records it: character offsets and text."""
    return TextSpan(start=span.start_char, end=span.end_char, text=span.text)


def is_definite(span: Span) -> bool:
    """``the official``, ``its spokesman``: a phrase that refers to someone known already."""
    first = span[0]
    return first.lower_ in DEFINITE or first.dep_ == "poss"


def has_own_modifier(span: Span) -> bool:
    """A description naming its own side: "the Israeli official", "the Hamas source"."""
    return any(
        token.i != span.root.i
        and (token.ent_type_ in ("NORP", "GPE", "ORG") or resolve_phrase(token.text) is not None)
        for token in span
    )


def has_possessor(head: Token) -> bool:
    """``the army's spokesman``, ``its office``: the head has an owner of its own."""
    return any(child.dep_ == "poss" for child in head.children)


def owner_of_statement(noun: Token) -> Token | None:
    """``X's statement``, ``a statement from/by/of X``."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def earlier_statement_owner(noun: Token) -> Token | None:
    """``The statement said …`` with no speaker quoted before: whoever the text last said
    issued a statement ("Hamas issued a statement", "a joint statement by Egypt and Qatar")."""
    for token in reversed(noun.doc[: noun.i]):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in STATEMENT_NOUNS:
            continue
        owner = owner_of_statement(token)
        if owner is None and token.dep_ == "dobj":
            owner = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
            return owner
    return None
