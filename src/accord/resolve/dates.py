"""Relative dates ("on Monday", "last week", "today") resolved against the published date.

News reports the past: a bare weekday is the most recent such day on or before
publication. dateparser does the parsing offline; results are cached per
(phrase, published date).
"""

from __future__ import annotations

import datetime as dt
import warnings
from functools import lru_cache

_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
_SKIP = {"the past", "past", "recent", "recently", "years", "decades", "months", "weeks"}


@lru_cache(maxsize=4096)
def resolve_date(text: str, published: dt.date | None) -> dt.date | None:
    """The calendar date a date phrase refers to, or None when it names no single day."""
    phrase = " ".join(text.split()).lower()
    for prefix in ("on ", "since ", "by ", "from ", "until "):
        if phrase.startswith(prefix):
            phrase = phrase[len(prefix):]
    if not phrase or phrase in _SKIP:
        return None
    if published is not None and phrase in ("today", "this morning", "tonight", "this evening"):
        return published
    if published is not None and phrase == published.strftime("%A").lower():
        return published
    import dateparser  # imported lazily: it loads its language data on first use

    base = dt.datetime.combine(published, dt.time(12)) if published else None
    settings = dict(_SETTINGS, **({"RELATIVE_BASE": base} if base else {}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
