"""Turn raw bytes into text, refusing only what is not text: binary data, undecodable
bytes, nothing.

Old news archives and many web servers still use legacy encodings (windows-1252 above
all), often without saying so. The encoding is taken from the first of these that
decodes the bytes without error:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. the charset the HTTP ``Content-Type`` header declares;
3. for HTML, the page's own ``<meta charset>`` (or ``http-equiv``) near its top;
4. UTF-8;
5. detection by charset-normalizer; a single-byte Latin guess becomes windows-1252 when
   that decodes the bytes too, as it is the legacy encoding of English-language news.

Latin-1 and ASCII labels are read as windows-1252, as browsers do (the WHATWG Encoding
Standard), since servers say "iso-8859-1" for windows-1252 text. Bytes are never
replaced: what none of these decodes is an error, so no U+FFFD is ever stored silently.
The encoding used is returned with the text and recorded on the document.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import BinaryIO

from accord.ingest.records import MEGABYTE, InputError

BINARY_SNIFF_BYTES = 8192
META_SNIFF_BYTES = 4096

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1",
                                  "us-ascii", "ascii", "cp819", "iso-ir-100"})  # fmt: skip
_LATIN_GUESSES = frozenset({"cp1250", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "cp1257"})


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the Python codec name used, e.g. "utf-8", "cp1252"


def size_label(size: int) -> str:
    return f"{size / MEGABYTE:.0f} MB" if size >= MEGABYTE else f"{size} bytes"


def read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most ``max_bytes`` from ``stream``; more than that is an error, and is never read."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"larger than the {size_label(max_bytes)} limit for one document")
    return data


def decode_bytes(data: bytes, declared: str | None = None, html: bool = False) -> Decoded:
    """The text in ``data`` and the encoding it was in (see the module docstring for the
    order); :class:`InputError` for binary, undecodable or empty input."""
    bom = next((name for mark, name in _BOMS if data.startswith(mark)), None)
    if bom is None and b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError("binary file, not text")
    candidates = [bom, declared, _meta_charset(data) if html else None, "utf-8"]
    for label in candidates:
        if (decoded := _strict(data, label)) is not None:
            return _non_empty(decoded)
    return _non_empty(_detected(data))


def decode_text(data: bytes, html: bool = False) -> str:
    """Just the text of :func:`decode_bytes`."""
    return decode_bytes(data, html=html).text


def _strict(data: bytes, label: str | None) -> Decoded | None:
    codec = _codec(label)
    if codec is None:
        return None
    try:
        return Decoded(data.decode(codec), "utf-8" if codec == "utf-8-sig" else codec)
    except UnicodeDecodeError:
        return None


def _codec(label: str | None) -> str | None:
    """The Python codec for a charset label (Latin-1 labels read as windows-1252)."""
    if not label:
        return None
    label = label.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:  # an unknown charset name: ignored, the next source decides
        return None
    return "utf-8-sig" if name == "utf-8" else name  # a stray BOM is not text


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:META_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _detected(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # imported only when UTF-8 fails

    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot tell the text encoding (not UTF-8, and no charset fits)")
    if best.encoding in _LATIN_GUESSES and (western := _strict(data, "cp1252")) is not None:
        return western
    return Decoded(str(best), best.encoding)


def _non_empty(decoded: Decoded) -> Decoded:
    if not decoded.text.strip():
        raise InputError("empty")
    return decoded
