"""The store's tables (SQLAlchemy 2 Core metadata, mirrored by the Alembic migrations).

Every extracted record is kept twice: the columns a query filters on, and the
record's full JSON in ``data`` so nothing the report carried is lost and a
:class:`~accord.model.Report` can be rebuilt exactly. Record ids (``e1``, ``q2``)
are unique only within a document, so record tables are keyed on
``(doc_id, id)``. Only portable types are used (no SQLite- or PostgreSQL-only
types), so the same schema runs on both.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

from accord.store.kinds import (
    ACTOR_ID,
    CONTRADICTIONS,
    DOC_ID,
    EVENTS,
    FRAMING,
    QUOTES,
    STANCES,
    RecordKind,
)

#: Constraint names are fixed so migrations stay portable (SQLite batch mode needs names).
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

documents = Table(
    "documents",
    metadata,
    Column("id", DOC_ID, primary_key=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("outlet", String(200), index=True),
    Column("published", Date, index=True),
    Column("url", Text),
    Column("source", Text),
    Column("lang", String(16)),
    Column("external_id", Text),
    Column("encoding", String(40)),  # the byte encoding the text was decoded from
    # a near-duplicate (a wire copy) points at the earlier document it copies
    Column("copy_of", DOC_ID, ForeignKey("documents.id"), index=True),
    Column("minhash", LargeBinary),  # serialised MinHash signature for the near-duplicate index
    Column("sentences", JSON),  # the report's sentence list
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    # when the cross-document analyses (corpus-wide contradictions, boards) took the document
    # in; NULL until then, and again whenever the document is re-saved
    Column("refreshed_at", DateTime(timezone=True), index=True),
)

actors = Table(
    "actors",
    metadata,
    Column("id", ACTOR_ID, primary_key=True),
    Column("name", Text, nullable=False),
    Column("country", String(3)),
    Column("sector", String(8)),
    Column("kind", String(16)),
    Column("data", JSON, nullable=False),
)

document_actors = Table(
    "document_actors",
    metadata,
    Column("doc_id", DOC_ID, ForeignKey("documents.id"), primary_key=True),
    Column("actor_id", ACTOR_ID, ForeignKey("actors.id"), primary_key=True),
    Column("position", Integer, nullable=False),
)

# the record tables, built from their one declaration in accord.store.kinds
events = EVENTS.build_table(metadata)
quotes = QUOTES.build_table(metadata)
stances = STANCES.build_table(metadata)
contradictions = CONTRADICTIONS.build_table(metadata)
framing_markers = FRAMING.build_table(metadata)

errors = Table(
    "errors",
    metadata,
    # hash of (source, record, reason): the same bad input seen twice is one row
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("record", Text),
    Column("reason", Text, nullable=False),
    Column("time", DateTime(timezone=True), nullable=False, index=True),
)

# MinHash LSH buckets of the near-duplicate index (accord.store.neardup): a document is
# filed under one hash per band of its signature; documents sharing a bucket are candidates.
# Kept in the store so the index costs no memory and persists across runs and processes.
minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("band", Integer, primary_key=True),
    Column("hash", String(16), primary_key=True),
    Column("doc_id", DOC_ID, primary_key=True),
)

# Negotiation boards (accord.corpuswide.talks), one per process, kept up to date as articles
# arrive (accord.corpuswide.incremental). ``members`` maps each process key linked into the
# board to its number of stances when the board was built, so a board whose stances or
# links changed is found by comparing counts; ``names`` (key, label, aliases, lowercased)
# is what ``accord talks PROCESS`` searches.
boards = Table(
    "boards",
    metadata,
    Column("process", Text, primary_key=True),
    Column("names", Text, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("members", JSON, nullable=False),
    Column("data", JSON, nullable=False),
)


# Language-model answers (accord.store.llm_cache), keyed by a hash of (model, prompt
# version, text hash), so a re-run or an ``accord eval`` sends no request twice.
llm_cache = Table(
    "llm_cache",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("model", Text, nullable=False),
    Column("prompt_version", String(32), nullable=False),
    Column("text_hash", String(64), nullable=False),
    Column("answer", Text, nullable=False),
    Column("prompt_tokens", Integer, nullable=False),
    Column("completion_tokens", Integer, nullable=False),
    Column("hits", Integer, nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
)


def record_table(kind: RecordKind) -> Table:
    """The table of a record kind: a built-in's from above, a plug-in's added on first use
    (created in the database when a store is opened, see :class:`accord.store.Corpus`)."""
    table = metadata.tables.get(kind.table)
    return table if table is not None else kind.build_table(metadata)
