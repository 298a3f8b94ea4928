"""Ingest one URL: a web page becomes one document, a feed becomes one per entry."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from accord.ingest.documents import make_document
from accord.ingest.feeds import looks_like_feed, read_feed
from accord.ingest.fetch import Fetcher, Response
from accord.ingest.html import extract_article
from accord.ingest.records import IngestFailure, InputError, ReaderOptions
from accord.model import Document

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})


def read_url(
    url: str,
    options: ReaderOptions,
    fetcher: Fetcher,
    *,
    source: str | None = None,
    record: str | None = None,
) -> Iterator[Document | IngestFailure]:
    """Documents from ``url``. ``source``/``record`` locate it (a URL list and its line);
    by default the URL itself is the source. Failures from a list name the URL in the reason.
    """
    where = source or url
    prefix = f"{url}: " if source else ""
    document_source = f"{source}:{record}" if source and record else where
    try:
        response = fetcher.get(url)
    except InputError as error:
        yield IngestFailure(where, record, f"{prefix}{error}")
        return
    if looks_like_feed(response.content_type, response.body):
        yield from read_feed(response.body, response.url, options, fetcher)
        return
    try:
        yield _page_document(response, options, document_source)
    except InputError as error:
        yield IngestFailure(where, record, f"{prefix}{error}")


def _page_document(response: Response, options: ReaderOptions, source: str) -> Document:
    url = response.url
    if response.content_type == "text/plain":
        decoded = response.decoded(html=False)
        return make_document(
            decoded.text, options, source=source, url=url, encoding=decoded.encoding
        )
    if response.content_type not in HTML_TYPES:
        raise InputError(f"unsupported content type {response.content_type}")
    decoded = response.decoded(html=True)
    article = extract_article(decoded.text, url=url)
    if article is None:
        raise InputError("no article text found in the HTML page")
    article["outlet"] = article.get("outlet") or urlsplit(url).hostname
    return make_document(source=source, options=options, encoding=decoded.encoding, **article)
