"""Typed records for everything accord reads and reports.

The report shape follows ``shared/gold/README.md``: a report is one JSON object
with ``events``, ``quotes``, ``stances``, ``contradictions`` and ``framing``.
Every extracted item carries :class:`Evidence` so a user can check it against
the source text; the fields the gold format names are plain top-level fields so
that a report and a gold file can be compared without translation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Action = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
#: PLOVER's 16 event types, in the manual's order (cooperative to conflictual).
PLOVER_TYPES: tuple[str, ...] = get_args(Action)
Status = Literal["occurred", "planned", "denied", "hypothetical"]
QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["named", "anonymous", "institution"]
StanceValue = Literal[
    "proposed", "accepted", "rejected", "reservations", "mediating", "attending", "withdrew"
]
FramingKind = Literal["label", "scare_quotes", "charged"]


def content_id(text: str) -> str:
    """A document's id: the hash of its normalised text, so re-ingesting is a no-op."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


class Record(BaseModel):
    """Base for all records: strict about unknown fields, friendly to JSON."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Evidence(Record):
    """Where an item was found and what produced it.

    ``start``/``end`` are character offsets into the document text; ``text`` is
    the covered span, ``sentence`` the index of its sentence (0 = headline when
    the document has one).
    """

    doc_id: str | None = None
    sentence: int
    start: int
    end: int
    text: str
    trigger: str | None = None
    rule: str


class Span(Record):
    """A labelled character span, used for speaker / cue / content evidence."""

    start: int
    end: int
    text: str


class Document(Record):
    """One article as ingested."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None  # file path, URL or "stdin" it came from
    lang: str | None = None
    external_id: str | None = None  # the id a JSONL/CSV row carried
    encoding: str | None = None  # the byte encoding it was decoded from (e.g. "cp1252")

    @classmethod
    def from_text(cls, text: str, **meta) -> Document:
        return cls(id=content_id(text), text=text, **meta)


class Actor(Record):
    """A political actor in accord's neutral vocabulary (``ISR.GOV``, ``HAMAS``)."""

    id: str
    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # GOV, MIL, SPY, ...
    kind: Literal["state", "organisation", "person", "outlet"] = "state"
    #: what the text says the organisation is: armed_group, party, movement, authority …
    category: str | None = None
    aliases: list[str] = Field(default_factory=list)
    #: coded from the text alone (no gazetteer entry): for analysts to review and merge
    minted: bool = False


class Location(Record):
    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    lat: float | None = None
    lon: float | None = None


class Event(Record):
    """Who did what to whom: one PLOVER event, unique in its document per (source, action,
    target) and date."""

    id: str
    source: str | None
    action: Action
    target: str | None = None
    mode: str | None = None
    status: Status = "occurred"
    voice: str = "narrated"  # "narrated" or the id of the quote the event sits in
    source_text: str | None = None
    target_text: str | None = None
    location: Location | None = None
    date: dt.date | None = None
    confidence: float = 0.5
    #: which extractors found it ("rules", "llm"); both listed means they agreed
    found_by: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Claim(Record):
    """A normalised proposition from an attributed statement.

    Two claims with the same subject, predicate and object but opposite
    polarity, made by different sources, are a contradiction.
    """

    subject: str | None
    predicate: str
    object: str | None = None
    polarity: bool = True
    status: Status = "occurred"
    text: str
    #: how long the claim says it lasts, in hours ("extended the truce by three days": 72);
    #: left out when the claim names no duration
    duration_hours: float | None = Field(default=None, exclude_if=lambda value: value is None)


class Translation(Record):
    """An English rendering of a quote in another language, made by a language model.

    It is the model's wording, not the source's: ``by`` names the model, and the quote's
    ``content`` and spans keep the original text.
    """

    text: str
    lang: str = "en"
    source_lang: str | None = None
    by: str


class Quote(Record):
    """An attributed statement and the chain it came through."""

    id: str
    speaker: str
    speaker_actor: str | None = None
    speaker_kind: SpeakerKind = "named"
    speaker_org: str | None = None
    kind: QuoteKind
    cue: str | None = None
    content: str
    via: str | None = None  # the nearest relay (agency or outlet) between speaker and outlet
    chain: list[str] = Field(default_factory=list)  # speaker → relays → publishing outlet
    recipient: str | None = None
    date: dt.date | None = None
    claims: list[Claim] = Field(default_factory=list)
    speaker_span: Span | None = None
    cue_span: Span | None = None
    content_span: Span | None = None
    translation: Translation | None = None
    found_by: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Stance(Record):
    """A party's position on a proposal or round of a negotiation process."""

    id: str
    process: str  # canonical key, the same in every article: "HAMAS–ISR talks"
    process_label: str | None = None  # the name the article uses ("Gaza ceasefire talks")
    proposal: str | None = None
    round: str | None = None  # the round or venue the stance is about ("Cairo round")
    party: str
    stance: StanceValue
    date: dt.date | None = None
    conditions: list[str] = Field(default_factory=list)
    claimed_by: str = "outlet"  # actor id of whoever states it, or "outlet" for narration
    evidence: list[Evidence] = Field(default_factory=list)


class ContradictionSide(Record):
    by: str | None
    claim: str
    speaker: str | None = None
    quote_id: str | None = None
    doc_id: str | None = None
    outlet: str | None = None
    date: dt.date | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Contradiction(Record):
    id: str
    topic: str
    a: ContradictionSide
    b: ContradictionSide
    score: float = 1.0
    rule: str = "claims.polarity"


class FramingMarker(Record):
    """Loaded wording in a source's text, reported as the source's wording."""

    id: str
    term: str
    kind: FramingKind
    refers_to: str | None = None
    neutral: str | None = None  # accord's neutral equivalent
    aligned_with: str | None = None  # whose vocabulary the wording is (a side's actor root)
    voice: str = "outlet"  # "outlet" or the id of the quote the wording sits in
    outlet: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Sentence(Record):
    index: int
    start: int
    end: int
    text: str
    headline: bool = False
    #: the kind of page furniture the line is (caption, credit, teaser, ticker, disclaimer,
    #: banner, timestamp), or None for article text; nothing is extracted from furniture
    furniture: str | None = None
    #: what the outlet itself states in the sentence, outside any quote (its narration):
    #: the outlet's claims, set against others' across articles; left out when empty
    claims: list[Claim] = Field(default_factory=list, exclude_if=lambda value: not value)


class Diagnostics(Record):
    """How a report was made and what was left out of it, so a reader can judge it.

    ``dropped`` counts items an extractor proposed that failed the evidence check, by
    reason; ``fuzzy`` counts kept items whose evidence matched the text only approximately.
    """

    extractor: str = "rules"
    model: str | None = None
    lang: str | None = None
    requests: int = 0  # answers asked of the server for this document
    cached: int = 0  # answers taken from the store's cache instead
    prompt_tokens: int = 0  # spent on this document's requests, as the server counted them
    completion_tokens: int = 0
    kept: dict[str, int] = Field(default_factory=dict)
    dropped: dict[str, int] = Field(default_factory=dict)
    fuzzy: int = 0
    agreed: dict[str, int] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)


class ReportDocument(Record):
    id: str
    external_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None


class Report(Record):
    """Everything accord finds in one article: the gold shape plus evidence."""

    document: ReportDocument
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)
    framing: list[FramingMarker] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    #: records of plug-in record kinds (accord.store.kinds), by kind name, as JSON;
    #: left out of the JSON when there are none, so a report without plug-ins is unchanged
    extensions: dict[str, list[dict[str, Any]]] = Field(
        default_factory=dict, exclude_if=lambda value: not value
    )
    diagnostics: Diagnostics = Field(default_factory=Diagnostics)


class ErrorRecord(Record):
    """A bad input record kept in the store's quarantine (errors table)."""

    source: str  # file path, URL or "stdin"
    record: str | None = None  # line number, row number, feed entry id ...
    reason: str  # one line
    time: dt.datetime | None = None


def report_json_schema() -> dict:
    """The JSON Schema of :class:`Report`, exported by ``accord schema``."""
    return Report.model_json_schema()
