"""Relative dates ("on Monday", "last week", "today") resolved against the published date.

News reports the past: a bare weekday is the most recent such day on or before
publication. dateparser does the parsing offline; results are cached per
(phrase, published date).
"""

from __future__ import annotations

import datetime as dt
import warnings
from functools import lru_cache

_SETTINGS = {"RETURN_AS_TIMEZONE_AWARE": False}
_SKIP = {"the past", "past", "recent", "recently", "years", "decades", "months", "weeks"}


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_OFFSETS = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "tonight": 0,
    "this morning": 0,
    "this evening": 0,
    "last night": -1,
    "overnight": 0,
}


def _weekday_or_relative(phrase: str, published: dt.date | None) -> dt.date | None:
    """The common cases without dateparser: "today", "yesterday", "Monday", "last Monday"."""
    if published is None:
        return None
    if phrase in _OFFSETS:
        return published + dt.timedelta(days=_OFFSETS[phrase])
    words = phrase.split()
    if words and words[0] in ("last", "this", "on", "past") and len(words) == 2:
        words = words[1:]
    if len(words) == 1 and words[0] in _WEEKDAYS:
        back = (published.weekday() - _WEEKDAYS.index(words[0])) % 7
        return published - dt.timedelta(days=back)
    return None


@lru_cache(maxsize=4096)
def resolve_date(text: str, published: dt.date | None) -> dt.date | None:
    """The calendar date a date phrase refers to, or None when it names no single day."""
    phrase = " ".join(text.split()).lower()
    for prefix in ("on ", "since ", "by ", "from ", "until "):
        if phrase.startswith(prefix):
            phrase = phrase[len(prefix) :]
    if not phrase or phrase in _SKIP:
        return None
    quick = _weekday_or_relative(phrase, published)
    if quick is not None:
        return quick
    import dateparser  # imported lazily: it loads its language data on first use

    base = dt.datetime.combine(published, dt.time(12)) if published else None
    settings = dict(_SETTINGS, **({"RELATIVE_BASE": base} if base else {}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
