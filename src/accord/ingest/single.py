"""Read the input of ``accord analyze``: one article file, stdin, or a JSONL of articles."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from accord.ingest.decode import decode_text, read_capped
from accord.ingest.records import InputError, ReaderOptions
from accord.ingest.textrule import check_text
from accord.model import Document


class SingleInputError(ValueError):
    """An input ``accord analyze`` cannot read; the message names the file and line."""


def _read(stream: BinaryIO, name: str) -> str:
    """The text in ``stream`` under the ingestion rules: capped, decodable, not binary, not
    empty."""
    try:
        html = name.lower().endswith((".html", ".htm"))  # a page may name its charset
        return decode_text(read_capped(stream, ReaderOptions().max_bytes), html=html)
    except InputError as error:
        raise SingleInputError(f"{name}: {error}") from error


def _checked(text: str, name: str) -> str:
    """``text`` if it passes the rule every entry point shares, else a one-line error."""
    try:
        return check_text(text)
    except InputError as error:
        raise SingleInputError(f"{name}: {error}") from error


def read_single_input(
    path: str, outlet: str | None = None, published: date | None = None
) -> Iterator[Document | SingleInputError]:
    """Documents to analyse: a .jsonl file yields one per line, anything else one.

    A file that cannot be read at all raises :class:`SingleInputError`; a bad
    line of a JSONL file is yielded as one, so the other lines still run.
    """
    if path == "-":
        text = _checked(_read(sys.stdin.buffer, "stdin"), "stdin")
        return iter([Document.from_text(text, outlet=outlet, published=published, source="stdin")])
    file = Path(path)
    try:
        with file.open("rb") as stream:
            text = _read(stream, path)
    except OSError as error:
        raise SingleInputError(f"{path}: cannot read ({error.strerror})") from error
    if file.suffix.lower() == ".jsonl":
        return _jsonl_documents(text, path, outlet, published)
    if file.suffix.lower() in (".html", ".htm"):
        from accord.ingest.html import document_from_html

        document = document_from_html(text, source=path)
        if document is None:
            raise SingleInputError(f"{path}: no article text found in the HTML page")
        _checked(document.text, path)
        updates = {"outlet": outlet, "published": published}
        return iter([document.model_copy(update={k: v for k, v in updates.items() if v})])
    text = _checked(text, path)
    return iter([Document.from_text(text, outlet=outlet, published=published, source=path)])


def _jsonl_documents(
    text: str, path: str, outlet: str | None, published: date | None
) -> Iterator[Document | SingleInputError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            body = row["text"]
            if not isinstance(body, str) or not body.strip():
                raise KeyError("text")
        except (ValueError, KeyError, TypeError) as error:
            yield SingleInputError(f"{path}:{number}: not a JSON object with a text ({error})")
            continue
        try:
            check_text(body)
        except InputError as error:
            yield SingleInputError(f"{path}:{number}: {error}")
            continue
        yield Document.from_text(
            body,
            outlet=row.get("outlet") or outlet,
            published=row.get("published") or published,
            external_id=str(row["id"]) if row.get("id") is not None else str(number),
            title=row.get("title"),
            source=f"{path}:{number}",
        )
