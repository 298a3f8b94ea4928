"""Turn a model's checked items into accord's records, with accord's ids and evidence.

Each item must be supported by the article before it becomes a record:

* an event's ``evidence`` and a quote's ``content`` must align with the text
  (:mod:`accord.extract.llm.checker`);
* every actor or speaker name the model gives must occur in the text.

Actor ids come from accord's own resolver, never from the model: the gazetteer
(:func:`accord.resolve.actors.resolve_phrase`) on the article's wording, then the actors
extractor's mention at that place in the text (its coreference resolves "Kirby" or "he"),
then the gazetteer on the model's plain English name. Whatever a source calls an actor
stays in ``source_text`` / ``target_text`` as the source's wording.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from accord.extract.analysis import Analysis
from accord.extract.llm.checker import Alignment, align, gap, mentions
from accord.extract.llm.prompt import Chunk, event_modes
from accord.extract.llm.schema import ModelAnswer, ModelEvent, ModelQuote
from accord.model import Event, Evidence, Quote, Span, Translation
from accord.resolve.actors import resolve_phrase

#: characters between a quote's content and its speaker's name, at most: an attribution is
#: in the quote's sentence or the next one, not paragraphs away
MAX_SPEAKER_GAP = 400
EXACT_CONFIDENCE = 0.6
FUZZY_CONFIDENCE = 0.45


@dataclass(frozen=True)
class NamedActor:
    """An event's actor: accord's id and the article's own words for it."""

    id: str | None
    wording: str | None


@dataclass
class Built:
    """The records one document's answers gave, and what was dropped, by reason."""

    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dropped: Counter = field(default_factory=Counter)
    fuzzy: int = 0
    language: str | None = None


class ItemBuilder:
    """Checks and builds the items of every chunk of one document."""

    def __init__(
        self,
        text: str,
        sentence_starts: list[int],
        analysis: Analysis,
        model: str,
        actor_at: Callable[[int, int], str | None] = lambda start, end: None,
    ):
        self.text = text
        self.actor_at = actor_at
        self.sentence_starts = sentence_starts
        self.analysis = analysis
        self.rule = f"llm:{model}"
        self.built = Built()
        self._seen: set[tuple] = set()
        self._quote_spans: list[tuple[int, int, str]] = []

    def add(self, chunk: Chunk, answer: ModelAnswer) -> None:
        window = (chunk.start, chunk.start + len(chunk.text))
        self.built.language = self.built.language or answer.language
        # quotes first: an event inside a quote is voiced by it
        for item in answer.quotes:
            self._add_quote(item, window)
        for item in answer.events:
            self._add_event(item, window)

    # --- events ---------------------------------------------------------------------
    def _add_event(self, item: ModelEvent, window: tuple[int, int]) -> None:
        where = align(item.evidence, self.text, window)
        if where is None:
            self.built.dropped["events.evidence_not_in_text"] += 1
            return
        near = (where.start, where.end)
        source = self._actor(item.source_text, item.source_en, near, "events.source")
        target = self._actor(item.target_text, item.target_en, near, "events.target")
        if source is None or target is None:
            return
        key = ("event", item.action, item.status, source.id, target.id, where.start)
        if key in self._seen:
            return  # the same statement seen again in a chunk's overlap
        self._seen.add(key)
        trigger = (
            item.trigger if item.trigger and item.trigger.lower() in where.text.lower() else None
        )
        self.built.events.append(
            Event(
                id=self.analysis.next_id("e"),
                source=source.id,
                action=item.action,
                target=target.id,
                mode=item.mode if item.mode in event_modes().get(item.action, ()) else None,
                status=item.status,
                voice=self._voice(where.start),
                source_text=source.wording,
                target_text=target.wording,
                confidence=self._confidence(where),
                found_by=["llm"],
                evidence=[self._evidence(where, trigger)],
            )
        )

    def _voice(self, char: int) -> str:
        """The quote (the rules' or the model's) whose content holds ``char``, else narrated."""
        for start, end, quote_id in self._quote_spans:
            if start <= char < end:
                return quote_id
        return self.analysis.quote_at(char) or "narrated"

    def _actor(
        self, wording: str | None, english: str | None, near: tuple[int, int], what: str
    ) -> NamedActor | None:
        """The actor as the article words it and its id (both None when the model named
        none); None, counted as dropped, when the article does not contain the name."""
        if not wording:
            return NamedActor(None, None)
        found = mentions(wording, self.text, near)
        if found is None:
            self.built.dropped[f"{what}_not_in_text"] += 1
            return None
        return NamedActor(self._resolve(found, english), found.text)

    def _resolve(self, found: Alignment, english: str | None) -> str | None:
        return (
            resolve_phrase(found.text)
            or self.actor_at(found.start, found.end)
            or (resolve_phrase(english) if english else None)
        )

    # --- quotes ---------------------------------------------------------------------
    def _add_quote(self, item: ModelQuote, window: tuple[int, int]) -> None:
        content = align(item.content.strip().strip("\"“”«»„'"), self.text, window)
        if content is None:
            self.built.dropped["quotes.content_not_in_text"] += 1
            return
        speaker = mentions(item.speaker, self.text, (content.start, content.end))
        if speaker is None:
            self.built.dropped["quotes.speaker_not_in_text"] += 1
            return
        if gap(speaker, content) > MAX_SPEAKER_GAP:
            self.built.dropped["quotes.speaker_far_from_content"] += 1
            return
        key = ("quote", content.start, content.end)
        if key in self._seen:
            return
        self._seen.add(key)
        cue = mentions(item.cue, self.text, (content.start, content.end)) if item.cue else None
        actor = self._resolve(speaker, item.speaker_org_en)
        relay = mentions(item.via, self.text, (content.start, content.end)) if item.via else None
        via = resolve_phrase(relay.text) if relay else None
        quote_id = self.analysis.next_id("q")
        self._quote_spans.append((content.start, content.end, quote_id))
        self.built.quotes.append(
            Quote(
                id=quote_id,
                speaker=speaker.text,
                speaker_actor=actor,
                speaker_kind=item.speaker_kind,
                kind=item.kind,
                cue=cue.text if cue else None,
                content=content.text,
                via=via,
                chain=[link for link in (actor or speaker.text, via, self.analysis.outlet) if link],
                speaker_span=_span(speaker),
                cue_span=_span(cue) if cue else None,
                content_span=_span(content),
                translation=self._translation(item),
                found_by=["llm"],
                evidence=[self._evidence(content, cue.text if cue else None)],
            )
        )
        if content.method == "fuzzy":
            self.built.fuzzy += 1

    def _translation(self, item: ModelQuote) -> Translation | None:
        language = (self.built.language or "").lower()
        if not item.content_en or language in ("", "en"):
            return None
        return Translation(text=item.content_en, source_lang=language, by=self.rule)

    # --- evidence ---------------------------------------------------------------------
    def _evidence(self, where: Alignment, trigger: str | None) -> Evidence:
        rule = self.rule if where.method != "fuzzy" else f"{self.rule}#fuzzy={where.score:g}"
        return Evidence(
            doc_id=self.analysis.doc_id,
            sentence=max(bisect.bisect_right(self.sentence_starts, where.start) - 1, 0),
            start=where.start,
            end=where.end,
            text=where.text,
            trigger=trigger,
            rule=rule,
        )

    def _confidence(self, where: Alignment) -> float:
        if where.method == "fuzzy":
            self.built.fuzzy += 1
            return FUZZY_CONFIDENCE
        return EXACT_CONFIDENCE


def _span(where: Alignment) -> Span:
    return Span(start=where.start, end=where.end, text=where.text)
