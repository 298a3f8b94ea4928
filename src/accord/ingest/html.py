"""Main text, title, date and site name of an HTML page, via trafilatura."""

from __future__ import annotations

from typing import Any

import trafilatura

from accord.model import Document

# When a page has no article, trafilatura falls back to whatever text it finds (menus,
# link lists, cookie notices); such leftovers are a few words, an article is sentences.
MIN_ARTICLE_WORDS = 15


def extract_article(html: str, url: str | None = None) -> dict[str, Any] | None:
    """The article in an HTML page as document fields, or ``None`` when it holds no article text.

    The title leads the text (as the headline line of a plain-text article does) so the
    pipeline sees the headline; ``published`` is the ISO date trafilatura found.
    """
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    extracted = result.as_dict() if result is not None else {}
    body = (extracted.get("text") or "").strip()
    if len(body.split()) < MIN_ARTICLE_WORDS:
        return None
    title = extracted.get("title")
    return {
        "text": f"{title}\n{body}" if title and not body.startswith(title) else body,
        "title": title,
        "outlet": extracted.get("sitename"),
        "published": (extracted.get("date") or "")[:10] or None,
        "url": url or extracted.get("url"),
    }


def document_from_html(html: str, source: str | None = None, url: str | None = None):
    """A document from an HTML page, or ``None`` when the page holds no article text."""
    article = extract_article(html, url=url)
    if article is None:
        return None
    return Document.from_text(article.pop("text"), source=source or url, **article)
