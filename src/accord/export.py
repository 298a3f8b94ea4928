"""``accord export``: the whole store as JSONL, CSV, Parquet or PLOVER event records.

Every writer streams from the store (nothing is loaded whole), so exports of a
large corpus run in flat memory:

- ``jsonl``: one full report per document per line, evidence included;
- ``csv``: a folder with one file per record kind (plus ``documents.csv``);
- ``parquet``: a folder with ``events/``, ``quotes/`` and ``stances/`` datasets
  partitioned by publication date (``published=YYYY-MM-DD``, ``published=unknown``),
  each row carrying the flat columns and the record's full JSON; exporting again
  replaces those three datasets;
- ``plover``: JSONL events with PLOVER's own field names (actor, recipient, event,
  mode, context) and PLOVER's coding convention applied to the event type.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from accord.eval.scoring import plover_convention
from accord.store.corpus import Corpus
from accord.store.flatten import columns, data_date, flat_row
from accord.store.kinds import record_kinds

FORMATS = ("jsonl", "csv", "parquet", "plover")
PARQUET_KINDS = ("events", "quotes", "stances")
UNKNOWN_DATE = "unknown"
DOCUMENT_FIELDS = ["id", "title", "outlet", "published", "url", "source", "external_id", "copy_of"]


def export(corpus: Corpus, fmt: str, out: Path) -> dict[str, int]:
    """Write the store to ``out`` in ``fmt``; returns the number of rows written per part."""
    writers = {"jsonl": export_jsonl, "csv": export_csv, "parquet": export_parquet}
    writers["plover"] = export_plover
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return writers[fmt](corpus, out)


def export_jsonl(corpus: Corpus, out: Path) -> dict[str, int]:
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for report in corpus.reports():
            handle.write(report.model_dump_json() + "\n")
            count += 1
    return {"reports": count}


def export_csv(corpus: Corpus, out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    documents = _document_rows(corpus)
    counts = {"documents": _write_csv(out / "documents.csv", DOCUMENT_FIELDS, documents)}
    for kind in record_kinds():
        rows = (flat_row(kind, item) for item in corpus.items(kind))
        counts[kind] = _write_csv(out / f"{kind}.csv", columns(kind), rows)
    return counts


def export_parquet(corpus: Corpus, out: Path, chunk_rows: int = 50_000) -> dict[str, int]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for kind in PARQUET_KINDS:
        schema = pa.schema(
            [(column, _arrow_type(column)) for column in columns(kind)] + [("json", pa.string())]
        )
        rows = (_parquet_row(kind, item) for item in corpus.items(kind))
        counts[kind] = 0
        shutil.rmtree(out / kind, ignore_errors=True)  # a re-export replaces, never mixes
        for number, chunk in enumerate(_chunks(rows, chunk_rows)):
            table = pa.Table.from_pylist(chunk, schema=schema)
            pq.write_to_dataset(
                table,
                root_path=str(out / kind),
                partition_cols=["published"],
                basename_template=f"part-{number}-{{i}}.parquet",
                existing_data_behavior="overwrite_or_ignore",
            )
            counts[kind] += len(chunk)
    return counts


def export_plover(corpus: Corpus, out: Path) -> dict[str, int]:
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for item in corpus.items("events"):
            handle.write(json.dumps(plover_record(item), ensure_ascii=False) + "\n")
            count += 1
    return {"events": count}


def plover_record(item) -> dict:
    """One event in PLOVER's field names, coded by PLOVER's convention."""
    event = item.record
    evidence = event.evidence[0] if event.evidence else None
    return {
        "id": f"{item.document.id}-{event.id}",
        "date": data_date(event.date or item.document.published),
        "actor": event.source,
        "recipient": event.target,
        "event": plover_convention(
            event.action, event.status, evidence.trigger if evidence else None
        ),
        "mode": event.mode,
        "context": [],
        "location": event.location.model_dump(mode="json") if event.location else None,
        "status": event.status,
        "source": item.document.outlet,
        "doc_id": item.document.id,
        "text": evidence.text if evidence else None,
    }


def _parquet_row(kind: str, item) -> dict:
    row = flat_row(kind, item)
    row["published"] = row["published"] or UNKNOWN_DATE
    row["json"] = item.record.model_dump_json()
    return row


def _arrow_type(column: str):
    import pyarrow as pa

    return pa.float64() if column in ("confidence", "score") else pa.string()


def _document_rows(corpus: Corpus) -> Iterator[dict]:
    for row in corpus.document_metadata():
        yield row | {"published": data_date(row["published"])}


def _write_csv(path: Path, columns: list[str], rows) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _chunks(rows, size: int) -> Iterator[list]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk
