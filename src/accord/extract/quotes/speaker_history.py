"""The speakers a document has quoted so far, and which one a follow-up means.

A definite description ("the official"), a surname on its own ("Mahamat said") or a
body's noun ("the ministry") names no one new: it refers back to a speaker quoted
earlier in the same document. The resolver keeps each speaker with its attribution in
reading order; the functions here search that history the way each kind of follow-up
needs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span

from accord.data import load_data, words
from accord.extract.analysis import Analysis
from accord.extract.quotes.relays import names_the_press
from accord.extract.quotes.speaker_phrases import ANONYMOUS_HEADS
from accord.model import Span as TextSpan
from accord.resolve.actors import is_media

#: anonymous heads that name a role: "the commander" refers back only to a commander
ROLE_HEADS = ANONYMOUS_HEADS - frozenset(load_data("quotes/speakers")["generic_anonymous_heads"])
#: Nouns for the members of an armed side ("the rebels said").
SIDE_NOUNS = frozenset(words("actors", "side_nouns"))


@dataclass
class Speaker:
    text: str
    actor: str | None
    kind: str  # named | anonymous | institution
    org: str | None = None
    head: str = ""
    span: TextSpan | None = None


@dataclass
class Attribution:
    via: str | None = None
    via_name: str | None = None
    recipient: str | None = None
    date: dt.date | None = None
    chain: list[str] = field(default_factory=list)


def back_reference(
    history: list[tuple[Speaker, Attribution]],
    kinds: tuple[str, ...],
    head: str | None = None,
    actor: str | None = None,
) -> Speaker | None:
    """The most recent earlier speaker of a kind, preferring the same head noun."""
    for wanted_kind in kinds:
        compatible = [
            speaker
            for speaker, _ in reversed(history)
            if speaker.kind == wanted_kind
            and (
                actor is None
                or speaker.actor == actor
                # "the UN envoy" is not an unaffiliated "source": only the same noun
                or (speaker.actor is None and (head is None or speaker.head == head))
            )
        ]
        if head is not None:
            same_head = [speaker for speaker in compatible if speaker.head == head]
            if same_head:
                return same_head[0]
            if head in ROLE_HEADS:
                continue  # "the commander" is no earlier "two people familiar with …"
        if compatible:
            return compatible[0]
    return None


def org_antecedent(
    span: Span,
    history: list[tuple[Speaker, Attribution]],
    analysis: Analysis,
    state_body: bool = False,
) -> str | None:
    """``the movement's office``, ``the faction``: the organisation last in focus.

    A state body's noun ("the ministry", "the army") refers back only to a state's
    body: after "Hamas said", "the ministry said" is no ministry of the movement's, and
    :func:`accord.extract.quotes.home.affiliate_institutions` gives it its country. A
    noun for fighters ("the rebels") refers back to no state's speaker; the actors
    extractor has already tried its sides (:mod:`accord.extract.side_nouns`)."""
    fighters = span.root.lower_ in SIDE_NOUNS
    press = names_the_press(span.root)
    for earlier, _ in reversed(history):
        if earlier.kind == "institution" and earlier.actor:
            if is_media(earlier.actor) and not press:
                continue  # "X's office" after an outlet was quoted: not the outlet's
            if state_body and "." not in earlier.actor:
                continue
            if fighters and "." in earlier.actor:
                continue  # "Russia said …; the rebels said": fighters are no state's
            return earlier.actor
    if state_body:
        return None
    for mention in sorted(analysis.mentions, key=lambda m: -m.start):
        if mention.end <= span.start and mention.actor and "." not in mention.actor:
            if is_media(mention.actor):
                continue  # "(Reuters)" relays; it is no faction the noun refers back to
            return mention.actor
    return None


def known_surname(span: Span, history: list[tuple[Speaker, Attribution]]) -> str | None:
    """``Mahamat told reporters`` after "presidential aide Idriss Mahamat" was quoted:
    the surname of a person already quoted by name, whatever the NER made of it."""
    root = span.root
    if root.pos_ != "PROPN" or len(span) > 2:
        return None
    for earlier, _ in reversed(history):
        if earlier.kind == "named" and earlier.text.split()[-1] == root.text:
            return root.text
    return None


def same_speaker(a: Speaker, b: Speaker) -> bool:
    """The same speaker quoted again: its relay carries over to the new statement."""
    return a.text == b.text and a.actor == b.actor and a.kind == b.kind


def inside_statement(person: Span, speaker: Speaker) -> bool:
    """``The minister said that President X ordered the arrest. He said …``: a person who is
    the subject only of a clause inside the last speaker's own statement, in that speaker's
    sentence, is what was said about, not who speaks next."""
    sentence = person.root.sent
    if not sentence.start_char <= speaker.span.start < sentence.end_char:
        return False
    return any(a.dep_ in ("ccomp", "xcomp", "advcl", "relcl") for a in person.root.ancestors)
