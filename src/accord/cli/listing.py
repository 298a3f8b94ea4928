"""Stored records printed as a Rich table, a JSON array or CSV on stdout."""

from __future__ import annotations

import json
import sys

from accord.cli._util import fail, out


def json_of(record) -> dict:
    return record.model_dump(mode="json")


def print_items(kind: str, items, fmt: str, title: str) -> None:
    """Stored records as a Rich table, a JSON array or CSV on stdout."""
    import csv

    from accord.store.flatten import columns, flat_row, table_columns

    if fmt not in ("table", "json", "csv"):
        fail(f"--format must be table, json or csv, got {fmt!r}")
    if fmt == "json":  # a JSON array, streamed record by record
        separator = "[\n"
        for item in items:
            record = {**item.record.model_dump(mode="json"), "document": json_of(item.document)}
            sys.stdout.write(separator + json.dumps(record, ensure_ascii=False))
            separator = ",\n"
        sys.stdout.write("[]\n" if separator == "[\n" else "\n]\n")
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns(kind), lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat_row(kind, item) for item in items)
    else:
        from rich.table import Table

        table = Table(title=title, title_justify="left")
        shown = table_columns(kind)
        for column in shown:
            table.add_column(column, overflow="fold")
        for item in items:
            row = flat_row(kind, item)
            cells = (row[column] for column in shown)
            table.add_row(*("-" if cell is None else str(cell) for cell in cells))
        out.print(table)
