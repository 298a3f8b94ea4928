"""Turn raw bytes into text, refusing what is not text: binary data, invalid UTF-8, nothing."""

from __future__ import annotations

from typing import BinaryIO

from accord.ingest.records import MEGABYTE, InputError

BINARY_SNIFF_BYTES = 8192


def size_label(size: int) -> str:
    return f"{size / MEGABYTE:.0f} MB" if size >= MEGABYTE else f"{size} bytes"


def read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most ``max_bytes`` from ``stream``; more than that is an error, and is never read."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"larger than the {size_label(max_bytes)} limit for one document")
    return data


def decode_text(data: bytes) -> str:
    """UTF-8 text from ``data`` (a leading BOM is dropped); binary or empty input is an error."""
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"invalid UTF-8 at byte {error.start}") from error
    if not text.strip():
        raise InputError("empty")
    return text
