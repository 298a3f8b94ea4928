"""Record kinds declared once: the spec every layer builds its part from.

A :class:`RecordKind` says, for one kind of extracted record (events, quotes …),
which pydantic model it is, which table and columns keep it, how each filter
reads those columns, which flat columns a CSV or terminal table shows, and which
filters the API and the CLI offer. The store's tables (:mod:`accord.store.schema`),
its rows and filters (:mod:`accord.store.corpus`), the flat rows
(:mod:`accord.store.flatten`), the API's query parameters and the CLI's options
are all built from these specs, so a new column or filter is added in one place.

A plug-in declares a kind the same way and registers it in
:data:`accord.registry.record_kinds`; its records then travel in
``Report.extensions`` and are stored, listed and exported like the built-ins.
Built-in tables are also created by the Alembic migrations, which must agree with
these specs (``tests/test_store.py`` compares them); a plug-in's table is created
when a store is opened, since the project's migrations cannot know it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ColumnElement,
    Date,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    or_,
)
from sqlalchemy.types import TypeEngine

from accord.model import (
    Action,
    Contradiction,
    Event,
    FramingKind,
    FramingMarker,
    Quote,
    QuoteKind,
    Report,
    Stance,
    StanceValue,
    Status,
)

DOC_ID = String(64)
ACTOR_ID = String(64)
RECORD_ID = String(64)

#: ``(record table, documents table, value) -> SQL condition``
Filter = Callable[[Table, Table, Any], ColumnElement]


@dataclass(frozen=True)
class Stored:
    """One column a query filters on, and how a record fills it."""

    name: str
    type: TypeEngine
    nullable: bool = True
    index: bool = False
    #: ``(record, document) -> value``; by default the record's attribute of the same name
    value: Callable[[Any, Any], Any] | None = None

    def column(self) -> Column:
        return Column(self.name, self.type, nullable=self.nullable, index=self.index)

    def read(self, record, document) -> Any:
        return self.value(record, document) if self.value else getattr(record, self.name)


@dataclass(frozen=True)
class Param:
    """A filter as the API (query parameter) and the CLI (option) offer it.

    ``shape`` says how both type it: ``text`` (free text), ``actor`` (an actor id),
    ``since``/``until`` (dates), ``flag`` (yes/no) or ``choice`` (one of ``choices``).
    A param without ``cli_help`` is offered by the API only.
    """

    name: str
    shape: Literal["text", "actor", "since", "until", "flag", "choice"] = "text"
    choices: Any = None
    api_help: str | None = None
    cli_help: str | None = None
    #: the CLI's spelling of a flag's two sides, e.g. ``--anonymous/--named``
    cli_flag: str | None = None


@dataclass(frozen=True)
class RecordKind:
    """Everything accord needs to know to store, filter, list and export one kind."""

    name: str  # the report field and the kind's name in the store API: "events"
    model: type[BaseModel]
    table: str
    title: str  # a listing's heading: "Events"
    description: str  # what the API's listing says
    columns: tuple[Stored, ...]
    filters: Mapping[str, Filter]
    flat: tuple[str, ...]  # flat columns after the document's (CSV, Parquet)
    table_columns: tuple[str, ...]  # the few a terminal table shows
    params: tuple[Param, ...] = ()
    #: the CLI listing command's help; a kind without one has no command of its own
    command_help: str | None = None
    #: kind-specific flat values from the record's JSON (a chain joined, a side's claim)
    flat_values: Callable[[dict], dict] = field(default=lambda data: {})
    #: ``document``: rows are keyed by (doc_id, id); ``scope``: by (scope, id), so a
    #: record found across documents (a corpus-wide contradiction) has a home too
    owner: Literal["document", "scope"] = "document"

    def __post_init__(self) -> None:
        unknown = [param.name for param in self.params if param.name not in self.filters]
        if unknown:
            raise ValueError(f"record kind {self.name!r}: parameters with no filter: {unknown}")

    def build_table(self, metadata: MetaData) -> Table:
        if self.owner == "scope":
            keys = [
                # scope: the document a report found it in, or a corpus-wide analysis name
                Column("scope", DOC_ID, primary_key=True),
                Column("id", RECORD_ID, primary_key=True),
                Column("doc_id", DOC_ID, ForeignKey("documents.id"), nullable=True),
            ]
        else:
            keys = [
                Column("doc_id", DOC_ID, ForeignKey("documents.id"), primary_key=True),
                Column("id", RECORD_ID, primary_key=True),
            ]
        return Table(
            self.table,
            metadata,
            *keys,
            Column("position", Integer, nullable=False),
            *(stored.column() for stored in self.columns),
            Column("data", JSON, nullable=False),
        )

    def row(self, doc_id: str | None, position: int, record, document) -> dict:
        """The table row of one record (its columns plus its full JSON)."""
        row = {"doc_id": doc_id, "id": record.id, "position": position}
        row["data"] = record.model_dump(mode="json")
        if self.owner == "scope":
            row["scope"] = doc_id
        row |= {stored.name: stored.read(record, document) for stored in self.columns}
        return row

    @property
    def builtin(self) -> bool:
        """A built-in kind has its own field on the report; a plug-in's rides in extensions."""
        return self.name in Report.model_fields


# --- filter building blocks -------------------------------------------------
def actor_is(column: ColumnElement, actor: str) -> ColumnElement:
    """An actor id or any of its sectors: ``ISR`` matches ``ISR`` and ``ISR.GOV``."""
    return or_(column == actor, column.startswith(actor + ".", autoescape=True))


def contains(column: ColumnElement, text: str) -> ColumnElement:
    return func.lower(column).contains(text.lower(), autoescape=True)


def _dated(table: Table, documents: Table) -> ColumnElement:
    return func.coalesce(table.c.date, documents.c.published)


def _voice(table: Table, _documents: Table, voice: str) -> ColumnElement:
    narrated = table.c.voice.in_(("outlet", "narrated"))
    if voice in ("outlet", "narrated"):
        return narrated
    if voice == "quoted":
        return ~narrated
    return table.c.voice == voice


COMMON_FILTERS: dict[str, Filter] = {
    "doc_id": lambda t, d, v: t.c.doc_id == v,
    "doc_ids": lambda t, d, v: t.c.doc_id.in_(v),
    "outlet": lambda t, d, v: func.lower(d.c.outlet) == v.lower(),
}
DATED_FILTERS: dict[str, Filter] = {
    "since": lambda t, d, v: _dated(t, d) >= v,
    "until": lambda t, d, v: _dated(t, d) <= v,
}


def _params(*params: Param, doc_id: bool = True) -> tuple[Param, ...]:
    return params + ((Param("doc_id"),) if doc_id else ())


#: the outlet filter as the CLI offers it (the API offers it for every kind)
OUTLET_OPTION = Param("outlet", cli_help="Only documents from this outlet.")


def _since(what: str) -> Param:
    return Param("since", "since", cli_help=f"{what} on or after YYYY-MM-DD.")


def _until(what: str) -> Param:
    return Param("until", "until", cli_help=f"{what} on or before YYYY-MM-DD.")


# --- the built-in kinds -----------------------------------------------------
EVENTS = RecordKind(
    name="events",
    model=Event,
    table="events",
    title="Events",
    description="Who did what to whom, with the document each event came from.",
    command_help="Stored events: who did what to whom, with status and evidence.",
    columns=(
        Stored("source", ACTOR_ID, index=True),
        Stored("action", String(16), nullable=False, index=True),
        Stored("target", ACTOR_ID, index=True),
        Stored("status", String(16), nullable=False, index=True),
        Stored("mode", String(64)),
        Stored("voice", RECORD_ID),
        Stored("date", Date, index=True),
        Stored("confidence", Float),
    ),
    filters=COMMON_FILTERS
    | DATED_FILTERS
    | {
        "actor": lambda t, d, v: or_(actor_is(t.c.source, v), actor_is(t.c.target, v)),
        "source": lambda t, d, v: actor_is(t.c.source, v),
        "target": lambda t, d, v: actor_is(t.c.target, v),
        "action": lambda t, d, v: t.c.action == v.upper(),
        "status": lambda t, d, v: t.c.status == v.lower(),
        "voice": _voice,
    },
    flat=(
        "id",
        "date",
        "source",
        "action",
        "target",
        "status",
        "mode",
        "voice",
        "location",
        "confidence",
        "trigger",
        "evidence",
        "rule",
    ),
    table_columns=("published", "outlet", "source", "action", "target", "status", "trigger"),
    flat_values=lambda data: {"location": (data.get("location") or {}).get("name")},
    params=_params(
        Param("actor", "actor", cli_help="Source or target actor (ISR matches ISR.GOV)."),
        Param("source", "actor"),
        Param("target", "actor"),
        Param("action", "choice", Action, cli_help="PLOVER event type, e.g. ASSAULT."),
        Param("status", "choice", Status, cli_help="occurred, planned, denied or hypothetical."),
        Param("voice", api_help="narrated, quoted, or a quote id"),
        OUTLET_OPTION,
        _since("Events"),
        _until("Events"),
    ),
)

QUOTES = RecordKind(
    name="quotes",
    model=Quote,
    table="quotes",
    title="Quotes",
    description="Attributed statements with their speakers and relay chains.",
    command_help="Stored quotes: who said what, through whom.",
    columns=(
        Stored("speaker", Text, nullable=False),
        Stored("speaker_actor", ACTOR_ID, index=True),
        Stored("speaker_kind", String(16), nullable=False),
        Stored(
            "anonymous",
            Boolean,
            nullable=False,
            value=lambda r, _: r.speaker_kind == "anonymous",
        ),
        Stored("kind", String(16), nullable=False),
        Stored("cue", Text),
        Stored("via", String(200)),
        Stored("content", Text, nullable=False),
        Stored("date", Date),
    ),
    filters=COMMON_FILTERS
    | DATED_FILTERS
    | {
        "speaker": lambda t, d, v: contains(t.c.speaker, v),
        "actor": lambda t, d, v: actor_is(t.c.speaker_actor, v),
        "anonymous": lambda t, d, v: t.c.anonymous == bool(v),
        "kind": lambda t, d, v: t.c.kind == v,
        "via": lambda t, d, v: func.lower(t.c.via) == v.lower(),
        # only documents the cross-document analyses took in (or only those they did not)
        "refreshed": lambda t, d, v: (
            d.c.refreshed_at.is_not(None) if v else d.c.refreshed_at.is_(None)
        ),
    },
    flat=(
        "id",
        "date",
        "speaker",
        "speaker_actor",
        "speaker_kind",
        "speaker_org",
        "kind",
        "cue",
        "via",
        "chain",
        "content",
    ),
    table_columns=("published", "outlet", "speaker", "speaker_actor", "kind", "via", "content"),
    flat_values=lambda data: {"chain": " > ".join(data.get("chain") or []) or None},
    params=_params(
        Param(
            "speaker",
            api_help="Part of the name.",
            cli_help="Part of the speaker's name or description.",
        ),
        Param("actor", "actor", cli_help="The speaker's actor id (ISR matches ISR.GOV)."),
        Param(
            "anonymous",
            "flag",
            cli_help="Only anonymous (or only non-anonymous) speakers.",
            cli_flag="--anonymous/--named",
        ),
        Param("kind", "choice", QuoteKind),
        Param("via"),
        OUTLET_OPTION,
        _since("Quotes"),
        _until("Quotes"),
    ),
)

STANCES = RecordKind(
    name="stances",
    model=Stance,
    table="stances",
    title="Stances",
    description="Each party's stance on each negotiation process, as reported.",
    columns=(
        Stored("process", Text, nullable=False, index=True),
        Stored("process_label", Text),  # with round: what linking processes counts
        Stored("round", Text),
        Stored("proposal", Text),
        Stored("party", ACTOR_ID, nullable=False, index=True),
        Stored("stance", String(16), nullable=False),
        Stored("claimed_by", ACTOR_ID),
        Stored("date", Date),
    ),
    filters=COMMON_FILTERS
    | DATED_FILTERS
    | {
        "process": lambda t, d, v: contains(t.c.process, v),
        "processes": lambda t, d, v: t.c.process.in_(v),  # exact process keys
        "party": lambda t, d, v: actor_is(t.c.party, v),
        "stance": lambda t, d, v: t.c.stance == v,
    },
    flat=(
        "id",
        "date",
        "process",
        "proposal",
        "party",
        "stance",
        "conditions",
        "claimed_by",
        "evidence",
    ),
    table_columns=("published", "outlet", "process", "party", "stance", "proposal", "claimed_by"),
    flat_values=lambda data: {"conditions": "; ".join(data.get("conditions") or []) or None},
    params=_params(
        Param("process", api_help="Part of the name."),
        Param("party", "actor"),
        Param("stance", "choice", StanceValue),
        Param("outlet"),
        Param("since", "since"),
        Param("until", "until"),
    ),
)


def _sides(data: dict) -> dict:
    return {f"{side}_{part}": data[side][part] for side in ("a", "b") for part in ("by", "claim")}


CONTRADICTIONS = RecordKind(
    name="contradictions",
    model=Contradiction,
    table="contradictions",
    title="Contradictions",
    description="Pairs of sources stating opposite things about the same matter.",
    owner="scope",
    columns=(
        Stored("topic", Text, nullable=False, index=True),
        Stored("a_by", ACTOR_ID, index=True, value=lambda r, _: r.a.by),
        Stored("b_by", ACTOR_ID, index=True, value=lambda r, _: r.b.by),
        # the documents of the two sides: a corpus-wide contradiction is replaced when either is
        Stored("a_doc", DOC_ID, index=True, value=lambda r, _: r.a.doc_id),
        Stored("b_doc", DOC_ID, index=True, value=lambda r, _: r.b.doc_id),
        Stored("score", Float),
        Stored("rule", String(100)),
    ),
    filters=COMMON_FILTERS
    | {
        "topic": lambda t, d, v: or_(
            contains(t.c.topic, v),
            contains(t.c.data[("a", "claim")].as_string(), v),
            contains(t.c.data[("b", "claim")].as_string(), v),
        ),
        "actor": lambda t, d, v: or_(actor_is(t.c.a_by, v), actor_is(t.c.b_by, v)),
        "scope": lambda t, d, v: t.c.scope == v,
    },
    flat=("id", "topic", "a_by", "a_claim", "b_by", "b_claim", "score", "rule"),
    table_columns=("topic", "a_by", "a_claim", "b_by", "b_claim"),
    flat_values=_sides,
    params=_params(
        Param("topic"),
        Param("actor", "actor"),
        Param("outlet"),
    ),
)

FRAMING = RecordKind(
    name="framing",
    model=FramingMarker,
    table="framing_markers",
    title="Framing",
    description="Loaded wording found in the sources, reported as each source's wording.",
    columns=(
        Stored("term", Text, nullable=False),
        Stored("kind", String(16), nullable=False),
        Stored("refers_to", ACTOR_ID, index=True),
        Stored("voice", RECORD_ID, index=True),
        Stored(
            "outlet",
            String(200),
            index=True,
            value=lambda r, document: r.outlet or (document.outlet if document else None),
        ),
    ),
    filters=COMMON_FILTERS
    | {
        "outlet": lambda t, d, v: func.lower(func.coalesce(t.c.outlet, d.c.outlet)) == v.lower(),
        "voice": _voice,
        "kind": lambda t, d, v: t.c.kind == v,
        "refers_to": lambda t, d, v: actor_is(t.c.refers_to, v),
        "term": lambda t, d, v: contains(t.c.term, v),
    },
    flat=("id", "term", "kind", "refers_to", "neutral", "voice", "evidence"),
    table_columns=("published", "outlet", "term", "kind", "refers_to", "voice"),
    params=_params(
        Param("outlet"),
        Param("voice", api_help="outlet, quoted, or a quote id"),
        Param("kind", "choice", FramingKind),
        Param("refers_to", "actor"),
        Param("term"),
    ),
)

#: The built-in kinds, in the order a report lists them and a store saves them.
BUILTIN_KINDS: tuple[RecordKind, ...] = (EVENTS, QUOTES, STANCES, CONTRADICTIONS, FRAMING)


@lru_cache(maxsize=1)
def record_kinds() -> dict[str, RecordKind]:
    """Every record kind by name: the built-ins, then the plug-ins' in name order."""
    from accord.registry import record_kinds as registered

    kinds = {kind.name: kind for kind in BUILTIN_KINDS}
    for name, kind in sorted(registered.get_all().items()):
        if name in kinds:
            raise ValueError(f"record kind {name!r} is declared twice")
        if kind.name != name:
            raise ValueError(f"record kind registered as {name!r} is named {kind.name!r}")
        kinds[name] = kind
    return kinds


def plugin_kinds() -> list[RecordKind]:
    return [kind for kind in record_kinds().values() if not kind.builtin]


def records_of(kind: RecordKind, report) -> list:
    """A report's records of one kind, as model instances."""
    if kind.builtin:
        return getattr(report, kind.name)
    return [kind.model.model_validate(data) for data in report.extensions.get(kind.name, [])]
