"""Stored records as flat rows (one value per column) for tables, CSV and Parquet.

Nested parts are reduced to what a spreadsheet user needs: the first evidence
span's text and rule, a relay chain joined with ``>``; the full record stays
available as JSON (``accord export --format jsonl``).
"""

from __future__ import annotations

from accord.store.corpus import Item
from accord.store.kinds import record_kinds

DOCUMENT_COLUMNS = ["doc_id", "outlet", "published"]


def columns(kind: str) -> list[str]:
    """The flat columns of a record kind, the document's first."""
    return DOCUMENT_COLUMNS + list(record_kinds()[kind].flat)


def table_columns(kind: str) -> list[str]:
    """The columns a terminal table shows (the rest are in --format csv/json)."""
    return list(record_kinds()[kind].table_columns)


def flat_row(kind: str, item: Item) -> dict:
    """One record as ``{column: scalar}`` in the order of :func:`columns`."""
    record = item.record
    data = record.model_dump(mode="json")
    values = {
        "doc_id": item.document.id or None,
        "outlet": item.document.outlet,
        "published": data_date(item.document.published),
    }
    evidence = data.get("evidence") or []
    values["evidence"] = evidence[0]["text"] if evidence else None
    values["rule"] = evidence[0]["rule"] if evidence else data.get("rule")
    values["trigger"] = evidence[0]["trigger"] if evidence else None
    values |= record_kinds()[kind].flat_values(data)
    return {column: values.get(column, data.get(column)) for column in columns(kind)}


def data_date(value) -> str | None:
    return value.isoformat() if value is not None else None
