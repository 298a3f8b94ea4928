"""Proposals as entities across the articles of one board.

Articles name one proposal many ways: "the Egyptian-Qatari framework", "the mediators'
proposal", "the truce plan", "the deal". The stances extractor gives each stance a
canonical proposal name built from attributes (proposers, specific noun, components:
"EGY/QAT ceasefire + prisoner exchange"), and :func:`accord.corpuswide.talks.link_proposals`
links names whose attributes agree. This module then

* links the alias phrases that carry no attribute of their own ("the deal", "the
  agreement", "the mediators' proposal", which the extractor leaves without a proposal)
  to the one proposal their article discusses, when it discusses exactly one;
* describes each proposal: proposers, the mediators who carry it, its date window, its
  terms, and the merge evidence (every name and alias, with the article and sentence);
* gives it a neutral readable name for a board column: "Egyptian–Qatari ceasefire and
  prisoner exchange proposal (May 2024)", from the demonyms of its proposers, its terms
  or specific noun and the month most of its stances fall in.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, Field

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Alias(BaseModel):
    """One way an article named the proposal: the merge evidence."""

    name: str  # the name the article's stance carried ("" for an alias phrase)
    doc_id: str | None
    outlet: str | None
    evidence: str | None
    rule: str  # why it joined: "same attributes", "the article's one proposal"
    date: dt.date | None = None  # the stance's date


class ProposalEntry(BaseModel):
    """One proposal on a board."""

    key: str  # the canonical name the board's positions carry
    title: str  # the neutral readable column name
    proposers: list[str] = Field(default_factory=list)
    mediators: list[str] = Field(default_factory=list)
    first: dt.date | None = None
    last: dt.date | None = None
    terms: list[str] = Field(default_factory=list)
    aliases: list[Alias] = Field(default_factory=list)


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Country code → its first demonym (``actors/countries.tsv``)."""
    text = resources.files("accord.data").joinpath("actors/countries.tsv").read_text("utf-8")
    found = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) > 1 and columns[1]:
            found[columns[0]] = columns[1].split(",")[0]
    return found


def demonym(root: str) -> str:
    """ "QAT" → "Qatari"; an organisation keeps its id ("HAMAS")."""
    return _demonyms().get(root, root)


def month(day: dt.date | None) -> str | None:
    return f"{_MONTHS[day.month - 1]} {day.year}" if day else None


def proposal_title(
    proposers: list[str], head: str | None, terms: list[str], first: dt.date | None
) -> str:
    """A neutral readable name: "Egyptian–Qatari ceasefire proposal (May 2024)"."""
    who = "–".join(demonym(p.split(".")[0]) for p in sorted(proposers))
    what = ", ".join(terms[:-1]) + f" and {terms[-1]}" if len(terms) > 1 else "".join(terms)
    noun = head or "proposal"
    words = " ".join(part for part in (who, what, noun) if part)
    when = month(first)
    return f"{words} ({when})" if when else words


def _usual_day(entry: ProposalEntry) -> dt.date | None:
    """The first day of the month most of a proposal's stances fall in (a mention of an
    old round does not date the proposal)."""
    months = Counter((d.year, d.month) for a in entry.aliases if (d := a.date))
    if not months:
        return entry.first
    year, number = max(months, key=lambda m: (months[m], m))
    return dt.date(year, number, 1)


def link_aliases(positions: list, is_alias) -> dict[int, str]:
    """Positions whose proposal is only an alias phrase (``is_alias(position)``), mapped
    (by index) onto the one proposal their article discusses; left alone when it
    discusses none or several."""
    by_doc: dict[str | None, set[str]] = defaultdict(set)
    for position in positions:
        named = position.proposal and position.proposal != position.round
        if named and not is_alias(position) and position.stance != "attending":
            by_doc[position.doc_id].add(position.proposal)
    linked = {}
    for index, position in enumerate(positions):
        if not is_alias(position) or position.stance in ("attending", "withdrew"):
            continue
        discussed = by_doc.get(position.doc_id, set())
        if len(discussed) == 1:
            linked[index] = next(iter(discussed))
    return linked


def describe(
    positions: list, names: dict[int, str], aliased: set[int], parts, mediators: list[str]
) -> list[ProposalEntry]:
    """One entry per proposal key the positions carry (rounds excluded).

    ``names`` maps a position's index to the name its article gave before linking,
    ``aliased`` the indexes linked by :func:`link_aliases`; ``parts`` splits a canonical
    name into (proposers, specific noun, components).
    """
    entries: dict[str, ProposalEntry] = {}
    for index, position in enumerate(positions):
        key = position.proposal
        if not key or key == position.round:
            continue
        entry = entries.get(key)
        if entry is None:
            proposers, head, components = parts(key)
            entry = entries[key] = ProposalEntry(
                key=key, title="", proposers=sorted(proposers), terms=sorted(components)
            )
            entry.title = head or ""  # the specific noun until the title is made
        if index in names and index not in aliased:  # the terms every name gives
            _, _, components = parts(names[index])
            entry.terms = sorted(set(entry.terms) | set(components))
        if position.date:
            entry.first = min(filter(None, [entry.first, position.date]))
            entry.last = max(filter(None, [entry.last, position.date]))
        carries = position.stance == "mediating" or (
            position.stance == "proposed" and position.party in mediators
        )
        if carries and position.party not in entry.mediators:
            entry.mediators.append(position.party)
        entry.aliases.append(
            Alias(
                name=names.get(index, key) if index not in aliased else "",
                doc_id=position.doc_id,
                outlet=position.outlet,
                evidence=position.evidence,
                rule="the article's one proposal" if index in aliased else "same attributes",
                date=position.date,
            )
        )
    for entry in entries.values():
        entry.mediators.sort()
        head = entry.title or None
        entry.title = proposal_title(entry.proposers, head, entry.terms, _usual_day(entry))
    titles: dict[str, int] = defaultdict(int)
    for entry in sorted(entries.values(), key=lambda e: (e.first or dt.date.min, e.key)):
        titles[entry.title] += 1
        if titles[entry.title] > 1:
            entry.title = f"{entry.title} [{titles[entry.title]}]"
    return sorted(entries.values(), key=lambda e: (e.first or dt.date.min, e.title))
