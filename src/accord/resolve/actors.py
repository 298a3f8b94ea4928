"""Map a phrase to accord's neutral actor id ("the White House" → ``USA.GOV``).

The gazetteer comes from data files under ``accord/data/actors``: every country from
pycountry plus the demonyms, capitals and short names news uses
(``countries.tsv``), state institutions and non-state organisations with the
aliases every side uses for them (``organisations.yaml``), head nouns that give
a sector (``sectors.yaml``) and a few well-known office-holders
(``officeholders.tsv``).

Resolution of a phrase, in order:

1. the whole phrase is a known name ("Reuters", "the Zionist entity");
2. ``X of Y`` / ``X for Y`` with a title or sector head ("the head of Hamas' Political
   Bureau") resolves Y and keeps X's sector;
3. a possessor ("the movement's Media Office", "Israel's army") resolves the possessor
   and takes the sector from the possessed head;
4. otherwise the longest known names inside the phrase, combined with the sector of
   the head noun ("a senior Israeli official" → ISR.GOV, "Egyptian intelligence" →
   EGY.SPY). A head that is not a political actor ("an Israeli company", "the national
   team") gives None, except a team with a negotiation marker or a delegation sense ("the
   Israeli negotiating team" → ISR.GOV, "the Hamas technical team" → HAMAS,
   "the Ukrainian delegation's team" → UKR.GOV).

A country or demonym with no sector noun acts as its government (``GOV``); a people
("Palestinians") is the bare code.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

import pycountry

from accord.data import load_data, words

_QUOTES = '"“”«»„‟‹›`´'
_LEADING = frozenset(words("grammar", "leading_words"))
_LINKS = (" of ", " for ", " to ", " at ", " in ")
_CLITIC = re.compile(r" ('s?)(?= |$)")
#: Kinds of name for a country itself, as a place or a people ("Serbia", "Belgrade",
#: "Serbian"): news always capitalises them (in lower case they are other words), and they
#: name no body of the state (they are its government only by default).
COUNTRY_NAME_KINDS = frozenset({"country", "demonym", "people", "capital"})
STATE_KINDS = COUNTRY_NAME_KINDS | {"state"}


@dataclass(frozen=True)
class Entry:
    """One gazetteer name: the actor it names and what kind of name it is."""

    actor: str
    kind: str  # country | demonym | people | capital | state | armed_group | party | igo | ...
    weak: bool = False

    @property
    def country(self) -> str | None:
        return self.actor.split(".")[0] if self.kind in STATE_KINDS else None


def is_exact_case(alias: str) -> bool:
    """Short or all-capital aliases ("US", "PA", "WHO") must match with their case."""
    letters = alias.replace(".", "").replace("-", "")
    return len(letters) <= 3 or letters.isupper()


def normalise(text: str) -> str:
    """Lower case, curly apostrophes straightened, quote marks and outer punctuation removed."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    text = text.translate({ord(mark): " " for mark in _QUOTES})
    text = re.sub(r"\[|\]|\(|\)", " ", text)
    text = " ".join(text.split()).strip(" ,;:!?")
    text = re.sub(r"^'+|'+$", "", text) if not text.endswith("s'") else text.lstrip("'")
    return text.lower()


#: The organisation kinds of non-state groups. ``accord eval --unlisted-groups`` builds the
#: gazetteer without them, so every group is coded as one no list names (the open world).
GROUP_KINDS = ("armed_group", "movement", "authority", "party")
#: Organisation kinds the gazetteer leaves out (comma-separated), for that measure.
UNLISTED_KINDS_ENV = "ACCORD_GAZETTEER_UNLISTED"


class Gazetteer:
    """Names → actors, head nouns → sectors; built once per process from the data files.

    ``unlisted`` names organisation kinds left out, with the office-holders who act for
    them: the measure of how well accord codes the groups no list names."""

    def __init__(self, unlisted: frozenset[str] = frozenset()) -> None:
        self.names: dict[str, Entry] = {}  # lower-cased name → entry
        self.exact: dict[str, Entry] = {}  # case-sensitive short names ("US", "PA")
        self.capitals: dict[str, str] = {}  # lower-cased capital → alpha-3
        self.unlisted_ids: set[str] = set()
        self._load_countries()
        self._load_organisations(unlisted)
        self._load_people()
        sectors = load_data("actors/sectors")
        self.sector_of: dict[str, str] = {
            phrase.lower(): sector
            for sector, phrases in sectors["sectors"].items()
            for phrase in phrases
        }
        self.non_actor: set[str] = {word.lower() for word in sectors["non_actor_heads"]}
        self.splinter: set[str] = {word.lower() for word in sectors["splinter_words"]}
        self.place_heads: set[str] = {word.lower() for word in sectors["place_heads"]}
        self.generic_persons: set[str] = {w.lower() for w in sectors["generic_person_heads"]}
        self.specific_sectors: set[str] = set(sectors["specific_state_sectors"])
        self.member_heads: set[str] = {word.lower() for word in sectors["member_heads"]}
        self.titles: set[str] = {word.lower() for word in sectors["titles"]}
        self.political_titles: set[str] = {w.lower() for w in sectors["political_titles"]}
        self.envoy_titles: set[str] = {w.lower() for w in sectors["envoy_titles"]}
        self.business: set[str] = {word.lower() for word in sectors["business_words"]}
        self.unresolved_heads: set[str] = {w.lower() for w in sectors["unresolved_heads"]}
        bodies = sectors["negotiating_bodies"]
        self.body_heads: set[str] = {w.lower() for w in bodies["heads"]}
        self.body_markers: set[str] = {w.lower() for w in bodies["markers"]}
        self.backing: set[str] = {w.lower() for w in sectors["backing_participles"]}
        self.running: set[str] = {w.lower() for w in sectors["running_participles"]}
        self.language_words: set[str] = {w.lower() for w in sectors["language_words"]}
        #: words after a hyphen that make the name before them no actor of the phrase: a
        #: backer ("Iran-backed") or a language ("French-speaking")
        self.hyphen_qualifiers: frozenset[str] = frozenset(self.backing | self.language_words)
        #: words before a hyphen that make the name after them no actor ("anti-Russian")
        self.hyphen_prefixes: frozenset[str] = frozenset(
            w.lower() for w in sectors["hyphen_prefixes"]
        )
        self.divisions: set[str] = {w.lower() for w in sectors["administrative_divisions"]}
        #: parts of the world named with a state's name inside ("Latin America"): their
        #: words, by their first word
        self.region_names: dict[str, list[tuple[str, ...]]] = {}
        for name in load_data("actors/world_regions")["region_names"]:
            region = tuple(name.lower().split())
            self.region_names.setdefault(region[0], []).append(region)
        self.descriptions: dict[str, str] = {
            noun: kind for kind, nouns in sectors["descriptions"].items() for noun in nouns
        }
        #: heads that describe an organisation with one of their modifiers ("world body")
        self.qualified_organisations: dict[str, frozenset[str]] = {
            head: frozenset(m.lower() for m in modifiers)
            for head, modifiers in sectors["qualified_organisation_heads"].items()
        }
        #: nouns for the people who speak for an actor ("official", "source", "spokesman")
        self.speaker_heads: set[str] = {
            noun for noun, kind in self.descriptions.items() if kind in ("source", "person")
        }

    @cached_property
    def organisation_kinds(self) -> dict[str, str]:
        """Actor id → kind (armed_group, igo, media …) of every organisation listed."""
        kinds: dict[str, str] = {}
        for entry in [*self.names.values(), *self.exact.values()]:
            if entry.kind not in STATE_KINDS and entry.kind != "person":
                kinds.setdefault(entry.actor, entry.kind)
        return kinds

    def takes_modifier_sector(self, head: str) -> bool:
        """Does a noun with no sector of its own take its modifier's ("rebel groups",
        "military officials")? Only one for people or a body: never a thing or an act
        ("a drone strike", "military operations")."""
        head = head.lower()
        return (
            head in self.member_heads
            or head in self.generic_persons
            or head in self.descriptions
            or head in self.titles
        )

    # --- building --------------------------------------------------------------------
    def add(self, alias: str, entry: Entry) -> None:
        alias = " ".join(alias.replace("’", "'").split())
        if not alias:
            return
        if is_exact_case(alias):
            self.exact.setdefault(alias, entry)
        else:
            self.names.setdefault(alias.lower(), entry)

    def _load_countries(self) -> None:
        for row in load_data("actors/countries"):
            code, demonyms, capitals, names = (row + ["", "", "", ""])[:4]
            for name in filter(None, names.split(",")):
                self.add(name.strip(), Entry(f"{code}.GOV", "country"))
            for demonym in filter(None, demonyms.split(",")):
                demonym = demonym.strip()
                plural = demonym.endswith("s") and not demonym.endswith(("ss", "ese"))
                kind = "people" if plural else "demonym"
                self.add(demonym, Entry(code if plural else f"{code}.GOV", kind))
            for capital in filter(None, capitals.split(",")):
                self.capitals[capital.strip().lower()] = code
                self.add(capital.strip(), Entry(f"{code}.GOV", "capital"))
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                name = getattr(country, attr, None)
                if name and "," not in name:
                    self.add(name, Entry(f"{country.alpha_3}.GOV", "country"))

    def _load_organisations(self, unlisted: frozenset[str]) -> None:
        self.plover: dict[str, str] = {}
        for org in load_data("actors/organisations"):
            kind = org.get("kind", "organisation")
            if kind in unlisted:
                self.unlisted_ids.add(org["id"])
                continue
            default = {"igo": "IGO", "ngo": "NGO"}.get(kind)
            if org.get("plover") or default:
                self.plover.setdefault(org["id"], org.get("plover") or default)
            for alias in org.get("aliases", []):
                self.add(alias, Entry(org["id"], kind))
            for alias in org.get("weak", []):
                alias = alias[4:] if alias.lower().startswith("the ") else alias
                self.add(alias, Entry(org["id"], kind, weak=True))

    def _load_people(self) -> None:
        for name, actor in load_data("actors/officeholders"):
            if actor.strip() not in self.unlisted_ids:
                self.add(name.strip(), Entry(actor.strip(), "person"))

    # --- lookups ---------------------------------------------------------------------
    def lookup(self, words: list[str]) -> Entry | None:
        """The entry for a run of words (original case), exact-case names first.

        The words come split at possessive clitics ("People 's Army"); names are stored
        whole ("People's Army"), so the clitics are joined back before the lookup.
        """
        phrase = _CLITIC.sub(r"\1", " ".join(words))
        if phrase in self.exact:
            return self.exact[phrase]
        entry = self.names.get(phrase.lower())
        if entry and entry.kind in COUNTRY_NAME_KINDS and phrase[:1].islower():
            return None  # "a turkey", "the jersey", "chad" in a name list: common words
        return entry

    def sector(self, words: list[str]) -> str | None:
        """The sector of the head noun: the longest known phrase ending the words. A generic
        person noun takes the sector of a state body's word before it ("a military
        official" → MIL, "intelligence sources" → SPY)."""
        lowered = [word.lower() for word in words]
        for size in (3, 2, 1):
            if len(lowered) >= size:
                tail = " ".join(lowered[-size:])
                found = self.sector_of.get(tail)
                if found is None and size == 1 and tail.endswith("s"):
                    found = self.sector_of.get(tail[:-1])
                generic = tail in self.generic_persons
                if found in (None, "GOV") and generic and len(lowered) > size:
                    before = self.sector(lowered[:-size])
                    if before in self.specific_sectors:
                        return before
                if found is not None:
                    return found
        return None

    def negotiating_body(self, head: str, modifiers: list[str]) -> bool:
        """Is a non-actor head a negotiating body ("negotiating team", "delegation's team")?

        ``modifiers`` are the words around the head (pre-modifiers, a possessor, an "of"
        complement); hyphenated words count by their parts ("expert-level").
        """
        if head.lower() not in self.body_heads:
            return False
        parts = {part for word in modifiers for part in word.lower().split("-")}
        return not parts.isdisjoint(self.body_markers)

    def is_title(self, words: list[str]) -> bool:
        lowered = [word.lower() for word in words]
        return any(" ".join(lowered[-size:]) in self.titles for size in (3, 2, 1))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    unlisted = os.environ.get(UNLISTED_KINDS_ENV, "")
    return Gazetteer(frozenset(kind.strip() for kind in unlisted.split(",") if kind.strip()))


@contextmanager
def groups_unlisted() -> Iterator[None]:
    """Within the block the gazetteer lists no non-state group (``GROUP_KINDS``), so each is
    coded as a group no list names: the open-world measure of ``accord eval
    --unlisted-groups``. Build the pipeline inside the block; the lookups made from the
    gazetteer are rebuilt on the way in and on the way out."""
    previous = os.environ.get(UNLISTED_KINDS_ENV)
    os.environ[UNLISTED_KINDS_ENV] = ",".join(GROUP_KINDS)
    _forget_lookups()
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(UNLISTED_KINDS_ENV, None)
        else:
            os.environ[UNLISTED_KINDS_ENV] = previous
        _forget_lookups()


#: Cached lookups other modules derive from the gazetteer (see :func:`derived_lookup`).
_DERIVED_LOOKUPS: list = []


def derived_lookup(cached: Callable) -> Callable:
    """Register a cached function whose answers depend on the gazetteer, so that
    :func:`groups_unlisted` clears it with the gazetteer (as a decorator, above
    ``lru_cache``)."""
    _DERIVED_LOOKUPS.append(cached)
    return cached


def _forget_lookups() -> None:
    for lookup in (gazetteer, resolve_phrase, *_DERIVED_LOOKUPS):
        lookup.cache_clear()


def _words(text: str) -> list[str]:
    """Split a normalised phrase into words, keeping "U.S." whole and possessives apart."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    text = text.translate({ord(mark): " " for mark in _QUOTES})
    text = re.sub(r"[\[\]()]", " ", text)
    text = re.sub(r"(\w)'s\b", r"\1 's", text)
    text = re.sub(r"(\w[sz])'(\s|$)", r"\1 ' ", text)
    words = [w.strip(",;:!?") for w in text.split()]
    return [w for w in words if w and w not in ("'",) or w == "'"]


def _strip_leading(words: list[str]) -> list[str]:
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    return words


def entry_actor(entry: Entry, sector: str | None) -> str:
    """Combine a name's entry with the phrase's sector ("Israeli" + MIL → ISR.MIL)."""
    if entry.kind in ("country", "demonym", "capital", "people") and sector:
        return f"{entry.country}.{sector}"
    return entry.actor


def scan_names(words: list[str]) -> list[tuple[int, int, Entry]]:
    """Longest known names inside a phrase, left to right: (start, end, entry)."""
    gaz = gazetteer()
    found, index = [], 0
    while index < len(words):
        region = _region_at(words, index, gaz)
        if region:
            index += region  # "Latin America": no name of a state inside
            continue
        for size in range(min(7, len(words) - index), 0, -1):
            piece = words[index : index + size]
            entry = gaz.lookup(piece)
            if entry is None and size == 1 and "-" in piece[0]:
                parts = [p for p in piece[0].split("-") if p]
                # "Iran-backed", "French-speaking", "anti-Russian": no name of the phrase's
                # actor
                if not any(p.lower() in gaz.hyphen_qualifiers for p in parts[1:]) and not (
                    parts and parts[0].lower() in gaz.hyphen_prefixes
                ):
                    hits = [gaz.lookup([p]) for p in parts]
                    entry = next((h for h in hits if h is not None), None)
            if entry is not None:
                found.append((index, index + size, entry))
                index += size
                break
        else:
            index += 1
    return found


def _region_at(words: list[str], index: int, gaz: Gazetteer) -> int:
    """The number of words of a part of the world's name starting at ``index``, or 0."""
    for region in gaz.region_names.get(words[index].lower(), ()):
        if tuple(w.lower() for w in words[index : index + len(region)]) == region:
            return len(region)
    return 0


def _resolve_words(words: list[str], depth: int = 0) -> str | None:
    gaz = gazetteer()
    words = _strip_leading([w for w in words if w])
    if not words or depth > 3:
        return None
    entry = gaz.lookup(words)
    if entry is not None and not entry.weak:
        return entry.actor
    # "Russia's TASS news agency", "Turkey's Anadolu Agency": a named outlet speaks as
    # itself, never as the state that owns or hosts it
    media = [entry for _, _, entry in scan_names(words) if entry.kind == "media"]
    if media:
        return media[0].actor
    # "X of Y": a title or sector noun heading a complement that names the actor.
    lowered = " " + " ".join(w.lower() for w in words) + " "
    for link in _LINKS:
        cut = lowered.find(link)
        if cut < 0:
            continue
        head_count = len(lowered[:cut].split())
        head, complement = words[:head_count], words[head_count + 1 :]
        if (
            link == " of "
            and head
            and head[-1].lower() in gaz.non_actor
            and not gaz.negotiating_body(head[-1], words)
        ):
            return None  # "the Sea of Japan", "shares of Ghana's airline": no actor
        if link in (" for ", " to ") and head and head[-1].lower() in gaz.envoy_titles:
            # "the UN Special Envoy for Yemen", "Ghana's ambassador to Togo": the office acts
            # for its owner; the state it is sent to is its counterpart
            return _resolve_words(head, depth + 1)
        if head and (gaz.is_title(head) or gaz.sector(head)):
            inner = _resolve_words(complement, depth + 1)
            if inner:
                sector = gaz.sector(head)
                country, _, inner_sector = inner.partition(".")
                # "residents of the Syrian city": the place's country, bare, takes the sector too
                state = inner_sector == "GOV" or not inner_sector and country_of(inner)
                if state and sector and sector != "GOV" and link == " of ":
                    return f"{country}.{sector}"
                return inner
            if link in (" of ", " for "):
                return None
    # "the movement's Media Office", "Israel's army": resolve the possessor.
    for marker in ("'s", "'"):
        if marker in words:
            cut = words.index(marker)
            possessor, possessed = words[:cut], words[cut + 1 :]
            owner = _resolve_words(possessor, depth + 1)
            if owner is None:
                # "Gaza's health ministry": a place that is no actor, whose body the
                # gazetteer lists under the plain compound ("Gaza health ministry")
                entry = gaz.lookup(possessor + possessed)
                return entry.actor if entry is not None and not entry.weak else None
            if not possessed:
                return owner
            own_bodies = [
                entry.actor
                for _, _, entry in scan_names(possessed)
                if entry.actor.split(".")[0] == owner.split(".")[0] and "." in entry.actor
            ]
            if own_bodies:
                return own_bodies[0]  # "Israel's Mossad chief": the named body of that state
            body = gaz.negotiating_body(possessed[-1], words[:-1])
            if possessed[-1].lower() in gaz.non_actor and not body:
                return None
            prefixes = [possessed[: size + 1] for size in range(len(possessed))]
            sector = next((gaz.sector(p) for p in reversed(prefixes) if gaz.sector(p)), None)
            sector = sector or ("GOV" if body else None)  # "the Ukrainian delegation's team"
            if sector is None and not any(gaz.is_title(p) for p in prefixes):
                return None  # "Israel's invasion" is not an actor
            country, _, owner_sector = owner.partition(".")
            if owner_sector and sector and owner_sector == "GOV":
                return f"{country}.{sector}"
            return owner
    if words[-1].lower() in gaz.non_actor and not gaz.negotiating_body(words[-1], words[:-1]):
        return None  # "an Israeli company", "the national team"
    hits = scan_names(words)
    if not hits:
        return None
    sector = gaz.sector(words)
    last_hit_end = max(end for _, end, _ in hits)
    head_is_name = last_hit_end == len(words)
    # a weak name ("the movement", "the Resistance") names its group only in a document
    # that names the group itself: the actors extractor decides that, never a phrase alone
    chosen = [hit for hit in hits if not hit[2].weak]
    if not chosen:
        return None
    organisations = [h for h in chosen if h[2].kind not in STATE_KINDS]
    if organisations:
        return organisations[0][2].actor
    start, end, entry = chosen[0]
    if entry.kind == "state":
        return _state_body(entry, words[end:])
    if head_is_name:
        last = next(hit[2] for hit in chosen if hit[1] == last_hit_end)
        # "US Central Command": the state's own named body heading the phrase, not the state
        own = last.kind == "state" and last.country == entry.country
        return last.actor if own else entry.actor
    if sector is None and entry.country and _place_head(words[last_hit_end:]):
        return entry.country  # "Ukrainian villages", "Israeli territory": the country itself
    return entry_actor(entry, sector or "GOV")


def _place_head(after: list[str]) -> bool:
    """Do the words after a country's name end in a place noun ("border areas", "city")?"""
    lowered = [word.lower() for word in after]
    heads = gazetteer().place_heads
    return bool(lowered) and (" ".join(lowered[-2:]) in heads or lowered[-1] in heads)


def _state_body(entry: Entry, after: list[str]) -> str:
    """A state's named government heading a sector noun: "Syrian regime forces", "Kremlin
    troops" are its military, as "Israel's army" is; its own officials stay the government."""
    sector = gazetteer().sector(after) if after else None
    country, _, own = entry.actor.partition(".")
    if own == "GOV" and sector and sector != "GOV" and country_of(entry.actor):
        return f"{country}.{sector}"
    return entry.actor


@lru_cache(maxsize=65536)
def resolve_phrase(text: str) -> str | None:
    """The actor id a phrase names ("the White House" → USA.GOV), or None.

    Descriptions that need the document ("the official", "it") give None here;
    the actors extractor resolves them by coreference.
    """
    if not text or not text.strip():
        return None
    return _resolve_words(_words(text))


def phrase_entry(text: str) -> Entry | None:
    """The gazetteer entry a whole phrase is (no combination), e.g. for ``Washington``."""
    return gazetteer().lookup(_strip_leading(_words(text)))


def says_ethnic(text: str) -> bool:
    """Does a mention's own wording name people by ethnicity ("ethnic Serbs", "ethnic
    Armenian forces")? Such people live anywhere: the demonym is not their state."""
    return "ethnic" in text.lower().split()


def demonym_country(word: str) -> str | None:
    """The country a national adjective names ("Ghanaian" → ``GHA``), or None."""
    entry = phrase_entry(word)
    if entry is None or entry.kind != "demonym":
        return None
    return country_of(entry.actor)


def plover_code(actor: str | None) -> str | None:
    """PLOVER's actor code: a state actor's country, an organisation's PLOVER code.

    ``ISR.MIL`` → ``ISR``; ``HAMAS`` → ``PSE``; ``UN`` → ``IGO``; ``AMNESTY`` → ``NGO``.
    """
    if not actor:
        return None
    if "." in actor:
        return actor.split(".")[0]
    return gazetteer().plover.get(actor, actor)


#: Sectors of a country's actors that are no part of its state: ``PHL.REB``, the open-world
#: rebels of the Philippines, fight its state.
NON_STATE_SECTORS = frozenset({"REB"})


def side_of(actor: str | None) -> str | None:
    """The side an actor acts for: a state body's country (``ISR.GOV`` → ``ISR``), any
    other actor itself (``HAMAS``, and ``PHL.REB``, which fights the Philippine state)."""
    if actor and "." in actor and actor.split(".")[1] not in NON_STATE_SECTORS:
        return actor.split(".")[0]
    return actor


def sector_of(actor: str | None) -> str | None:
    """The sector of an actor id with one (``ISR.MIL`` → ``MIL``), else None (``HAMAS``)."""
    if not actor or actor.count(".") != 1:
        return None
    return actor.split(".")[1]


def country_of(actor: str | None) -> str | None:
    """The alpha-3 code of a state actor id (``ISR.MIL`` → ``ISR``), else None."""
    if not actor:
        return None
    return actor.split(".")[0] if is_state(actor) else None


def is_state(actor: str) -> bool:
    """Is the id a state's (``ISR``, ``ISR.MIL``)? An organisation's short name can be a
    country's code as well (``BRN`` is also Brunei's, ``NLD`` the Netherlands'): a bare
    id the list gives an organisation is that organisation; with a sector it is a state."""
    code, dot, _ = actor.partition(".")
    if not dot and code in organisation_ids():
        return False
    return (
        len(code) == 3
        and code.isupper()
        and bool(pycountry.countries.get(alpha_3=code))
        or (code == "KOS")
    )


@cache
def organisation_ids() -> frozenset[str]:
    """The ids the list gives organisations (not states)."""
    return frozenset(org["id"] for org in load_data("actors/organisations") if "." not in org["id"])


@cache
def media_ids() -> frozenset[str]:
    """The ids of news media and agencies: relays of what others say, never a party to a
    negotiation, a mediator or the other side of an event."""
    return frozenset(
        org["id"] for org in load_data("actors/organisations") if org.get("kind") == "media"
    )


@cache
def intergovernmental_ids() -> frozenset[str]:
    """The ids of intergovernmental organisations (the UN, the AU, IGAD…)."""
    return frozenset(
        org["id"] for org in load_data("actors/organisations") if org.get("kind") == "igo"
    )


def is_media(actor: str | None) -> bool:
    """A news outlet or agency: listed as media, a state's media sector (``RUS.MED``), or an
    outlet minted from its name (``ACCRA_TIMES``, see ``outlet_heads`` in open_world.yaml)."""
    return bool(actor) and (actor in media_ids() or actor.endswith(".MED") or _minted_outlet(actor))


def is_listed_party(actor: str | None) -> bool:
    """A state or an organisation the list knows, other than a news outlet: it acts and
    speaks for itself even where a sentence reads it as a relay ("the Front accused the
    government …, citing a decree")."""
    return bool(actor) and not is_media(actor) and (is_state(actor) or actor in organisation_ids())


def _minted_outlet(actor: str) -> bool:
    """The id is the slug of a name ending in an outlet's title word ("ACCRA_TIMES")."""
    if "_" not in actor:
        return False
    return actor.rsplit("_", 1)[-1] in _outlet_id_words()


@cache
def outlet_heads() -> frozenset[str]:
    """The last words of a news outlet's name, as written ("Times", "TV"): a name ending in
    one is an outlet's (``outlet_heads`` in open_world.yaml)."""
    return frozenset(load_data("actors/open_world")["outlet_heads"])


@cache
def _outlet_id_words() -> frozenset[str]:
    """The same words as they end a minted id ("TIMES", "TV")."""
    return frozenset(word.upper() for word in outlet_heads())
