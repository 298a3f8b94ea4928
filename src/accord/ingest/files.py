"""Local inputs: files by type, folders (recursively), stdin, and files listing URLs.

A file's suffix picks its reader. A ``.urls`` file is always a list of URLs, one per
line; a ``.txt`` file (or stdin) is read as a URL list when every line that is not
blank or a ``#`` comment is a single http(s) URL, and as an article otherwise.
Stdin is JSONL when its first non-blank character is ``{``.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from accord.ingest.decode import decode_bytes, read_capped
from accord.ingest.documents import make_document
from accord.ingest.feeds import read_feed
from accord.ingest.fetch import Fetcher, is_url
from accord.ingest.html import extract_article
from accord.ingest.pages import read_url
from accord.ingest.records import IngestFailure, InputError, ReaderOptions
from accord.ingest.tables import read_csv, read_jsonl, read_jsonl_stream, read_parquet
from accord.model import Document

Item = Document | IngestFailure
FOLDER_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".jsonl", ".csv", ".parquet"})
TABLE_READERS = {".jsonl": read_jsonl, ".csv": read_csv, ".parquet": read_parquet}
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
HTML_SUFFIXES = frozenset({".html", ".htm"})


def read_path(path: Path, options: ReaderOptions, fetcher: Fetcher) -> Iterator[Item]:
    """Documents from a file or, recursively, a folder given on the command line."""
    if path.is_dir():
        yield from read_folder(path, options, fetcher)
    elif not path.exists():
        yield IngestFailure(str(path), None, "no such file or folder")
    else:
        yield from read_file(path, options, fetcher)


def read_folder(folder: Path, options: ReaderOptions, fetcher: Fetcher) -> Iterator[Item]:
    """Every file with a known suffix under ``folder``, in name order; hidden entries skipped."""
    found = False
    for path in _walk(folder):
        found = True
        yield from read_file(path, options, fetcher)
    if not found:
        known = " ".join(sorted(FOLDER_SUFFIXES))
        yield IngestFailure(str(folder), None, f"no input files ({known}) in the folder")


def _walk(folder: Path) -> Iterator[Path]:
    """Known-suffix files under ``folder``, depth first in name order, never entering hidden
    folders (``.git``, ``.venv``)."""
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(names):
            path = Path(root, name)
            if not name.startswith(".") and path.suffix.lower() in FOLDER_SUFFIXES:
                yield path


def read_file(path: Path, options: ReaderOptions, fetcher: Fetcher) -> Iterator[Item]:
    """Documents from one file, by its suffix; unknown suffixes are read as plain text."""
    suffix = path.suffix.lower()
    if suffix in TABLE_READERS:
        yield from _guarded(path, TABLE_READERS[suffix](path, options))
    elif suffix == ".urls":
        yield from _guarded(path, read_url_list(path, options, fetcher))
    else:
        try:
            with path.open("rb") as stream:
                data = read_capped(stream, options.max_bytes)
            if suffix in FEED_SUFFIXES:
                yield from read_feed(data, str(path), options, fetcher)
                return
            decoded = decode_bytes(data, html=suffix in HTML_SUFFIXES)
        except OSError as error:
            yield IngestFailure(str(path), None, f"cannot read ({error.strerror})")
            return
        except InputError as error:
            yield IngestFailure(str(path), None, str(error))
            return
        yield from read_text(decoded.text, str(path), suffix, options, fetcher, decoded.encoding)


def read_stdin(options: ReaderOptions, fetcher: Fetcher) -> Iterator[Item]:
    """Standard input as JSONL when it starts with ``{`` (streamed line by line, so
    ``cat corpus.jsonl | accord ingest -`` works), else as one article, or as a URL
    list when it holds only URLs."""
    stream = sys.stdin.buffer
    if not hasattr(stream, "peek"):  # stdin replaced by an unbuffered stream
        stream = io.BufferedReader(stream)
    if stream.peek(1).lstrip()[:1] == b"{":
        yield from read_jsonl_stream(stream, "stdin", options)
        return
    try:
        decoded = decode_bytes(read_capped(stream, options.max_bytes))
    except InputError as error:
        yield IngestFailure("stdin", None, str(error))
        return
    yield from read_text(decoded.text, "stdin", ".txt", options, fetcher, decoded.encoding)


def read_text(
    text: str,
    source: str,
    suffix: str,
    options: ReaderOptions,
    fetcher: Fetcher,
    encoding: str | None = None,
) -> Iterator[Item]:
    """Documents from the decoded text of a file whose suffix is ``suffix`` (decoded from
    ``encoding``, which the document records)."""
    if suffix == ".txt" and (urls := _url_lines(text)):
        for number, url in urls:
            yield from read_url(url, options, fetcher, source=source, record=str(number))
        return
    try:
        yield _text_document(text, source, suffix, options, encoding)
    except InputError as error:
        yield IngestFailure(source, None, str(error))


def read_url_list(path: Path, options: ReaderOptions, fetcher: Fetcher) -> Iterator[Item]:
    """Each URL in a ``.urls`` file, read line by line; a line that is no URL is a failure."""
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            try:
                line = raw.decode("utf-8-sig").strip()
            except UnicodeDecodeError as error:
                yield IngestFailure(str(path), str(number), f"invalid UTF-8 at byte {error.start}")
                continue
            if not line or line.startswith("#"):
                continue
            if not is_url(line):
                yield IngestFailure(str(path), str(number), f"not an http(s) URL: {line[:80]}")
                continue
            yield from read_url(line, options, fetcher, source=str(path), record=str(number))


def _url_lines(text: str) -> list[tuple[int, str]]:
    """(line number, URL) for each URL line when all content lines are URLs, else ``[]``."""
    urls = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not is_url(stripped):
            return []
        urls.append((number, stripped))
    return urls


def _text_document(
    text: str, source: str, suffix: str, options: ReaderOptions, encoding: str | None
) -> Document:
    if suffix in HTML_SUFFIXES:
        article = extract_article(text)
        if article is None:
            raise InputError("no article text found in the HTML page")
        return make_document(source=source, options=options, encoding=encoding, **article)
    title = None
    if suffix == ".md":
        text, title = _plain_markdown(text)
    return make_document(text, options, source=source, title=title, encoding=encoding)


def _plain_markdown(text: str) -> tuple[str, str | None]:
    """Markdown with heading marks removed, and the first heading as the title."""
    lines = []
    title = None
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            line = line.lstrip().lstrip("#").strip()
            title = title or line or None
        lines.append(line)
    return "\n".join(lines), title


def _guarded(path: Path, items: Iterator[Item]) -> Iterator[Item]:
    """Pass on a reader's items; an I/O error ends the file with one failure, not a crash."""
    try:
        yield from items
    except OSError as error:
        yield IngestFailure(str(path), None, f"cannot read ({error.strerror or error})")
