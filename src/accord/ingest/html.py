"""Main text, title, date and site name of an HTML page, via trafilatura."""

from __future__ import annotations

import trafilatura

from accord.model import Document


def document_from_html(html: str, source: str | None = None, url: str | None = None):
    """A document from an HTML page, or ``None`` when the page holds no article text."""
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, as_dict=True
    )
    if not extracted or not (extracted.get("text") or "").strip():
        return None
    title = extracted.get("title")
    body = extracted["text"].strip()
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    published = (extracted.get("date") or "")[:10] or None
    return Document.from_text(
        text,
        title=title,
        outlet=extracted.get("sitename"),
        published=published,
        url=url or extracted.get("url"),
        source=source or url,
    )
