"""``Corpus``: the store seen as accord records.

Writes are idempotent: documents are keyed by their content hash and records by
``(document, record id)``, and every write is an insert-or-update, so saving the
same report twice changes nothing. Queries return :mod:`accord.model` records
(rebuilt from the full JSON kept with each row); :meth:`Corpus.items` also gives
each record's document, for tables and exports that need outlet and date.
The same code runs on SQLite and PostgreSQL: only SQLAlchemy Core constructs and
the dialect-dispatching :func:`~accord.store.upsert.upsert` are used.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Table,
    Text,
    cast,
    create_engine,
    delete,
    event,
    func,
    select,
)
from sqlalchemy.engine import Connection, make_url

from accord.config import Settings
from accord.model import (
    Actor,
    Contradiction,
    Document,
    ErrorRecord,
    Event,
    FramingMarker,
    Quote,
    Report,
    ReportDocument,
    Sentence,
    Stance,
)
from accord.store import schema
from accord.store.kinds import (
    CONTRADICTIONS,
    RecordKind,
    plugin_kinds,
    record_kinds,
    records_of,
)
from accord.store.migrate import upgrade
from accord.store.schema import record_table
from accord.store.upsert import upsert

#: Milliseconds a SQLite connection waits for another process's write to finish.
SQLITE_BUSY_TIMEOUT = 30000


@dataclass(frozen=True)
class Item:
    """A stored record with the document it came from."""

    document: ReportDocument
    record: Any


class Corpus:
    """A store of analysed documents at a SQLAlchemy URL (migrated to head on open)."""

    def __init__(self, db_url: str | None = None) -> None:
        self.url = database_url(db_url or Settings.load().db)
        self.engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        with self.engine.begin() as connection:
            upgrade(connection)
            create_plugin_tables(connection)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing -----------------------------------------------------------
    @contextmanager
    def writer(self, commit_every: int | None = None) -> Iterator[Writer]:
        """A batch writer on one connection; commits every ``commit_every`` saves and at exit."""
        with self.engine.connect() as connection:
            writer = Writer(connection, commit_every or Settings.load().commit_every)
            try:
                yield writer
            except BaseException:
                connection.rollback()
                raise
            connection.commit()

    def save_report(self, document: Document, report: Report, **links) -> None:
        """Store one document and its report (see :meth:`Writer.save_report`)."""
        with self.writer() as writer:
            writer.save_report(document, report, **links)

    def save_contradictions(self, scope: str, contradictions: list[Contradiction]) -> None:
        """Replace the corpus-wide contradictions an analysis named ``scope`` found."""
        with self.writer() as writer:
            writer.save_contradictions(scope, contradictions)

    def pending_count(self) -> int:
        """Stored documents the cross-document analyses have not taken in yet."""
        table = schema.documents
        query = select(func.count()).where(table.c.refreshed_at.is_(None))
        with self.engine.connect() as connection:
            return connection.execute(query).scalar_one()

    def record_error(self, source: str, record: str | None, reason: str) -> None:
        """Quarantine a bad input: one row per (source, record, reason), time of last sight."""
        with self.writer() as writer:
            writer.record_error(source, record, reason)

    # --- reading -----------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as connection:
            return _has_document(connection, doc_id)

    def count(self, table: str) -> int:
        """Rows in one table (``documents``, ``events``, ``errors`` …)."""
        with self.engine.connect() as connection:
            return connection.execute(
                select(func.count()).select_from(schema.metadata.tables[table])
            ).scalar_one()

    def counts(self) -> dict[str, int]:
        return {name: self.count(name) for name in schema.metadata.tables}

    def documents(self) -> Iterator[Document]:
        """Every stored document (text included), oldest publication first."""
        table = schema.documents
        query = select(table).order_by(*_document_order())
        for row in self._stream(query):
            yield _document(row)

    def document(self, doc_id: str) -> Document | None:
        """One stored document (text included), or None."""
        table = schema.documents
        with self.engine.connect() as connection:
            row = connection.execute(select(table).where(table.c.id == doc_id)).first()
        return _document(row) if row else None

    def document_metadata(self) -> Iterator[dict]:
        """Every document's metadata (no text) with its ``copy_of`` link, for listings."""
        table = schema.documents
        names = ("id", "title", "outlet", "published", "url", "source", "external_id", "copy_of")
        query = select(*(table.c[name] for name in names)).order_by(*_document_order())
        for row in self._stream(query):
            yield dict(row._mapping)

    def narration(
        self,
        doc_ids: Iterable[str] | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        refreshed: bool | None = None,
    ) -> Iterator[tuple[ReportDocument, Sentence]]:
        """The sentences of narration that carry the outlet's own claims, with their
        documents (those in ``doc_ids``, published in ``since``…``until``, taken in by the
        cross-document analyses or not: ``refreshed``), in publication order."""
        table = schema.documents
        conditions = [table.c.sentences.is_not(None)]
        if doc_ids is not None:
            conditions.append(table.c.id.in_(sorted(doc_ids)))
        if since is not None:
            conditions.append(table.c.published >= since)
        if until is not None:
            conditions.append(table.c.published <= until)
        if refreshed is not None:
            refreshed_at = table.c.refreshed_at
            conditions.append(refreshed_at.is_not(None) if refreshed else refreshed_at.is_(None))
        query = select(table.c.sentences, *_document_columns()).where(*conditions)
        for row in self._stream(query.order_by(*_document_order())):
            document = _report_document(row)
            for data in row.sentences:
                if data.get("claims"):
                    yield document, Sentence.model_validate(data)

    def copies(self) -> dict[str, str]:
        """Near-duplicate links: document id → id of the earlier document it copies."""
        table = schema.documents
        query = select(table.c.id, table.c.copy_of).where(table.c.copy_of.is_not(None))
        with self.engine.connect() as connection:
            return {row.id: row.copy_of for row in connection.execute(query)}

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(document id, MinHash signature) of every document that has one, in ingestion order."""
        table = schema.documents
        query = (
            select(table.c.id, table.c.minhash)
            .where(table.c.minhash.is_not(None))
            .order_by(table.c.ingested_at, table.c.id)
        )
        for row in self._stream(query):
            yield row.id, bytes(row.minhash)

    def items(
        self, kind: str, /, *, limit: int | None = None, offset: int = 0, **filters
    ) -> Iterator[Item]:
        """Records of one kind (``events``, ``quotes``, ``stances``, ``contradictions``,
        ``framing``) with their documents, filtered by the named filters of that kind
        (:data:`FILTERS`; a quote's or marker's own ``kind`` is a filter too), in
        publication order; ``limit``/``offset`` page in SQL."""
        spec = record_kinds()[kind]
        table = record_table(spec)
        conditions = _conditions(spec, table, filters)
        documents = schema.documents
        # the record's JSON as text, parsed and validated in one step by pydantic (twice as
        # fast as decoding it first); a document's row is made into a record once per run
        query = (
            select(cast(table.c.data, Text).label("data"), *_document_columns())
            .select_from(table.outerjoin(documents, table.c.doc_id == documents.c.id))
            .where(*conditions)
            .order_by(*_document_order(), table.c.position, table.c.id)
            .limit(limit)
            .offset(offset or None)
        )
        document = None
        for row in self._stream(query):
            if document is None or row.document_id != (document.id or None):
                document = _report_document(row)
            yield Item(document=document, record=spec.model.model_validate_json(row.data))

    def events(
        self,
        actor: str | None = None,
        action: str | None = None,
        status: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        outlet: str | None = None,
        **filters,
    ) -> list[Event]:
        """Events; ``actor`` matches source or target (``ISR`` also matches ``ISR.GOV``)."""
        return self._records(
            "events",
            actor=actor,
            action=action,
            status=status,
            since=since,
            until=until,
            outlet=outlet,
            **filters,
        )

    def quotes(
        self,
        speaker: str | None = None,
        actor: str | None = None,
        anonymous: bool | None = None,
        **filters,
    ) -> list[Quote]:
        """Quotes; ``speaker`` is a case-insensitive part of the speaker's name."""
        return self._records("quotes", speaker=speaker, actor=actor, anonymous=anonymous, **filters)

    def stances(self, process: str | None = None, party: str | None = None, **filters) -> list:
        """Stances; ``process`` is a case-insensitive part of the process name."""
        return self._records("stances", process=process, party=party, **filters)

    def contradictions(self, topic: str | None = None, **filters) -> list[Contradiction]:
        return self._records("contradictions", topic=topic, **filters)

    def framing(
        self, outlet: str | None = None, voice: str | None = None, **filters
    ) -> list[FramingMarker]:
        """Framing markers; ``voice`` is ``outlet``, ``quoted`` or a quote id."""
        return self._records("framing", outlet=outlet, voice=voice, **filters)

    def boards(self, process: str | None = None) -> list[dict]:
        """Stored negotiation boards (``Board.as_dict()`` form), most documents first;
        ``process`` keeps those whose key, label or other labels contain it."""
        boards = (self.board(key, disputes=False) for key, _ in self.board_sizes(process))
        found = [board for board in boards if board is not None]  # None: merged meanwhile
        return self._with_round_disputes(found)

    def board_sizes(self, process: str | None = None) -> list[tuple[str, int]]:
        """(process key, stances) of the stored boards in :meth:`boards` order, without
        reading the boards, so a page can stop before it has too many to draw."""
        table = schema.boards
        query = select(table.c.process, table.c.documents, table.c.members)
        if process:
            query = query.where(table.c.names.contains(process.lower(), autoescape=True))
        with self.engine.connect() as connection:
            rows = sorted(connection.execute(query), key=lambda r: (-r.documents, r.process))
        return [(row.process, sum(row.members.values())) for row in rows]

    def board(self, process_key: str, disputes: bool = True) -> dict | None:
        """One stored board by its process key, with the disputes about its rounds' state
        (:mod:`accord.corpuswide.rounds`) unless ``disputes`` is false."""
        table = schema.boards
        query = select(table.c.data).where(table.c.process == process_key)
        with self.engine.connect() as connection:
            board = connection.scalar(query)
        if board is None or not disputes:
            return board
        return self._with_round_disputes([board])[0]

    def _with_round_disputes(self, boards: list[dict]) -> list[dict]:
        from accord.corpuswide.rounds import attach_round_disputes

        if not boards:
            return boards
        contradictions = [c.model_dump(mode="json") for c in self.contradictions()]
        return attach_round_disputes(boards, contradictions)

    def errors(self) -> list[ErrorRecord]:
        """The quarantine: bad inputs with their reasons, oldest first."""
        table = schema.errors
        query = select(table).order_by(table.c.time, table.c.source, table.c.record)
        with self.engine.connect() as connection:
            return [
                ErrorRecord(source=row.source, record=row.record, reason=row.reason, time=row.time)
                for row in connection.execute(query)
            ]

    def reports(self) -> Iterator[Report]:
        """One rebuilt :class:`Report` per stored document, streamed."""
        with self.engine.connect() as connection:
            query = select(schema.documents).order_by(*_document_order())
            for row in connection.execution_options(yield_per=100).execute(query):
                yield self._report(row)

    def report(self, doc_id: str) -> Report | None:
        with self.engine.connect() as connection:
            table = schema.documents
            row = connection.execute(select(table).where(table.c.id == doc_id)).first()
        return self._report(row) if row else None

    # --- helpers -----------------------------------------------------------
    def _records(self, kind: str, /, **filters) -> list:
        return [item.record for item in self.items(kind, **filters)]

    def _stream(self, query) -> Iterator:
        with self.engine.connect() as connection:
            yield from connection.execution_options(yield_per=500).execute(query)

    def _report(self, row) -> Report:
        sections: dict[str, list] = {}
        extensions: dict[str, list] = {}
        with self.engine.connect() as connection:
            for kind in record_kinds().values():
                table = record_table(kind)
                query = (
                    select(table.c.data).where(table.c.doc_id == row.id).order_by(table.c.position)
                )
                if kind.owner == "scope":
                    query = query.where(table.c.scope == row.id)
                if kind.builtin:
                    sections[kind.name] = [
                        kind.model.model_validate(data) for data in connection.scalars(query)
                    ]
                elif data := list(connection.scalars(query)):
                    extensions[kind.name] = data
            link = schema.document_actors
            actors = connection.scalars(
                select(schema.actors.c.data)
                .join(link, link.c.actor_id == schema.actors.c.id)
                .where(link.c.doc_id == row.id)
                .order_by(link.c.position)
            )
            sections["actors"] = [Actor.model_validate(data) for data in actors]
        sentences = [Sentence.model_validate(item) for item in row.sentences or []]
        return Report(
            document=_report_document(row),
            sentences=sentences,
            extensions=extensions,
            **sections,
        )


def create_plugin_tables(connection: Connection) -> None:
    """Create the tables of plug-in record kinds the store does not have yet (the project's
    migrations know only the built-in kinds; a plug-in's table is declared by its kind)."""
    tables = [record_table(kind) for kind in plugin_kinds()]
    if tables:
        schema.metadata.create_all(connection, tables=tables, checkfirst=True)


def database_url(url: str) -> str:
    """Plain ``postgresql://`` URLs use psycopg 3 (the driver accord ships), not psycopg2."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


class Writer:
    """Writes on one open connection, committing every ``commit_every`` saved documents."""

    def __init__(self, connection: Connection, commit_every: int) -> None:
        self.connection = connection
        self.commit_every = max(1, commit_every)
        self._pending = 0

    def has_document(self, doc_id: str) -> bool:
        """True when stored, including saves not yet committed by this writer."""
        return _has_document(self.connection, doc_id)

    @property
    def until_commit(self) -> int:
        """Saves left before the next commit."""
        return self.commit_every - self._pending

    def commit(self) -> None:
        self.connection.commit()
        self._pending = 0

    def save_report(
        self,
        document: Document,
        report: Report,
        *,
        copy_of: str | None = None,
        signature: bytes | None = None,
        new: bool = False,
    ) -> None:
        """Store a document and everything its report found.

        Re-saving replaces the document's records with the new report's (records
        the new report lacks are removed), so the result never depends on how
        often a document was saved. ``copy_of`` links a near-duplicate to the
        earlier document it copies; ``signature`` is its MinHash signature.
        ``new=True`` says the caller checked the document is not stored yet, so
        there are no old records to remove (saves a DELETE per table).
        """
        if new:
            self.save_new_document(document, report, copy_of, signature)
            self.save_new_records([(document, report)])
            return
        doc_id = document.id
        row = _linked_document_row(document, report, copy_of, signature)
        row["refreshed_at"] = None  # its records may change: the cross-document analyses
        self._drop_boards_of(doc_id, report.stances)  # must take it in again
        upsert(self.connection, schema.documents, [row], keep=("ingested_at",))
        for kind in record_kinds().values():
            table = record_table(kind)
            rows = _record_rows(kind, document, report)
            owner = table.c.scope if kind.owner == "scope" else table.c.doc_id
            self._replace(table, owner == doc_id, rows)
        upsert(self.connection, schema.actors, [_actor_row(actor) for actor in report.actors])
        self._replace(
            schema.document_actors,
            schema.document_actors.c.doc_id == doc_id,
            _actor_links(doc_id, report),
        )
        self._saved()

    def save_new_document(
        self,
        document: Document,
        report: Report,
        copy_of: str | None = None,
        signature: bytes | None = None,
    ) -> None:
        """Store the row of a document the caller checked is not stored yet; its records
        follow with :meth:`save_new_records`. The row goes first and alone so the
        near-duplicate index sees it when the next document of the batch is checked."""
        row = _linked_document_row(document, report, copy_of, signature)
        upsert(self.connection, schema.documents, [row], keep=("ingested_at",))

    def save_new_records(self, saved: list[tuple[Document, Report]]) -> None:
        """Store the records of new documents whose rows are written, one statement per
        table for the whole batch: a batch costs about as many statements as one document."""
        if not saved:
            return
        records: dict[str, list[dict]] = defaultdict(list)
        actors: dict[str, dict] = {}
        links: list[dict] = []
        for document, report in saved:
            for kind in record_kinds().values():
                records[kind.name] += _record_rows(kind, document, report)
            actors.update((actor.id, _actor_row(actor)) for actor in report.actors)
            links += _actor_links(document.id, report)
        for kind in record_kinds().values():
            upsert(self.connection, record_table(kind), records[kind.name])
        upsert(self.connection, schema.actors, list(actors.values()))
        upsert(self.connection, schema.document_actors, links)
        self._saved(len(saved))

    def save_contradictions(self, scope: str, contradictions: list[Contradiction]) -> None:
        table = schema.contradictions
        rows = corpus_contradiction_rows(scope, contradictions)
        self._replace(table, table.c.scope == scope, rows)
        self._saved()

    def _drop_boards_of(self, doc_id: str, stances: list[Stance]) -> None:
        """Drop the stored boards the document's old or new stances belong to: a board is
        rebuilt when its stance counts change, and a re-save may change stances alone."""
        table = schema.stances
        old = self.connection.scalars(select(table.c.process).where(table.c.doc_id == doc_id))
        keys = set(old) | {stance.process for stance in stances}
        boards = schema.boards
        stored = self.connection.execute(select(boards.c.process, boards.c.members))
        stale = [row.process for row in stored if keys & set(row.members)]
        if stale:
            self.connection.execute(delete(boards).where(boards.c.process.in_(stale)))

    def record_error(self, source: str, record: str | None, reason: str) -> None:
        key = hashlib.sha256(f"{source}\x1f{record}\x1f{reason}".encode()).hexdigest()[:32]
        row = {
            "id": key,
            "source": source,
            "record": record,
            "reason": reason,
            "time": dt.datetime.now(dt.UTC),
        }
        upsert(self.connection, schema.errors, [row])
        self._saved()

    def _replace(self, table: Table, owned: ColumnElement, rows: list[dict]) -> None:
        """Make ``rows`` the owner's rows: drop the ones no longer present, upsert the rest."""
        key = table.c.actor_id if table is schema.document_actors else table.c.id
        names = [row[key.name] for row in rows]
        self.connection.execute(delete(table).where(owned, key.not_in(names)))
        upsert(self.connection, table, rows)

    def _saved(self, count: int = 1) -> None:
        self._pending += count
        if self._pending >= self.commit_every:
            self.commit()


# --- rows ------------------------------------------------------------------
def _linked_document_row(
    document: Document, report: Report, copy_of: str | None, signature: bytes | None
) -> dict:
    """The document's row, with its encoding, near-duplicate link and signature when given
    (a save without them keeps the stored ones)."""
    row = _document_row(document, report)
    if document.encoding is not None:  # only readers that decoded bytes know it
        row["encoding"] = document.encoding
    if copy_of is not None:
        row["copy_of"] = copy_of
    if signature is not None:
        row["minhash"] = signature
    return row


def _record_rows(kind: RecordKind, document: Document, report: Report) -> list[dict]:
    records = records_of(kind, report)
    return [kind.row(document.id, i, r, document) for i, r in enumerate(records)]


def _actor_links(doc_id: str, report: Report) -> list[dict]:
    return [
        {"doc_id": doc_id, "actor_id": actor.id, "position": i}
        for i, actor in enumerate(report.actors)
    ]


def _document_row(document: Document, report: Report) -> dict:
    meta = report.document
    return {
        "id": document.id,
        "text": document.text,
        "title": document.title or meta.title,
        "outlet": document.outlet or meta.outlet,
        "published": document.published or meta.published,
        "url": document.url or meta.url,
        "source": document.source,
        "lang": document.lang,
        "external_id": document.external_id or meta.external_id,
        "sentences": [sentence.model_dump(mode="json") for sentence in report.sentences],
        "ingested_at": dt.datetime.now(dt.UTC),
    }


def _actor_row(actor: Actor) -> dict:
    return {
        "id": actor.id,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "kind": actor.kind,
        "data": actor.model_dump(mode="json"),
    }


def corpus_contradiction_rows(scope: str, contradictions: list[Contradiction]) -> list[dict]:
    """Rows of corpus-wide contradictions: no document of their own, listed by the date of
    their later side (so a listing reads in time order however the rows were added)."""
    return [
        {**CONTRADICTIONS.row(None, _listed_at(item), item, None), "scope": scope}
        for item in contradictions
    ]


def _listed_at(contradiction: Contradiction) -> int:
    dates = [side.date for side in (contradiction.a, contradiction.b) if side.date]
    return max(dates).toordinal() if dates else dt.date.max.toordinal()


# --- queries ---------------------------------------------------------------
def _has_document(connection: Connection, doc_id: str) -> bool:
    table = schema.documents
    return connection.execute(select(table.c.id).where(table.c.id == doc_id)).first() is not None


def _document_columns() -> list[Column]:
    table = schema.documents
    names = ("id", "external_id", "title", "outlet", "published", "url")
    return [table.c[name].label(f"document_{name}") for name in names]


def _document_order() -> list:
    table = schema.documents
    # NULL dates last on every dialect (SQLite and PostgreSQL disagree by default)
    return [table.c.published.is_(None), table.c.published, table.c.id]


def _report_document(row) -> ReportDocument:
    mapping = row._mapping
    prefix = "document_" if "document_id" in mapping else ""
    fields = ("id", "external_id", "title", "outlet", "published", "url")
    values = {name: mapping[prefix + name] for name in fields}
    if values["id"] is None:  # a corpus-wide record, not from one document
        values["id"] = ""
    return ReportDocument(**values)


def _document(row) -> Document:
    fields = (
        "id", "text", "title", "outlet", "published", "url", "source", "lang", "external_id",
        "encoding",
    )  # fmt: skip
    return Document(**{name: getattr(row, name) for name in fields})


def _conditions(kind: RecordKind, table: Table, filters: dict) -> list[ColumnElement]:
    known = kind.filters
    unknown = sorted(set(filters) - set(known))
    if unknown:
        raise TypeError(
            f"{kind.name} has no filter {', '.join(unknown)}; known: {', '.join(known)}"
        )
    documents = schema.documents
    given = ((name, value) for name, value in filters.items() if value is not None)
    return [known[name](table, documents, value) for name, value in given]


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """Foreign keys on; write-ahead log so readers (``accord events``, the web UI) are
    never locked out by an ingest's open transaction, and writers wait for each other."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT}")
    cursor.close()
