"""Relative dates ("on Monday", "last week", "today") resolved against the published date.

News reports the past: a bare weekday is the most recent such day on or before
publication. dateparser does the parsing offline; results are cached per
(phrase, published date).
"""

from __future__ import annotations

import datetime as dt
import warnings
from functools import lru_cache

from accord.data import words

_SETTINGS = {"RETURN_AS_TIMEZONE_AWARE": False}
_SKIP = frozenset(words("grammar", "vague_time_words"))

WEEKDAYS = words("grammar", "weekdays")
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
    parts = phrase.split()
    if parts and parts[0] in ("last", "this", "on", "past") and len(parts) == 2:
        parts = parts[1:]
    if len(parts) == 1 and parts[0] in WEEKDAYS:
        return weekday_before(parts[0], published)
    return None


def weekday_before(weekday: str, published: dt.date) -> dt.date:
    """The most recent ``weekday`` ("monday" … "sunday") on or before the publication date.

    The one weekday resolver: the date phrases above, the day a quote was said and a
    stance's date all use it. News reports the past, so a bare weekday looks back.
    """
    back = (published.weekday() - WEEKDAYS.index(weekday)) % 7
    return published - dt.timedelta(days=back)


def resolve_day(word: str, published: dt.date | None) -> dt.date | None:
    """A single day word (a weekday, ``today``/``tonight``, ``yesterday``) relative to the
    publication date; unlike :func:`resolve_date` it never calls dateparser."""
    if published is None:
        return None
    lower = word.lower()
    if lower in ("today", "tonight"):
        return published
    if lower == "yesterday":
        return published - dt.timedelta(days=1)
    if lower in WEEKDAYS:
        return weekday_before(lower, published)
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
