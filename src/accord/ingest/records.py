"""What ingestion hands on: the reader options and the record of one bad input."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MEGABYTE = 1024 * 1024


@dataclass
class IngestFailure:
    """One input record accord could not turn into a document; the run goes on without it."""

    source: str  # file path, URL or "stdin"
    record: str | None  # line number, "row N", feed entry id ... or None for the whole source
    reason: str  # one line, human readable

    def __str__(self) -> str:
        where = f"{self.source}:{self.record}" if self.record else self.source
        return f"{where}: {self.reason}"


@dataclass
class ReaderOptions:
    """How to read inputs.

    The ``*_column`` names say which JSONL key / CSV or Parquet column holds each field.
    ``outlet`` and ``published``, when given, override what the inputs say (the user knows
    best where a batch of files came from). ``max_bytes`` caps one document (a text file, a
    JSONL line, a fetched page) so that one huge input becomes a failure instead of
    exhausting memory.
    """

    text_column: str = "text"
    title_column: str = "title"
    date_column: str = "published"
    outlet_column: str = "outlet"
    url_column: str = "url"
    id_column: str = "id"
    outlet: str | None = None
    published: date | None = None
    max_bytes: int = 10 * MEGABYTE
    check_language: bool = True
    timeout: float = 10.0
    max_redirects: int = 5
    allow_private_addresses: bool = False  # fetch loopback/private/link-local hosts too
    user_agent: str = "accord/0.1 (news analysis)"
    fetch_feed_articles: bool = True
    batch_size: int = 1024


class InputError(Exception):
    """Raised inside a reader for a bad record; the reader turns it into an IngestFailure."""
