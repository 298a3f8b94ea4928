"""Writing the tables derived across documents: corpus-wide contradictions and boards.

Those tables are a function of many documents' records, so two processes updating them
at once (two ``accord ingest`` runs) could each write a result that misses the other's
documents. A :class:`Refresher` is a writer that holds the store's refresh lock until it
commits — a transaction-level advisory lock on PostgreSQL, the database's write lock
(``BEGIN IMMEDIATE``) on SQLite — so updates happen one after the other and each one
reads everything committed before it. Ingest writers do not take this lock, so on
PostgreSQL they never wait for an update; on SQLite, which has one writer at a time
anyway, they wait for it like for any other write.

Which documents an update has taken in is kept in ``documents.refreshed_at`` (NULL until
then): an update that fails, or a run that is killed between storing documents and
updating, leaves them unmarked for the next update to take in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from accord.model import Contradiction
from accord.store import schema
from accord.store.corpus import SQLITE_BUSY_TIMEOUT, Corpus, corpus_contradiction_rows
from accord.store.upsert import upsert

#: Key of the PostgreSQL advisory lock held while the cross-document tables are updated.
REFRESH_LOCK = 0x6163636F726402


@dataclass(frozen=True)
class StoredBoard:
    """A board as stored: its ``Board.as_dict()``, the names a search looks in, and its
    process keys with their stance counts when it was built."""

    data: dict
    names: list[str]
    members: dict[str, int]


def up_to_date(corpus: Corpus) -> bool:
    """True when every stored document is taken in and the boards count every stored
    stance (stances are only ever added, except by a re-save, which drops its boards)."""
    if corpus.pending_count():
        return False
    stances, boards = schema.stances, schema.boards
    with corpus.engine.connect() as connection:
        stored = connection.execute(select(func.count()).select_from(stances)).scalar_one()
        counted = sum(
            sum(members.values()) for members in connection.scalars(select(boards.c.members))
        )
    return stored == counted


@contextmanager
def refreshing(corpus: Corpus, wait: bool = True) -> Iterator[Refresher | None]:
    """A :class:`Refresher` holding the refresh lock, committed at exit; ``None`` when
    ``wait`` is False and another process is updating."""
    with corpus.engine.connect() as connection:
        refresher = Refresher(connection)
        try:
            yield refresher if refresher.lock(wait) else None
        except BaseException:
            connection.rollback()
            raise
        connection.commit()


class Refresher:
    """Writes the cross-document tables in one transaction (see the module docstring)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def lock(self, wait: bool = True) -> bool:
        """Take the refresh lock for this transaction; False if busy and ``wait`` is False."""
        dialect = self.connection.dialect.name
        if dialect == "postgresql":
            function = "pg_advisory_xact_lock" if wait else "pg_try_advisory_xact_lock"
            taken = self.connection.execute(
                text(f"SELECT {function}(:key)"), {"key": REFRESH_LOCK}
            ).scalar()
            return wait or bool(taken)
        if dialect == "sqlite":
            if not wait:
                self.connection.exec_driver_sql("PRAGMA busy_timeout=0")
            try:
                self.connection.exec_driver_sql("BEGIN IMMEDIATE")
            except OperationalError:
                if wait:
                    raise
                return False
            finally:
                if not wait:
                    self.connection.exec_driver_sql(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT}")
        return True

    # --- which documents are taken in --------------------------------------------
    def pending(self, limit: int) -> list[str]:
        """Up to ``limit`` documents not taken in yet, oldest publication first."""
        table = schema.documents
        query = (
            select(table.c.id)
            .where(table.c.refreshed_at.is_(None))
            .order_by(table.c.published.is_(None), table.c.published, table.c.id)
            .limit(limit)
        )
        return list(self.connection.scalars(query))

    def mark_refreshed(self, doc_ids: list[str]) -> None:
        table = schema.documents
        now = dt.datetime.now(dt.UTC)
        self.connection.execute(
            update(table).where(table.c.id.in_(doc_ids)).values(refreshed_at=now)
        )

    # --- contradictions ----------------------------------------------------------
    def replace_contradictions(
        self,
        scope: str,
        contradictions: list[Contradiction],
        doc_ids: list[str] | None = None,
    ) -> None:
        """Make ``contradictions`` the ones of ``scope`` (only those with a side in
        ``doc_ids``, when given): the others are removed, these upserted on their ids."""
        table = schema.contradictions
        replaced = delete(table).where(table.c.scope == scope)
        if doc_ids is not None:
            replaced = replaced.where(or_(table.c.a_doc.in_(doc_ids), table.c.b_doc.in_(doc_ids)))
        self.connection.execute(replaced)
        upsert(self.connection, table, corpus_contradiction_rows(scope, contradictions))

    # --- boards ------------------------------------------------------------------
    def stance_counts(self) -> Iterator[tuple]:
        """Stances counted by (process key, label, round, party, stance): what linking
        processes needs (:class:`accord.corpuswide.talks.ProcessKeys`), without the stances."""
        table = schema.stances
        columns = (table.c.process, table.c.process_label, table.c.round, table.c.party)
        columns += (table.c.stance,)
        query = select(*columns, func.count()).group_by(*columns)
        yield from self.connection.execute(query)

    def board_members(self) -> dict[str, dict[str, int]]:
        """Each stored board's process keys with their stance counts when it was built."""
        table = schema.boards
        rows = self.connection.execute(select(table.c.process, table.c.members))
        return {row.process: row.members for row in rows}

    def save_boards(self, boards: Iterable[StoredBoard], keep: set[str]) -> None:
        """Upsert boards and drop the stored boards of processes not in ``keep`` (merged
        into another process, or left without stances)."""
        table = schema.boards
        for board in boards:  # one at a time: a board holds its whole timeline
            row = {
                "process": board.data["process"],
                "names": "\n".join(name.lower() for name in board.names),
                "documents": board.data["documents"],
                "members": board.members,
                "data": board.data,
            }
            upsert(self.connection, table, [row])
        stored = set(self.connection.scalars(select(table.c.process)))
        gone = sorted(stored - keep)
        if gone:
            self.connection.execute(delete(table).where(table.c.process.in_(gone)))
