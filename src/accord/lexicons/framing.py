"""The framing lexicon: loaded wording per conflict, read from ``accord/data/framing/``.

Each conflict file lists both sides' vocabulary (see the folder's README). This module
turns the files into :class:`Term` records and a side table, so that the extractor can
say whose vocabulary a marker belongs to when the lexicon leaves it to the context
("terrorists", "liberated", "occupiers" are used by every side about the other).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from accord.data import data_names, load_data

FOLDER = "framing"
GENERIC = "framing/generic"


@dataclass(frozen=True)
class Term:
    """One lexicon entry: a loaded word or phrase and what it stands for."""

    term: str
    match: tuple[str, ...]
    kind: str
    conflict: str
    refers_to: str | None = None  # an actor id, or "context"
    neutral: str | None = None
    aligned_with: str | None = None  # a side, or "opponent" / "referent"
    case_sensitive: bool = False
    lemma: bool = False
    sector: str | None = None
    not_followed_by: frozenset[str] = field(default_factory=frozenset)
    not_preceded_by: frozenset[str] = field(default_factory=frozenset)
    not_within: tuple[str, ...] = ()


@dataclass(frozen=True)
class Head:
    """A head noun that makes "<actor> <head>" a label ("X regime", "X junta")."""

    head: str
    kind: str
    neutral: str
    sector: str


@dataclass
class Lexicon:
    terms: list[Term]
    heads: dict[str, Head]
    not_modifiers: frozenset[str]
    #: conflict → side → actor roots on that side
    sides: dict[str, dict[str, tuple[str, ...]]]

    def side_of(self, actor: str | None, conflict: str | None = None) -> tuple[str, str] | None:
        """(conflict, side) an actor belongs to, preferring ``conflict`` when it knows it."""
        if not actor:
            return None
        candidates = [actor, actor.split(".", 1)[0]]
        order = sorted(self.sides, key=lambda name: name != conflict)
        for name in order:
            for side, members in self.sides[name].items():
                if any(candidate in members for candidate in candidates):
                    return name, side
        return None

    def aligned_with(self, term: Term, referent: str | None) -> str | None:
        """Whose vocabulary a marker is: fixed in the lexicon, or read from its referent."""
        if term.aligned_with not in ("opponent", "referent"):
            return term.aligned_with
        found = self.side_of(referent, term.conflict)
        if found is None:
            return None
        conflict, side = found
        if term.aligned_with == "referent":
            return side
        others = [name for name in self.sides[conflict] if name != side]
        return others[0] if len(others) == 1 else None


def _term(entry: dict, conflict: str) -> Term:
    return Term(
        term=entry["term"],
        match=tuple(str(item) for item in entry.get("match") or [entry["term"]]),
        kind=entry.get("kind", "label"),
        conflict=conflict,
        refers_to=entry.get("refers_to"),
        neutral=entry.get("neutral"),
        aligned_with=entry.get("aligned_with"),
        case_sensitive=bool(entry.get("case_sensitive")),
        lemma=bool(entry.get("lemma")),
        sector=entry.get("sector"),
        not_followed_by=frozenset(entry.get("not_followed_by") or ()),
        not_preceded_by=frozenset(entry.get("not_preceded_by") or ()),
        not_within=tuple(entry.get("not_within") or ()),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """All framing data files, parsed once per process."""
    terms: list[Term] = []
    sides: dict[str, dict[str, tuple[str, ...]]] = {}
    for name in data_names(FOLDER):
        if name == GENERIC:
            continue
        data = load_data(name)
        conflict = data.get("conflict", name.rsplit("/", 1)[-1])
        sides[conflict] = {
            side: tuple(members) for side, members in (data.get("sides") or {}).items()
        }
        terms.extend(_term(entry, conflict) for entry in data.get("terms") or [])
    generic = load_data(GENERIC)
    heads = {
        item["head"]: Head(item["head"], item["kind"], item["neutral"], item["sector"])
        for item in generic.get("heads") or []
    }
    return Lexicon(
        terms=terms,
        heads=heads,
        not_modifiers=frozenset(generic.get("not_modifiers") or ()),
        sides={name: table for name, table in sides.items() if table},
    )


def entry_for_term(surface: str) -> Term | None:
    """The lexicon entry a reported surface form came from (for grouping in profiles)."""
    wanted = " ".join(surface.lower().replace("-", " - ").split())
    for term in load_lexicon().terms:
        for form in term.match:
            if " ".join(form.lower().replace("-", " - ").split()) == wanted:
                return term
    return None
