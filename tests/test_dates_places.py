"""Dates resolved against the published date; places from the offline gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

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


def test_two_days_of_one_month_are_dated_by_the_first_not_read_as_a_year():
    published = dt.date(2024, 8, 12)
    for phrase in ("August 9 and 10", "on August 9-10", "9 and 10 August"):
        assert resolve_date(phrase, published) == dt.date(2024, 8, 9), phrase


def test_places_resolve_offline_with_country_and_coordinates():
    rafah = resolve_place("Rafah")
    assert rafah is not None and rafah.country == "PSE" and rafah.lat is not None
    assert resolve_place("Cairo").country == "EGY"
    assert resolve_place("the Gaza Strip").country == "PSE"
    assert resolve_place("Nowhereville-on-Sea") is None


def test_a_common_word_in_lower_case_is_no_place_though_a_town_bears_it():
    for word in ("the deal", "mission", "police", "alliance", "of", "northern region"):
        assert resolve_place(word) is None, word
    assert resolve_place("Mission").country == "USA"  # the written name still resolves


def test_a_month_a_weekday_or_a_function_word_is_no_place_though_a_town_bears_it(nlp):
    for word in ("March", "Mar", "Sunday", "To", "Than", "Most"):
        assert resolve_place(word) is None, word
    doc = nlp("The Volta Front launched an offensive in March.")
    assert [(e.source, e.action, e.target) for e in doc._.accord.events] == [
        ("VOLTA_FRONT", "ASSAULT", None)
    ]


def test_staff_of_a_mission_are_not_placed_in_a_town_named_mission(nlp):
    doc = nlp("Officials of the mission said the convoy had left.")
    assert not [m for m in doc._.accord.mentions if m.rule == "located"]


def test_weekdays_point_back_in_the_past_tense_and_forward_in_the_future():

    from accord.resolve.dates import resolve_date, resolve_day

    monday = dt.date(2024, 5, 6)
    assert resolve_date("on Tuesday", monday) == dt.date(2024, 4, 30)
    assert resolve_date("on Tuesday", monday, future=True) == dt.date(2024, 5, 7)
    assert resolve_date("Monday", monday, future=True) == monday
    assert resolve_date("next Thursday", monday) == dt.date(2024, 5, 9)
    assert resolve_date("last Thursday", monday, future=True) == dt.date(2024, 5, 2)
    assert resolve_day("tomorrow", monday) == dt.date(2024, 5, 7)
    assert resolve_day("Friday", monday, future=True) == dt.date(2024, 5, 10)


@pytest.mark.slow
def test_a_planned_stance_is_dated_forward():

    from accord.report import analyze

    text = (
        "Truce talks resume\n"
        "Hamas said its delegation will head to Cairo on Tuesday for talks with Egyptian "
        "mediators on the ceasefire proposal.\n"
        "The Israeli delegation left Cairo on Thursday after the talks ended, officials said.\n"
    )
    report = analyze(text, outlet="Wire", published="2024-05-06")  # a Monday
    dates = {(s.party, s.stance): s.date for s in report.stances}
    assert dates[("HAMAS", "attending")] == dt.date(2024, 5, 7)
    assert dates[("ISR.GOV", "withdrew")] == dt.date(2024, 5, 2)


def test_only_a_phrase_naming_one_day_dates_an_event():
    from accord.resolve.dates import day_of, names_a_day

    monday = dt.date(2024, 5, 6)
    assert names_a_day("May 31") and names_a_day("31st of May") and names_a_day("yesterday")
    assert not names_a_day("March 2022") and not names_a_day("last week")
    assert not names_a_day("earlier this month") and not names_a_day("2022")
    assert day_of("Friday evening", monday) == dt.date(2024, 5, 3)
    assert day_of("Friday evening", monday, future=True) == dt.date(2024, 5, 10)
    assert day_of("late yesterday", monday) == dt.date(2024, 5, 5)
    assert day_of("two days ago", monday) == dt.date(2024, 5, 4)
    assert day_of("in March 2022", monday) is None


@pytest.mark.slow
def test_the_day_of_a_clause_skips_bounds_datelines_and_other_clauses(nlp):
    from accord.resolve.dates import clause_day

    monday = dt.date(2024, 5, 6)

    def day(text, word, **options):
        doc = nlp(text)
        return clause_day(next(t for t in doc if t.text == word), monday, **options)

    assert day("The first round since April 2021 took place in Geneva.", "took") is None
    assert day("Nairobi, May 4 – The army said it had sent envoys to Geneva.", "sent") is None
    assert day("The minister said on Friday that the envoys left on Sunday.", "left") == (
        dt.date(2024, 5, 5)
    )
    assert day("The minister said on Friday that the envoys had left.", "left") == (
        dt.date(2024, 5, 3)
    )
    text = (
        "Armenia and Azerbaijan have decided to resume their talks to reach a settlement as "
        "set out in the memorandum signed in Paris on August 13, 2021."
    )
    assert day(text, "resume") is None  # the date of a clause below it dates the memorandum
    text = "The envoys left for Geneva, the agency said, citing a communique released on Friday."
    assert day(text, "left", reach=1) is None
    assert day(text, "left") == dt.date(2024, 5, 3)


@pytest.mark.slow
def test_events_are_dated_by_the_same_resolver(nlp):
    from accord.report import analyze

    def dates(text):
        report = analyze(text, outlet="Wire", published="2024-05-06", nlp=nlp)  # a Monday
        return [e.date for e in report.events]

    assert dates("Russian forces shelled Kharkiv on Friday, Ukraine said.") == [dt.date(2024, 5, 3)]
    assert dates("Russian forces have shelled Kharkiv since March 2022, Ukraine said.") == [None]


def test_a_city_is_found_under_its_other_latin_spellings():
    from accord.resolve.places import resolve_place

    assert resolve_place("Jenin").country == "PSE"  # listed as "Janīn"
    assert resolve_place("Khan Younis").country == "PSE"  # listed as "Khān Yūnis"
    assert resolve_place("Wad Madani").country == "SDN"  # listed as "Wad Medani"
    assert resolve_place("Carcovia") is None  # another language's name for Kharkiv is not kept


def test_regions_are_places_but_plain_words_are_not():
    from accord.resolve.places import resolve_place

    assert resolve_place("Balochistan").country == "PAK"  # a subdivision, from pycountry
    assert resolve_place("Tigray").country == "ETH"  # the spelling news uses, from places.tsv
    assert resolve_place("Southern") is None  # a region named by a plain word is left out
