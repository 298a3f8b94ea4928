"""Relative dates ("on Monday", "last week", "today") resolved against the published date.

News mostly reports the past, so a bare weekday is the most recent such day on or before
publication; but a weekday in a future clause ("will head to Cairo on Tuesday") is the
next such day on or after it. The caller says which (``future``): tense belongs to the
clause, read by :func:`accord.nlp.tense.is_future`. dateparser does the rest offline;
results are cached per (phrase, published date, direction).
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


def _weekday_or_relative(
    phrase: str, published: dt.date | None, future: bool = False
) -> dt.date | None:
    """The common cases without dateparser: "today", "yesterday", "Monday", "last Monday",
    "next Monday"."""
    if published is None:
        return None
    if phrase in _OFFSETS:
        return published + dt.timedelta(days=_OFFSETS[phrase])
    parts = phrase.split()
    if len(parts) == 2 and parts[0] in ("last", "past"):
        return weekday_before(parts[1], published) if parts[1] in WEEKDAYS else None
    if len(parts) == 2 and parts[0] in ("next", "coming"):
        return weekday_after(parts[1], published) if parts[1] in WEEKDAYS else None
    if parts and parts[0] in ("this", "on") and len(parts) == 2:
        parts = parts[1:]
    if len(parts) == 1 and parts[0] in WEEKDAYS:
        return weekday_toward(parts[0], published, future)
    return None


def weekday_toward(weekday: str, published: dt.date, future: bool = False) -> dt.date:
    """The one weekday resolver: the ``weekday`` ("monday" … "sunday") a clause means,
    looking back from the publication date in the past tense and forward in the future."""
    return weekday_after(weekday, published) if future else weekday_before(weekday, published)


def weekday_before(weekday: str, published: dt.date) -> dt.date:
    """The most recent ``weekday`` on or before the publication date."""
    back = (published.weekday() - WEEKDAYS.index(weekday)) % 7
    return published - dt.timedelta(days=back)


def weekday_after(weekday: str, published: dt.date) -> dt.date:
    """The next ``weekday`` on or after the publication date."""
    ahead = (WEEKDAYS.index(weekday) - published.weekday()) % 7
    return published + dt.timedelta(days=ahead)


def resolve_day(word: str, published: dt.date | None, future: bool = False) -> dt.date | None:
    """A single day word (a weekday, ``today``/``tonight``, ``yesterday``) relative to the
    publication date; unlike :func:`resolve_date` it never calls dateparser."""
    if published is None:
        return None
    lower = word.lower()
    if lower in ("today", "tonight"):
        return published
    if lower == "yesterday":
        return published - dt.timedelta(days=1)
    if lower == "tomorrow":
        return published + dt.timedelta(days=1)
    if lower in WEEKDAYS:
        return weekday_toward(lower, published, future)
    return None


@lru_cache(maxsize=4096)
def resolve_date(text: str, published: dt.date | None, future: bool = False) -> dt.date | None:
    """The calendar date a date phrase refers to, or None when it names no single day;
    ``future`` when the clause it sits in is in the future tense."""
    phrase = " ".join(text.split()).lower()
    for prefix in ("on ", "since ", "by ", "from ", "until "):
        if phrase.startswith(prefix):
            phrase = phrase[len(prefix) :]
    if not phrase or phrase in _SKIP:
        return None
    quick = _weekday_or_relative(phrase, published, future)
    if quick is not None:
        return quick
    import dateparser  # imported lazily: it loads its language data on first use

    base = dt.datetime.combine(published, dt.time(12)) if published else None
    settings = dict(_SETTINGS, **({"RELATIVE_BASE": base} if base else {}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
