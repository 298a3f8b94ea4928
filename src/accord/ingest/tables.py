"""Readers for corpora of many articles: JSONL, CSV and Parquet, one record at a time.

A bad record (malformed JSON, a row without text, invalid UTF-8 on a line) becomes one
:class:`IngestFailure` naming the file and line or row, and reading goes on. A file
that cannot be read at all (no text column) is one failure for the whole file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from accord.ingest.decode import size_label
from accord.ingest.documents import make_document
from accord.ingest.records import IngestFailure, InputError, ReaderOptions
from accord.model import Document

Item = Document | IngestFailure


def document_from_row(row: Mapping[str, Any], options: ReaderOptions, source: str) -> Document:
    """A document from one JSONL object, CSV row or Parquet row, by the configured columns."""
    if row.get(options.text_column) is None:
        raise InputError(f"no {options.text_column!r} value")
    return make_document(
        row.get(options.text_column),
        options,
        source=source,
        title=row.get(options.title_column),
        outlet=row.get(options.outlet_column),
        published=row.get(options.date_column),
        url=row.get(options.url_column),
        external_id=row.get(options.id_column),
    )


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, raw line) pairs; ``None`` for a line longer than ``max_bytes``.

    Reading with a limit keeps one runaway line from being loaded whole.
    """
    number = 0
    while line := stream.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(max_bytes)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def read_jsonl(path: Path, options: ReaderOptions) -> Iterator[Item]:
    """One document per JSON object line; blank lines are skipped."""
    with path.open("rb") as stream:
        yield from read_jsonl_stream(stream, str(path), options)


def read_jsonl_stream(stream: BinaryIO, name: str, options: ReaderOptions) -> Iterator[Item]:
    """JSONL from an open byte stream (a file or stdin) named ``name`` in failures."""
    for number, raw in _lines(stream, options.max_bytes):
        record = str(number)
        if raw is None:
            limit = size_label(options.max_bytes)
            yield IngestFailure(name, record, f"line longer than the {limit} limit")
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            yield IngestFailure(name, record, f"invalid UTF-8 at byte {error.start}")
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestFailure(name, record, f"malformed JSON ({error.msg}, column {error.colno})")
            continue
        if not isinstance(row, dict):
            kind = type(row).__name__
            yield IngestFailure(name, record, f"expected a JSON object, got {kind}")
            continue
        try:
            yield document_from_row(row, options, f"{name}:{record}")
        except InputError as error:
            yield IngestFailure(name, record, str(error))


class _DecodedLines:
    """Decode a byte stream line by line for :mod:`csv`, noting lines that are not UTF-8.

    A bad line is decoded with replacement characters so the CSV parser keeps its
    place; the reader then reports the row that contained it.
    """

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.error: str | None = None
        self.first = True

    def __iter__(self) -> Iterator[str]:
        for raw in self.stream:
            encoding = "utf-8-sig" if self.first else "utf-8"
            self.first = False
            try:
                yield raw.decode(encoding)
            except UnicodeDecodeError as error:
                self.error = self.error or f"invalid UTF-8 at byte {error.start} of a line"
                yield raw.decode(encoding, errors="replace")


def read_csv(path: Path, options: ReaderOptions) -> Iterator[Item]:
    """One document per CSV row (the first row names the columns); ``row N`` counts data rows."""
    name = str(path)
    # The csv module refuses fields over 128 KB by default; articles may be longer.
    csv.field_size_limit(max(csv.field_size_limit(), options.max_bytes))
    with path.open("rb") as stream:
        if b"\x00" in stream.read(8192):
            yield IngestFailure(name, None, "binary file, not CSV text")
            return
        stream.seek(0)
        lines = _DecodedLines(stream)
        reader = csv.DictReader(iter(lines))
        try:
            columns = reader.fieldnames
        except csv.Error as error:
            yield IngestFailure(name, None, f"unreadable CSV header ({error})")
            return
        if not columns:
            yield IngestFailure(name, None, "empty")
            return
        if options.text_column not in columns:
            found = ", ".join(columns)
            reason = f"no {options.text_column!r} column (columns: {found})"
            yield IngestFailure(name, None, reason)
            return
        number = 0
        while True:
            number += 1
            record = f"row {number}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield IngestFailure(name, record, _csv_problem(error, options.max_bytes))
                continue
            if lines.error:
                yield IngestFailure(name, record, lines.error)
                lines.error = None
                continue
            try:
                yield document_from_row(row, options, f"{name}:{record}")
            except InputError as error:
                yield IngestFailure(name, record, str(error))


def _csv_problem(error: csv.Error, max_bytes: int) -> str:
    if "field larger than field limit" in str(error):
        return f"a field is larger than the {size_label(max_bytes)} limit"
    return f"malformed CSV ({error})"


def read_parquet(path: Path, options: ReaderOptions) -> Iterator[Item]:
    """One document per Parquet row, read in batches of ``options.batch_size`` rows."""
    import pyarrow.parquet as pq

    name = str(path)
    try:
        table = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises several types for a file it cannot parse
        yield IngestFailure(name, None, f"not a readable Parquet file ({error})")
        return
    columns = table.schema_arrow.names
    if options.text_column not in columns:
        found = ", ".join(columns)
        yield IngestFailure(name, None, f"no {options.text_column!r} column (columns: {found})")
        return
    wanted = [
        column
        for column in (
            options.text_column,
            options.title_column,
            options.date_column,
            options.outlet_column,
            options.url_column,
            options.id_column,
        )
        if column in columns
    ]
    number = 0
    for batch in table.iter_batches(batch_size=options.batch_size, columns=wanted):
        for row in batch.to_pylist():
            number += 1
            record = f"row {number}"
            try:
                yield document_from_row(row, options, f"{name}:{record}")
            except InputError as error:
                yield IngestFailure(name, record, str(error))
