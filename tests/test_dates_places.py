"""Dates resolved against the published date; places from the offline gazetteer."""

from __future__ import annotations

import datetime as dt

from accord.resolve.dates import resolve_date
from accord.resolve.places import resolve_place

PUBLISHED = dt.date(2024, 5, 9)  # a Thursday


def test_weekdays_are_the_latest_such_day_up_to_publication():
    assert resolve_date("on Monday", PUBLISHED) == dt.date(2024, 5, 6)
    assert resolve_date("Thursday", PUBLISHED) == PUBLISHED
    assert resolve_date("last Friday", PUBLISHED) == dt.date(2024, 5, 3)


def test_relative_days():
    assert resolve_date("today", PUBLISHED) == PUBLISHED
    assert resolve_date("yesterday", PUBLISHED) == dt.date(2024, 5, 8)
    assert resolve_date("last week", PUBLISHED) == dt.date(2024, 5, 2)


def test_calendar_dates_and_nonsense():
    assert resolve_date("March 19", dt.date(2026, 3, 9)) == dt.date(2026, 3, 19)
    assert resolve_date("decades", PUBLISHED) is None
    assert resolve_date("", PUBLISHED) is None


def test_places_resolve_offline_with_country_and_coordinates():
    rafah = resolve_place("Rafah")
    assert rafah is not None and rafah.country == "PSE" and rafah.lat is not None
    assert resolve_place("Cairo").country == "EGY"
    assert resolve_place("the Gaza Strip").country == "PSE"
    assert resolve_place("Nowhereville-on-Sea") is None
