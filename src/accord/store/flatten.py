"""Stored records as flat rows (one value per column) for tables, CSV and Parquet.

Nested parts are reduced to what a spreadsheet user needs: the first evidence
span's text and rule, a relay chain joined with ``>``; the full record stays
available as JSON (``accord export --format jsonl``).
"""

from __future__ import annotations

from accord.store.corpus import Item

DOCUMENT_COLUMNS = ["doc_id", "outlet", "published"]
COLUMNS: dict[str, list[str]] = {
    "events": DOCUMENT_COLUMNS
    + [
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
    ],
    "quotes": DOCUMENT_COLUMNS
    + [
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
    ],
    "stances": DOCUMENT_COLUMNS
    + ["id", "date", "process", "proposal", "party", "stance", "conditions", "claimed_by"]
    + ["evidence"],
    "contradictions": DOCUMENT_COLUMNS
    + ["id", "topic", "a_by", "a_claim", "b_by", "b_claim", "score", "rule"],
    "framing": DOCUMENT_COLUMNS
    + ["id", "term", "kind", "refers_to", "neutral", "voice", "evidence"],
}

#: The columns a terminal table shows (the rest are in --format csv/json).
TABLE_COLUMNS: dict[str, list[str]] = {
    "events": ["published", "outlet", "source", "action", "target", "status", "trigger"],
    "quotes": ["published", "outlet", "speaker", "speaker_actor", "kind", "via", "content"],
    "stances": ["published", "outlet", "process", "party", "stance", "proposal", "claimed_by"],
    "contradictions": ["topic", "a_by", "a_claim", "b_by", "b_claim"],
    "framing": ["published", "outlet", "term", "kind", "refers_to", "voice"],
}


def flat_row(kind: str, item: Item) -> dict:
    """One record as ``{column: scalar}`` in the order of :data:`COLUMNS`."""
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
    if kind == "events":
        values["location"] = (data.get("location") or {}).get("name")
    elif kind == "quotes":
        values["chain"] = " > ".join(data.get("chain") or []) or None
    elif kind == "stances":
        values["conditions"] = "; ".join(data.get("conditions") or []) or None
    elif kind == "contradictions":
        for side in ("a", "b"):
            values[f"{side}_by"] = data[side]["by"]
            values[f"{side}_claim"] = data[side]["claim"]
    return {column: values.get(column, data.get(column)) for column in COLUMNS[kind]}


def data_date(value) -> str | None:
    return value.isoformat() if value is not None else None
