"""Which stored documents are copies of an earlier one (linked as near-duplicates).

A syndicated story arrives once per outlet that runs it; the near-duplicate index links
each later copy to an earlier document (``documents.copy_of``). Analyses across
documents ask which of the documents in front of them are such copies, so that one
story counts as one source however many outlets carried it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from accord.store import schema

#: Ids per ``IN (...)`` query, well under every database's bound-parameter limit.
CHUNK = 500


def copies_among(corpus, doc_ids: Iterable[str]) -> set[str]:
    """Those of ``doc_ids`` that are stored as a copy of another document."""
    table = schema.documents
    ids = sorted(set(doc_ids))
    found: set[str] = set()
    with corpus.engine.connect() as connection:
        for start in range(0, len(ids), CHUNK):
            query = select(table.c.id).where(
                table.c.id.in_(ids[start : start + CHUNK]), table.c.copy_of.is_not(None)
            )
            found.update(connection.execute(query).scalars())
    return found
