"""RSS and Atom feeds: each entry's linked article, or its summary when the link fails."""

from __future__ import annotations

import re
from collections.abc import Iterator

import feedparser

from accord.ingest.documents import make_document
from accord.ingest.fetch import Fetcher
from accord.ingest.html import extract_article
from accord.ingest.records import IngestFailure, InputError, ReaderOptions
from accord.model import Document

FEED_MEDIA_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """A feed by its media type, or by a ``<rss>``, ``<feed>`` or ``<rdf:RDF>`` root near the top.

    Many servers send feeds as ``text/html`` or ``text/plain``, hence the look at the content.
    """
    return content_type in FEED_MEDIA_TYPES or bool(_FEED_ROOT.search(body[:4096]))


def read_feed(
    body: bytes, source: str, options: ReaderOptions, fetcher: Fetcher
) -> Iterator[Document | IngestFailure]:
    """The entries of the feed in ``body`` as documents.

    A document's ``source`` is the feed, its ``url`` the entry's link; a failure's
    ``record`` is the entry id (or link).
    """
    feed = feedparser.parse(body)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        reason = f"no feed entries ({problem})" if problem else "no feed entries"
        yield IngestFailure(source, None, reason.splitlines()[0])
        return
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        record = entry.get("id") or entry.get("link") or f"entry {number}"
        try:
            yield _entry_document(entry, outlet, source, options, fetcher)
        except InputError as error:
            yield IngestFailure(source, record, str(error))


def _entry_document(entry, outlet, source, options, fetcher) -> Document:
    link = entry.get("link")
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    problem = "no link"
    if link and options.fetch_feed_articles:
        article, problem = _linked_article(link, fetcher)
        if article is not None:
            article["outlet"] = article.get("outlet") or outlet
            article["published"] = article.get("published") or published
            article["title"] = article.get("title") or entry.get("title")
            return make_document(
                source=source, options=options, external_id=entry.get("id"), **article
            )
    summary = _summary_text(entry)
    if not summary:
        raise InputError(f"{problem}, and the entry has no summary")
    title = entry.get("title")
    text = f"{title}\n{summary}" if title and not summary.startswith(title) else summary
    return make_document(
        text,
        options,
        source=source,
        title=title,
        outlet=outlet,
        published=published,
        url=link,
        external_id=entry.get("id"),
    )


def _linked_article(link: str, fetcher: Fetcher) -> tuple[dict | None, str]:
    """The article at an entry's link, or ``None`` and why not (then the summary stands in)."""
    try:
        response = fetcher.get(link)
        decoded = response.decoded(html=True)
    except InputError as error:
        return None, f"link failed: {error}"
    article = extract_article(decoded.text, url=response.url)
    if article is None:
        return None, "no article text at the link"
    return {**article, "encoding": decoded.encoding}, ""


def _summary_text(entry) -> str:
    """Plain text of an entry's full content or summary (both may be HTML)."""
    parts = [content.get("value", "") for content in entry.get("content", [])]
    raw = max(parts, key=len) if parts else entry.get("summary", "")
    if "<" in raw:
        import lxml.html

        raw = lxml.html.fromstring(f"<div>{raw}</div>").text_content()
    return "\n".join(line.strip() for line in raw.splitlines() if line.strip())
