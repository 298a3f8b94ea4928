"""Data files (lexicons, gazetteers, patterns) and their loader.

Lexicons live as YAML/JSON/TSV files under this package so that they are
reviewed like code and shipped with the wheel. ``load_data("actors/countries")``
finds ``actors/countries.yaml`` (or ``.yml``/``.json``/``.tsv``) and parses it
once per process.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent
_SUFFIXES = (".yaml", ".yml", ".json", ".tsv")


#: libyaml's parser where PyYAML was built with it (seven times faster on the lexicons),
#: else the pure-Python one; both build the same objects.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):
    """YAML 1.2 booleans: only true/false are booleans, so lexicon words such as "on",
    "off", "yes" and "no" stay words."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


class DataFileMissing(FileNotFoundError):
    """No data file of that name ships with accord."""


def data_path(name: str) -> Path:
    """The file a data name refers to (``events/assault`` → ``events/assault.yaml``)."""
    candidate = DATA_DIR / name
    if candidate.suffix in _SUFFIXES and candidate.is_file():
        return candidate
    for suffix in _SUFFIXES:
        path = candidate.with_name(candidate.name + suffix)
        if path.is_file():
            return path
    raise DataFileMissing(f"no data file named {name!r} under {DATA_DIR}")


@cache
def load_data(name: str):
    """Parse a data file: YAML/JSON → Python objects, TSV → list of rows (``#`` = comment)."""
    path = data_path(name)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    if path.suffix == ".tsv":
        return [
            line.split("\t")
            for line in text.splitlines()
            if line.strip() and not line.startswith("#")
        ]
    return yaml.load(text, Loader=_Loader)  # noqa: S506 (a SafeLoader subclass)


def data_names(folder: str) -> list[str]:
    """Names of the data files in a folder (``events`` → ``["events/accuse", ...]``)."""
    return sorted(
        f"{folder}/{path.stem}"
        for path in (DATA_DIR / folder).iterdir()
        if path.suffix in _SUFFIXES
    )


@cache
def words(lexicon: str, name: str) -> tuple[str, ...]:
    """One word list from ``data/lexicon/<lexicon>.yaml`` (parsed once, cached).

    Modules wrap it as they use it: ``frozenset(words("grammar", "negations"))``
    for membership tests, the tuple itself where order matters (weekdays).
    """
    lists = load_data(f"lexicon/{lexicon}")
    if name not in lists:
        raise KeyError(f"no word list {name!r} in data/lexicon/{lexicon}.yaml")
    return tuple(lists[name])
