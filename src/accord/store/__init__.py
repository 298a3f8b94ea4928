"""accord.store: the SQLAlchemy schema, its Alembic migrations and the ``Corpus`` queries."""

from accord.store.corpus import Corpus, Item, Writer

__all__ = ["Corpus", "Item", "Writer"]
