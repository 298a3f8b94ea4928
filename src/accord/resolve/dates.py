"""Relative dates ("on Monday", "last week", "today") resolved against the published date.

News mostly reports the past, so a bare weekday is the most recent such day on or before
publication; but a weekday in a future clause ("will head to Cairo on Tuesday") is the
next such day on or after it. The caller says which (``future``): tense belongs to the
clause, read by :func:`accord.nlp.tense.is_future`. dateparser does the rest offline;
results are cached per (phrase, published date, direction).

What an event, a quote or a stance is dated by is one day: :func:`day_of` takes a phrase
only when it names one ("Friday evening", "May 31", "yesterday"), not a stretch ("March
2022", "last week"); :func:`entity_day` also drops the edge of a stretch ("since May 6");
:func:`clause_day` picks, among a sentence's DATE entities, the one of the token's own
clause before one of the clause that governs it, and before any other.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import lru_cache

from spacy.tokens import Span, Token

from accord.data import words
from accord.nlp.docviews import entities_in

_SETTINGS = {"RETURN_AS_TIMEZONE_AWARE": False}
_SKIP = frozenset(words("grammar", "vague_time_words"))

WEEKDAYS = words("grammar", "weekdays")
_BOUNDS = frozenset(words("grammar", "date_bounds"))
_MONTHS = frozenset(words("grammar", "months"))
_DAY_NUMBER = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$")
_NUMERIC_DATE = re.compile(r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4})\b")
_DAYS_AGO = re.compile(r"\b(?:\d+|a|one|two|three|four|five|six) days? ago\b")
#: Two days of one month ("August 9 and 10", "9-10 August"): the second number is no year.
_DAY_PAIR = re.compile(
    r"^(?P<month>[a-z]+)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:and|-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?$"
    r"|^(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s*(?:and|-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?P<month2>[a-z]+)$"
)
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


def preload() -> None:
    """Load dateparser and its English data now (a third of a second) rather than on a
    run's first date phrase."""
    import dateparser

    dateparser.parse("6 May 2024", languages=["en"])


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
    phrase = _first_of_pair(phrase)
    import dateparser  # imported lazily: it loads its language data on first use

    base = dt.datetime.combine(published, dt.time(12)) if published else None
    settings = dict(_SETTINGS, **({"RELATIVE_BASE": base} if base else {}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _first_of_pair(phrase: str) -> str:
    """ "august 9 and 10" → "august 9": a stretch of two days is dated by its first, and
    dateparser would read the second number as a year (2010)."""
    found = _DAY_PAIR.match(phrase)
    if found is None:
        return phrase
    month, day = found["month"] or found["month2"], found["day"] or found["day2"]
    return f"{month} {day}" if month in _MONTHS else phrase


def names_a_day(phrase: str) -> bool:
    """Whether a date phrase names one day: a weekday, a day word ("yesterday", "last
    night"), a month with a day number ("May 31", "31st of May"), a numeric date or "two
    days ago"; "March 2022", "last week" and "earlier this month" name stretches."""
    lower = _first_of_pair(" ".join(phrase.lower().replace(",", " ").split()))
    tokens = lower.split()
    if any(t in WEEKDAYS for t in tokens) or any(day in lower for day in _OFFSETS):
        return True
    if _NUMERIC_DATE.search(lower) or _DAYS_AGO.search(lower):
        return True
    return any(t in _MONTHS for t in tokens) and any(_DAY_NUMBER.match(t) for t in tokens)


def day_of(phrase: str, published: dt.date | None, future: bool = False) -> dt.date | None:
    """The one day a date phrase names ("on Friday evening", "late yesterday", "May 31"),
    resolved against the publication date; None for a stretch of time."""
    if not names_a_day(phrase):
        return None
    lower = " ".join(phrase.lower().split())
    quick = _weekday_or_relative(lower, published, future)
    if quick is not None or published is None:
        return quick if quick is not None else resolve_date(phrase, published, future)
    tokens = lower.split()
    weekday = next((t for t in tokens if t in WEEKDAYS), None)
    if weekday and not re.search(r"\d", lower):  # "Friday evening", "early on Monday"
        if "last" in tokens or "past" in tokens:
            return weekday_before(weekday, published)
        if "next" in tokens or "coming" in tokens:
            return weekday_after(weekday, published)
        return weekday_toward(weekday, published, future)
    day_word = next((w for w in sorted(_OFFSETS, key=len, reverse=True) if w in lower), None)
    if day_word and not re.search(r"\d", lower):  # "late yesterday", "earlier today"
        return published + dt.timedelta(days=_OFFSETS[day_word])
    return resolve_date(phrase, published, future)


def entity_day(ent: Span, published: dt.date | None, future: bool = False) -> dt.date | None:
    """The day a DATE entity dates its clause's event by: None for the edge of a stretch
    ("since March 6", "until Sunday") and for a stretch ("in March 2022")."""
    edge = ent[0].lower_ in _BOUNDS or (ent.root.dep_ == "pobj" and ent.root.head.lower_ in _BOUNDS)
    return None if edge else day_of(ent.text, published, future)


def verb_of(token: Token, steps: int = 8) -> Token:
    """The verb a token's clause is built on (itself when it is one), at most ``steps``
    heads up."""
    node = token
    for _ in range(steps):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            return node
        node = node.head
    return node


_DASHES = frozenset({"–", "—", "-", "--"})


def _dateline_shaped(ent: Span) -> bool:
    """A date in a dateline ("Khartoum, May 6 –", "GENEVA, 3 March (Agency) -"): a few
    words into its sentence after a comma and followed by a dash (or an agency in
    parentheses, then a dash); it dates the filing, not what the sentence tells."""
    sent = ent.sent
    if ent.start - sent.start > 5 or ent.start == sent.start:
        return False
    if ent.doc[ent.start - 1].text != ",":
        return False
    after = [t.text for t in ent.doc[ent.end : min(ent.end + 8, sent.end)]]
    if after and after[0] == "(" and ")" in after:
        after = after[after.index(")") + 1 :]
    return bool(after) and after[0] in _DASHES


def clause_day(
    token: Token, published: dt.date | None, future: bool = False, reach: int = 2
) -> dt.date | None:
    """The day a sentence's DATE entities give the clause of ``token``: an entity of the
    token's own clause ("left on Friday"), else of a clause governing it ("said on Friday
    that they had agreed"), else of another clause that is not one of its own subordinate
    clauses; in the past tense a day after publication is
    not when it happened (``future``: the clause is in the future tense, as
    :func:`accord.nlp.tense.is_future` reads it). ``reach`` 0 keeps the own clause's
    alone, 1 adds the governing clauses'. None when the sentence names no single day."""
    verb = verb_of(token)
    governing = {verb.i} | {a.i for a in verb.ancestors}
    ranked = []
    for ent in entities_in(token.sent):
        if ent.label_ != "DATE" or _dateline_shaped(ent):
            continue
        own = verb_of(ent.root)
        if own.i != verb.i and own.is_ancestor(ent.root) and verb.is_ancestor(own):
            continue  # a clause below the token's dates something else ("a memorandum
            # signed in 2021" in "resumed the talks to reach what the memorandum set")
        rank = 0 if own.i == verb.i else 1 if own.i in governing else 2
        if rank <= reach:
            ranked.append((rank, ent.start, ent))
    for _, _, ent in sorted(ranked, key=lambda r: (r[0], r[1])):
        day = entity_day(ent, published, future)
        if day is not None and (future or published is None or day <= published):
            return day
    return None
