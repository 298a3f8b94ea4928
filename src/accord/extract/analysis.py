"""The per-document working state that extractors share.

Each spaCy ``Doc`` that goes through accord's pipeline carries one
:class:`Analysis` at ``doc._.accord``. Extractors run in order and read what the
earlier ones found (the actors extractor's mentions, the quotes extractor's
quote spans) and append their own records. The report is built from it at the
end, so no extractor needs to know about the others' internals.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from accord.model import (
    Actor,
    Claim,
    Contradiction,
    Diagnostics,
    Event,
    Evidence,
    FramingMarker,
    Quote,
    Stance,
)
from accord.nlp.docviews import doc_text


@dataclass
class ActorMention:
    """A stretch of text that refers to a political actor.

    ``start``/``end`` are token offsets (end exclusive). ``person`` holds a
    person's name when the mention names or describes one (the actor is then
    the organisation they act for); ``anonymous`` marks descriptions such as
    "a senior official".
    """

    start: int
    end: int
    actor: str
    text: str
    kind: str = "name"  # name | description | pronoun | person
    person: str | None = None
    anonymous: bool = False
    rule: str = "gazetteer"
    #: a plural pronoun whose antecedent is a coordination ("Ghana and Togo met. They
    #: agreed …") stands for each member: the others besides ``actor``
    members: tuple[str, ...] = ()
    #: a pronoun that refers back to a state named by its own name ("Togo … its strikes"):
    #: it stands for the state as a whole, as the name does, not for its government alone
    names_state: bool = False


@dataclass
class Analysis:
    doc_id: str
    outlet: str | None = None
    published: date | None = None
    external_id: str | None = None
    title: str | None = None
    url: str | None = None
    has_headline: bool = False
    #: set by the topic gate: False for sport, business, weather … (no events, quotes, stances)
    on_topic: bool = True
    mentions: list[ActorMention] = field(default_factory=list)
    #: organisations the text names that no gazetteer lists, minted by "open_actors"
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    framing: list[FramingMarker] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    #: the outlet's own claims (narration outside quotes), by sentence index
    narration: dict[int, list[Claim]] = field(default_factory=dict)
    diagnostics: Diagnostics = field(default_factory=Diagnostics)
    #: (start_char, end_char, quote_id) of every quoted or reported content span
    quote_spans: list[tuple[int, int, str]] = field(default_factory=list)
    #: records of plug-in record kinds, by kind name (see :meth:`add_record`)
    extensions: dict[str, list] = field(default_factory=dict)
    _counters: dict[str, int] = field(default_factory=dict)
    _mention_starts: list[int] | None = None

    def next_id(self, prefix: str) -> str:
        """Stable ids within a document: ``q1``, ``q2``, ``e1`` …"""
        self._counters[prefix] = self._counters.get(prefix, 0) + 1
        return f"{prefix}{self._counters[prefix]}"

    def add_record(self, kind: str, record) -> None:
        """Add a record of a plug-in record kind (registered in ``accord.registry.record_kinds``);
        it reaches the report's ``extensions`` and, through them, the store."""
        self.extensions.setdefault(kind, []).append(record)

    # --- lookups ---------------------------------------------------------
    def add_mention(self, mention: ActorMention) -> None:
        self.mentions.append(mention)
        self._mention_starts = None

    def mention_covering(self, token: Token) -> ActorMention | None:
        """The actor mention a token belongs to, if any."""
        if self._mention_starts is None:
            self.mentions.sort(key=lambda m: (m.start, -m.end))
            self._mention_starts = [m.start for m in self.mentions]
        index = bisect.bisect_right(self._mention_starts, token.i) - 1
        while index >= 0:
            mention = self.mentions[index]
            if mention.start <= token.i < mention.end:
                return mention
            if self.mentions[index].start < token.i - 12:
                break
            index -= 1
        return None

    def quote_at(self, char: int) -> str | None:
        """The id of the quote whose content covers a character offset."""
        for start, end, quote_id in self.quote_spans:
            if start <= char < end:
                return quote_id
        return None


def sentence_index(token_or_span: Token | Span) -> int:
    """Index of the sentence containing a token or span (0-based, headline = 0)."""
    doc = token_or_span.doc
    start = token_or_span.i if isinstance(token_or_span, Token) else token_or_span.start
    starts = doc.user_data.get("accord_sentence_starts")
    if starts is None:
        starts = [sent.start for sent in doc.sents]
        doc.user_data["accord_sentence_starts"] = starts
    return bisect.bisect_right(starts, start) - 1


def evidence_for(
    span: Span | Token,
    rule: str,
    trigger: str | None = None,
    doc_id: str | None = None,
) -> Evidence:
    """Evidence for a span: its sentence, character offsets, text and producing rule."""
    doc: Doc = span.doc
    if isinstance(span, Token):
        start, end, text = span.idx, span.idx + len(span.text), span.text
    else:  # the span's text cut from the document's, without making its tokens
        start, end = span.start_char, span.end_char
        text = doc_text(doc)[start:end]
    if doc_id is None and doc.has_extension("accord") and doc._.accord is not None:
        doc_id = doc._.accord.doc_id
    return Evidence(
        doc_id=doc_id,
        sentence=sentence_index(span),
        start=start,
        end=end,
        text=text,
        trigger=trigger,
        rule=rule,
    )
