"""Alembic environment for accord's store.

Run programmatically by :func:`accord.store.migrate.upgrade` on the connection the
:class:`~accord.store.corpus.Corpus` opened (``config.attributes["connection"]``),
or from the command line with ``alembic -x url=sqlite:///accord.db upgrade head``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from accord.store.schema import metadata

config = context.config
target_metadata = metadata


def run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite ALTERs go through copies
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_engine(url)
    with engine.begin() as conn:
        run_on(conn)
    engine.dispose()
