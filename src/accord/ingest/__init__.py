"""Ingestion: turn files, folders, stdin, URLs and feeds into documents, one at a time.

``iter_inputs`` is a generator: it reads one record, yields it, and only then reads
the next, so a corpus of any size flows through in constant memory. Each bad record
is yielded as an :class:`IngestFailure` (with a one-line reason naming the file and
line) and reading goes on. ``NearDuplicateIndex`` links wire copies across outlets.

The readers pull in trafilatura, feedparser, httpx and (for the index) scipy, which
take seconds to import; they are imported on first use so that importing a light
helper such as ``accord.ingest.decode`` stays cheap.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from accord.ingest.records import IngestFailure, ReaderOptions
from accord.model import Document

if TYPE_CHECKING:
    from accord.ingest.dedupe import NearDuplicateIndex

__all__ = ["IngestFailure", "NearDuplicateIndex", "ReaderOptions", "iter_inputs"]


def iter_inputs(
    inputs: Iterable[str | os.PathLike[str]], *, options: ReaderOptions | None = None
) -> Iterator[Document | IngestFailure]:
    """Documents and failures from each input in turn.

    An input is a file, a folder (read recursively), ``-`` for stdin (JSONL when it
    starts with ``{``, else one article or a URL list), or an http(s) URL of a page or
    an RSS/Atom feed. Files are read by suffix: ``.txt``/``.md``
    (one article, or a URL list when every line is a URL), ``.html``/``.htm``,
    ``.jsonl``, ``.csv``, ``.parquet``, ``.urls`` (URL list), ``.rss``/``.atom``/``.xml``.
    """
    from accord.ingest.fetch import Fetcher, is_url
    from accord.ingest.files import read_path, read_stdin
    from accord.ingest.pages import read_url

    options = options or ReaderOptions()
    with Fetcher(options) as fetcher:
        for item in map(str, inputs):
            if item == "-":
                yield from read_stdin(options, fetcher)
            elif is_url(item):
                yield from read_url(item, options, fetcher)
            else:
                yield from read_path(Path(item), options, fetcher)


def __getattr__(name: str):
    if name == "NearDuplicateIndex":
        from accord.ingest.dedupe import NearDuplicateIndex

        return NearDuplicateIndex
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
