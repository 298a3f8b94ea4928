"""Build a :class:`Document` from whatever fields a reader found, applying the common checks.

Every reader ends here, so the rules that hold for all inputs live in one place: the
size cap, the text rule every entry point shares (:mod:`accord.ingest.textrule`), the
language check, date parsing and the user's overrides.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from accord.ingest.decode import size_label
from accord.ingest.language import non_english_reason
from accord.ingest.records import InputError, ReaderOptions
from accord.ingest.textrule import check_text
from accord.model import Document


def parse_published(value: Any) -> dt.date | None:
    """A publication date from an ISO string, a date, a datetime or a ``time.struct_time``.

    Free-form English dates ("3 May 2024") go through dateparser, without relative
    dates ("yesterday" in an archive means nothing); anything unreadable is dropped
    rather than failing the document, since the date is optional metadata.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(*value[:3])
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser  # slow to import; only free-form dates need it

    settings = {"STRICT_PARSING": True, "PARSERS": ["timestamp", "custom-formats", "absolute-time"]}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def make_document(
    text: Any,
    options: ReaderOptions,
    *,
    source: str,
    title: Any = None,
    outlet: Any = None,
    published: Any = None,
    url: Any = None,
    external_id: Any = None,
    encoding: str | None = None,
) -> Document:
    """A checked document; raises :class:`InputError` with a one-line reason otherwise."""
    if text is None:
        raise InputError("no text")
    if not isinstance(text, str):
        raise InputError(f"text is a {type(text).__name__}, not a string")
    check_text(text)
    size = len(text.encode("utf-8"))
    if size > options.max_bytes:
        raise InputError(
            f"text of {size_label(size)} is larger than the {size_label(options.max_bytes)} limit"
        )
    if options.check_language and (reason := non_english_reason(text)):
        raise InputError(reason)
    return Document.from_text(
        text,
        title=_clean(title),
        outlet=options.outlet or _clean(outlet),
        published=options.published or parse_published(published),
        url=_clean(url),
        source=source,
        lang="en" if options.check_language else None,
        external_id=_clean(external_id),
        encoding=encoding,
    )
