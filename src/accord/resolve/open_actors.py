"""Actors no gazetteer lists: ids, kinds and countries for the groups a text names.

A gazetteer will never list every armed group, party, militia or movement. When a text
names one ("the National Liberation Army (ELN)", "the Arakan Army, an ethnic armed
group"), accord still codes it:

* its id is its acronym ("ELN", "M23") or, without one, its normalised name
  ("ARAKAN_ARMY"), so the same group gets the same id in every document;
* its kind (armed group, party, movement, authority) comes from the words of its name
  and of its description;
* its country is the one the document's state actors belong to most often (the
  government it fights or negotiates with, the place it operates in).

A name the gazetteer resolves is never minted, and a name is minted whole: a new group
never takes a known group's id because the two names share a word.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from accord.data import load_data
from accord.resolve.actors import gazetteer, outlet_heads, resolve_phrase, scan_names

_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9-]{0,9}[A-Z0-9]$")


@dataclass(frozen=True)
class OpenWorldVocabulary:
    heads: frozenset[str]
    not_actor_heads: frozenset[str]  # "Line of Control (LoC)": a place's name
    kinds: dict[str, str]
    connectors: frozenset[str]
    not_names: frozenset[str]
    state_body_modifiers: frozenset[str]
    state_force_heads: frozenset[str]
    state_government_heads: frozenset[str]
    state_command_modifiers: frozenset[str]
    outlet_words: frozenset[str]  # as written: "News", "Press"
    naming_nouns: frozenset[str]  # "the armed group <name>"


@cache
def vocabulary() -> OpenWorldVocabulary:
    spec = load_data("actors/open_world")
    return OpenWorldVocabulary(
        heads=frozenset(w.lower() for w in spec["heads"]),
        not_actor_heads=frozenset(w.lower() for w in spec["not_actor_heads"]),
        kinds={word.lower(): kind for kind, words in spec["kinds"].items() for word in words},
        connectors=frozenset(w.lower() for w in spec["connectors"]),
        not_names=frozenset(w.lower() for w in spec["not_names"]),
        state_body_modifiers=frozenset(w.lower() for w in spec["state_body_modifiers"]),
        state_force_heads=frozenset(w.lower() for w in spec["state_force_heads"]),
        state_government_heads=frozenset(w.lower() for w in spec["state_government_heads"]),
        state_command_modifiers=frozenset(w.lower() for w in spec["state_command_modifiers"]),
        outlet_words=frozenset(spec["outlet_words"]),
        naming_nouns=frozenset(w.lower() for w in spec["naming_nouns"]),
    )


#: Prepositions after a name's head ("Line of Control", "Committee for Prisoners' Affairs").
NAME_PREPOSITIONS = frozenset({"of", "for", "on"})


@dataclass
class MintedActor:
    """A group accord coded without a gazetteer entry, with what the text said of it."""

    id: str
    name: str
    acronym: str | None = None
    kind: str | None = None
    country: str | None = None
    aliases: set[str] = field(default_factory=set)


def is_acronym(text: str) -> bool:
    """ "ELN", "M23", "TPLF", "SPLM-IO": short, starting and ending in a capital or digit, and
    mostly capitals."""
    if not _ACRONYM.match(text):
        return False
    capitals = sum(ch.isupper() or ch.isdigit() for ch in text)
    return capitals >= max(2, len(text) - 1)


def slug(text: str) -> str:
    """Upper-case id of a name or acronym: "Arakan Army" → "ARAKAN_ARMY", "SPLM-IO" →
    "SPLM_IO"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"^(?:the|The)\s+", "", ascii_text)
    ascii_text = re.sub(r"['’]s\b", "", ascii_text)
    return re.sub(r"[^A-Za-z0-9]+", "_", ascii_text).strip("_").upper()


def mint_id(name: str, acronym: str | None) -> str:
    return slug(acronym) if acronym else slug(name)


def is_organisation_name(words: list[str]) -> bool:
    """A capitalised name whose last word is an organisation head ("Arakan Army") or an
    outlet's ("Accra Times")."""
    vocab = vocabulary()
    if len(words) < 2 or words[0].lower() in vocab.not_names:
        return False
    if words[-1].lower() not in vocab.heads and not is_outlet_name(words):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in vocab.connectors for w in words)


def names_no_actor(words: list[str]) -> bool:
    """A name whose head names a place, a work or a forum ("Line of Control", "Geneva
    International Discussions"): no actor, whatever acronym follows it. The head is the
    word before the first "of", "for" or "on", else the last word."""
    lowered = [w.lower() for w in words]
    cut = next((i for i, w in enumerate(lowered) if i and w in NAME_PREPOSITIONS), len(lowered))
    return cut > 0 and lowered[cut - 1] in vocabulary().not_actor_heads


def is_outlet_name(words: list[str]) -> bool:
    """A name ending in a news outlet's title word ("the Accra Times", "Lome Daily News") or
    holding a word only outlets' names hold ("the African News Agency")."""
    return len(words) >= 2 and (
        words[-1] in outlet_heads() or any(word in vocabulary().outlet_words for word in words)
    )


def kind_of(words: Iterable[str]) -> str | None:
    """The kind the words of a name and its description point to: an armed word wins; a
    labour word wins over a movement's ("the Trades Union Congress" is a union) but not over
    a party's ("the Workers' Party"); else the last kind word."""
    kinds = vocabulary().kinds
    found = [kinds[w.lower()] for w in words if w.lower() in kinds]
    if "armed_group" in found:
        return "armed_group"
    if "labour" in found and "party" not in found:
        return "labour"
    return found[-1] if found else None


def is_state_force(words: list[str]) -> bool:
    """ "the Northeastern Regional Military Command", "the Armed Forces": a command or the
    whole of a state's armed forces, named by generic words alone."""
    vocab = vocabulary()
    return (
        len(words) >= 2
        and words[-1].lower() in vocab.state_force_heads
        and all(w.lower() in vocab.state_command_modifiers for w in words[:-1])
    )


def is_state_government(words: list[str]) -> bool:
    """ "the Transitional Government of National Unity": a name headed (before any "of") by a
    word for a sitting government."""
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return len(words) >= 2 and head.lower() in vocabulary().state_government_heads


def is_known(name: str) -> bool:
    """The gazetteer already names it (as an organisation, or a state body such as
    "the Sudanese Armed Forces"). A state body is read only from a name made of the state's
    and the body's own words: "the Free Syrian Army" is another group, not Syria's army."""
    actor = resolve_phrase(name)
    if actor is None:
        return False
    if "." not in actor:
        return True
    words = name.split()
    named = {i for start, end, _ in scan_names(words) for i in range(start, end)}
    rest = {w.lower() for i, w in enumerate(words) if i not in named and w[:1].isupper()}
    return rest <= state_body_words()


@cache
def state_body_words() -> frozenset[str]:
    """Words a state body's name is made of besides the state's: sector words ("Armed
    Forces", "National Army", "Defence Force") and a few modifiers ("Royal")."""
    gaz = gazetteer()
    sector_words = {word for phrase in gaz.sector_of for word in phrase.split()}
    return frozenset(sector_words | vocabulary().state_body_modifiers)


def context_country(actor_ids: Iterable[str | None]) -> str | None:
    """The country a document's state actors belong to most often."""
    countries = Counter(actor.split(".")[0] for actor in actor_ids if actor and "." in actor)
    return countries.most_common(1)[0][0] if countries else None
