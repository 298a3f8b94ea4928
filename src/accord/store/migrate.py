"""Bring a database to the current schema with the Alembic migrations packaged in accord."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


#: Key of the PostgreSQL advisory lock that serialises migrations (any constant bigint).
MIGRATION_LOCK = 0x6163636F7264  # "accord"


def upgrade(connection: Connection) -> None:
    """``alembic upgrade head`` on an open connection; a no-op when already at head.

    On PostgreSQL two processes opening a fresh store at once (two ``accord ingest``
    runs) would both create the tables; a transaction-level advisory lock makes the
    second wait and then find the schema at head.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    if current_revision(connection) == head_revision():
        return
    command.upgrade(alembic_config(connection), "head")
