"""Insert-or-update that runs on SQLite and PostgreSQL alike.

Both dialects speak ``INSERT … ON CONFLICT``; SQLAlchemy exposes it per dialect,
so the statement is picked by the connection's dialect. Any other database gets
a portable look-up-then-write fallback, so no caller ever writes dialect SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Table, and_, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

_ON_CONFLICT = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


def upsert(
    connection: Connection,
    table: Table,
    rows: Sequence[dict],
    *,
    keep: Iterable[str] = (),
    update_existing: bool = True,
) -> None:
    """Write ``rows`` keyed on the table's primary key.

    Existing rows are updated (all given columns except the key and ``keep``),
    or left untouched with ``update_existing=False`` (insert-if-absent). All rows
    must carry the same columns.
    """
    if not rows:
        return
    keys = [column.name for column in table.primary_key.columns]
    # rows in key order: concurrent writers (two ingest processes on PostgreSQL) then lock
    # shared rows such as actors in the same order and cannot deadlock on each other
    rows = sorted(rows, key=lambda row: tuple(str(row[key]) for key in keys))
    changing = [name for name in rows[0] if name not in keys and name not in set(keep)]
    make_insert = _ON_CONFLICT.get(connection.dialect.name)
    if make_insert is None:
        _upsert_portably(connection, table, rows, keys, changing if update_existing else [])
        return
    statement = make_insert(table)
    if update_existing and changing:
        statement = statement.on_conflict_do_update(
            index_elements=keys, set_={name: statement.excluded[name] for name in changing}
        )
    else:
        statement = statement.on_conflict_do_nothing(index_elements=keys)
    connection.execute(statement, list(rows))


def _upsert_portably(
    connection: Connection, table: Table, rows: Sequence[dict], keys: list[str], changing: list
) -> None:
    for row in rows:
        where = and_(*(table.c[key] == row[key] for key in keys))
        if connection.execute(select(*(table.c[key] for key in keys)).where(where)).first():
            if changing:
                connection.execute(update(table).where(where).values({n: row[n] for n in changing}))
        else:
            connection.execute(insert(table).values(row))
