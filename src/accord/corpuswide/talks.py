"""Negotiation boards: one timeline per process across every stored article.

The stances extractor tags each stance with a canonical process key built from the
principal parties ("RUS–UKR talks") and a canonical proposal name ("TUR ceasefire +
energy infrastructure"). Across a corpus this module

* links processes: identical keys, a key whose parties are a subset of exactly one other
  key ("UKR talks" → "RUS–UKR talks"), and keys that share a party and whose article
  labels are alike (word overlap, or the MiniLM embedding when ``semantic=True``);
* links proposals within a process: the same proposers (or none given) and shared
  components or the same head noun;
* builds a board per process: parties and mediators, each party's latest stance per
  proposal with its date and source, the stances sources dispute (different claimers
  saying opposite things within a week), and the timeline of rounds.

Linking needs only per-key counts (:class:`ProcessKeys`), which the store can give
with one ``GROUP BY``; a board is a function of its own process's stances alone. That
is what lets :mod:`accord.corpuswide.incremental` keep stored boards up to date without
reading every stance.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field, field_serializer

from accord.corpuswide.proposal_identity import ProposalEntry, describe, link_aliases
from accord.corpuswide.roles import assign_roles
from accord.corpuswide.rounds import RoundDispute
from accord.data import words
from accord.lexicons.negotiation import vocabulary
from accord.model import ReportDocument, Stance
from accord.resolve.actors import is_media

#: Stance pairs that contradict each other when different sources state them together.
OPPOSED = {
    frozenset({"accepted", "rejected"}),
    frozenset({"accepted", "withdrew"}),
    frozenset({"attending", "withdrew"}),
    frozenset({"proposed", "rejected"}),
}
DISPUTE_WINDOW = dt.timedelta(days=7)
LABEL_SIMILARITY = 0.5
SEMANTIC_SIMILARITY = 0.75
_ID = re.compile(r"^[A-Z0-9]+(?:\.[A-Z]+)?$")
_COMPONENTS = frozenset(vocabulary().components)
_GENERIC = frozenset(words("proposals", "generic_process_labels"))


class Position(BaseModel):
    """One stance as one article reports it.

    Stored and printed as its JSON (``accord talks --json``), which keeps neither the
    article's own process key nor its label: a position read back gets its board's key.
    """

    party: str
    stance: str
    proposal: str | None
    round: str | None
    date: dt.date | None
    claimed_by: str
    outlet: str | None
    doc_id: str | None
    title: str | None
    conditions: list[str]
    evidence: str | None
    process_key: str = Field(exclude=True)
    process_label: str | None = Field(default=None, exclude=True)

    @property
    def source(self) -> str:
        """Who says it: the claiming actor, or the outlet when it is the outlet's narration."""
        if self.claimed_by == "outlet":
            return f"outlet:{self.outlet or 'unknown'}"
        return self.claimed_by

    def as_dict(self) -> dict:
        return self.model_dump(mode="json")

    @classmethod
    def from_dict(cls, data: dict, process_key: str) -> Position:
        return cls.model_validate({**data, "process_key": process_key})


class Dispute(BaseModel):
    party: str
    proposal: str | None
    positions: list[Position]

    def as_dict(self) -> dict:
        return self.model_dump(mode="json")

    @classmethod
    def from_dict(cls, data: dict, process_key: str) -> Dispute:
        positions = [Position.from_dict(p, process_key) for p in data["positions"]]
        return cls(party=data["party"], proposal=data["proposal"], positions=positions)


class Round(BaseModel):
    """A negotiation round: when it was first and last reported, who attended or left."""

    model_config = ConfigDict(populate_by_name=True)

    name: str = Field(alias="round")
    venue: str | None = None
    ongoing: bool | None = None  # None: not reported, or disputed (see corpuswide/rounds.py)
    first: dt.date | None = Field(default=None, alias="first_reported")
    last: dt.date | None = Field(default=None, alias="last_reported")
    attending: set[str] = Field(default_factory=set)
    withdrew: set[str] = Field(default_factory=set)
    sources: set[str] = Field(default_factory=set, alias="outlets")

    @field_serializer("attending", "withdrew", "sources")
    def _sorted(self, values: set[str]) -> list[str]:
        return sorted(values)

    def as_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_dict(cls, data: dict) -> Round:
        return cls.model_validate(data)


class Board(BaseModel):
    """One negotiation process across the corpus (fields in the order its JSON lists them)."""

    process: str
    label: str
    aliases: list[str]
    parties: list[str]
    mediators: list[str]
    documents: int
    outlets: list[str]
    proposals: list[ProposalEntry] = Field(default_factory=list)
    latest: list[Position]
    disputes: list[Dispute]
    rounds: list[Round]
    timeline: list[Position]
    round_disputes: list[RoundDispute] = Field(default_factory=list)  # joined when read

    def as_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_dict(cls, data: dict) -> Board:
        """A board back from :meth:`as_dict`, as the store keeps it."""
        key = data["process"]
        return cls(
            **{name: data[name] for name in ("process", "label", "aliases", "parties")},
            mediators=data["mediators"],
            documents=data["documents"],
            outlets=data["outlets"],
            proposals=[ProposalEntry.model_validate(p) for p in data.get("proposals", [])],
            latest=[Position.from_dict(p, key) for p in data["latest"]],
            disputes=[Dispute.from_dict(d, key) for d in data["disputes"]],
            rounds=[Round.from_dict(r) for r in data["rounds"]],
            timeline=[Position.from_dict(p, key) for p in data["timeline"]],
            round_disputes=[RoundDispute.model_validate(d) for d in data.get("round_disputes", [])],
        )

    @property
    def names(self) -> list[str]:
        """What a search for a process looks in: its key, label and the other labels."""
        return [self.process, self.label, *self.aliases]


def positions_from(items: Iterable[tuple[ReportDocument, Stance]]) -> list[Position]:
    """Stances with their documents (``Corpus.items("stances")`` gives ``Item``s)."""
    positions = []
    for item in items:
        document, stance = (item.document, item.record) if hasattr(item, "record") else item
        positions.append(
            Position(
                party=stance.party,
                stance=stance.stance,
                proposal=stance.proposal,
                round=stance.round,
                date=stance.date or document.published,
                claimed_by=stance.claimed_by,
                outlet=document.outlet,
                doc_id=document.id,
                title=document.title,
                conditions=list(stance.conditions),
                evidence=stance.evidence[0].text if stance.evidence else None,
                process_key=stance.process,
                process_label=stance.process_label,
            )
        )
    return positions


# --- linking -------------------------------------------------------------------
def key_parties(key: str) -> frozenset[str]:
    """The principal parties a process key names ("HAMAS–ISR talks" → {HAMAS, ISR})."""
    head = key.rsplit(" ", 1)[0] if key.endswith(" talks") else key
    return frozenset(part for part in head.split("–") if _ID.match(part))


def _words(text: str) -> set[str]:
    """A label's words, hyphenated compounds joined ("cease-fire" is "ceasefire")."""
    joined = re.sub(r"(?<=[a-z])-(?=[a-z])", "", text.lower())
    return {w for w in re.findall(r"[a-z0-9]+", joined) if w not in ("the", "talks", "of")}


def _named_alike(a: Counter[str], b: Counter[str]) -> bool:
    """Two keys whose articles give the talks the same proper name ("Gaza ceasefire talks",
    "Gaza cease-fire talks"): one process even when the articles took different sides for
    its parties (a mediator read as a side)."""
    return any(
        _is_named(x) and _is_named(y) and _words(x) == _words(y) and len(_words(x)) >= 2
        for x in a
        for y in b
    )


def _is_named(label: str) -> bool:
    return any(word[:1].isupper() for word in label.split()[:-1])


def label_similarity(a: str, b: str, semantic: bool = False) -> float:
    """Word overlap of two labels, or the cosine of their MiniLM embeddings."""
    if semantic:
        from accord.corpuswide.similarity import cosine

        return cosine(a, b)
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


@dataclass
class ProcessKeys:
    """What linking needs to know of the process keys, as counts: how many stances use each
    key, the labels articles give it, the venues of its rounds, and per party how often it
    mediates or takes a side (a corpus-wide judgement, see :attr:`mediators`)."""

    sizes: Counter[str] = field(default_factory=Counter)
    labels: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    venues: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    mediating: Counter[str] = field(default_factory=Counter)
    siding: Counter[str] = field(default_factory=Counter)
    proposing: Counter[str] = field(default_factory=Counter)
    members: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(
        self,
        key: str,
        label: str | None,
        round_name: str | None,
        party: str,
        stance: str,
        count: int = 1,
    ) -> None:
        """Count ``count`` stances of ``party`` under ``key`` with this label, round and value."""
        self.sizes[key] += count
        if label:
            self.labels[key][label] += count
        if round_name:
            self.venues[key].add(round_name.split(" round")[0])
        root = party.split(".")[0]
        self.members[key].add(root)
        if stance == "mediating":
            self.mediating[root] += count
        elif stance == "proposed":
            self.proposing[root] += count
        elif stance != "attending":
            self.siding[root] += count

    @classmethod
    def of(cls, positions: Iterable[Position]) -> ProcessKeys:
        keys = cls()
        for p in positions:
            keys.add(p.process_key, p.process_label, p.round, p.party, p.stance)
        return keys

    @property
    def mediators(self) -> frozenset[str]:
        """Parties the corpus shows mediating more often than taking a side's position: an
        article that reads a host's proposal as a side's must not split the process."""
        return frozenset(
            root for root in self.mediating if self.mediating[root] > self.siding[root]
        )

    @property
    def carriers(self) -> frozenset[str]:
        """Parties that only mediate or put proposals forward across the corpus, never
        taking a side's position: a key naming only them is talks they carry, not a process
        of their own."""
        return (
            frozenset(
                root for root in set(self.mediating) | set(self.proposing) if not self.siding[root]
            )
            | self.mediators
        )


def link_processes(positions: list[Position], semantic: bool = False) -> dict[str, str]:
    """Map every process key of ``positions`` to the key of the process it belongs to."""
    return link_keys(ProcessKeys.of(positions), semantic)


def link_keys(keys: ProcessKeys, semantic: bool = False) -> dict[str, str]:
    """Map every process key to the key of the process it belongs to.

    Keys naming more parties are taken first; a key joins an earlier one when its parties
    are a subset of exactly one of them, or when they share a party and their article
    labels are alike.
    """
    sizes = keys.sizes
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    labels.update({key: Counter(counts) for key, counts in keys.labels.items()})
    venues: dict[str, set[str]] = defaultdict(set)
    venues.update({key: set(names) for key, names in keys.venues.items()})
    mediators = keys.mediators
    carriers = keys.carriers
    members: dict[str, set[str]] = defaultdict(set)
    members.update({key: set(roots) for key, roots in keys.members.items()})

    def sides(key: str) -> frozenset[str]:
        parties = key_parties(key)
        return (parties - mediators) or parties

    ordered = sorted(sizes, key=lambda k: (-len(sides(k)), -sizes[k], k))
    target: dict[str, str] = {}
    canonical: list[str] = []
    for key in ordered:
        parties = sides(key)
        supersets = [c for c in canonical if parties and parties <= sides(c)]
        if len(supersets) > 1:  # several processes involve this party: the same venue decides
            supersets = [c for c in supersets if venues[key] & venues[c]] or supersets
        chosen = supersets[0] if len(supersets) == 1 else None
        if chosen is None:
            chosen = next(
                (
                    c
                    for c in canonical
                    if parties & sides(c)
                    and (venues[key] & venues[c] or _labels_alike(labels[key], labels[c], semantic))
                ),
                None,
            )
        if chosen is None:  # no party in common: the same proper name for the talks
            chosen = next((c for c in canonical if _named_alike(labels[key], labels[c])), None)
        if chosen is None and parties and parties <= carriers:  # talks its parties carry
            carried = [c for c in canonical if parties & members[c] and sides(c) - carriers]
            chosen = max(carried, key=lambda c: sizes[c], default=None)
        if chosen is None:
            canonical.append(key)
            chosen = key
        if chosen != key:
            labels[chosen].update(labels[key])
            venues[chosen] |= venues[key]
            members[chosen] |= members[key]
        target[key] = chosen
    return target


def _labels_alike(a: Counter[str], b: Counter[str], semantic: bool) -> bool:
    threshold = SEMANTIC_SIMILARITY if semantic else LABEL_SIMILARITY
    return any(label_similarity(x, y, semantic) >= threshold for x in a for y in b)


def proposal_parts(name: str | None) -> tuple[frozenset[str], str | None, frozenset[str]]:
    """(proposers, specific noun, components) of a canonical proposal name
    ("TUR package: ceasefire + energy infrastructure")."""
    if not name:
        return frozenset(), None, frozenset()
    first, _, rest = name.partition(" ")
    if all(_ID.match(part) for part in first.split("/")) and rest:
        proposers, what = frozenset(first.split("/")), rest
    else:
        proposers, what = frozenset(), name
    head, colon, parts = what.partition(": ")
    if not colon:
        head, parts = (None, what) if " + " in what or what in _COMPONENTS else (what, "")
    if head in _GENERIC:
        head = None
    components = frozenset(part.strip() for part in parts.split(" + ") if part.strip())
    return proposers, head, components


_COMMON_NOUNS = frozenset(words("proposals", "common_nouns"))


def is_common_noun(name: str | None) -> bool:
    """A proposal name that is only a common noun ("the agreement", "peace talks"): no
    proposer and no word that names one proposal rather than any."""
    if not name:
        return False
    proposers, _, _ = proposal_parts(name)
    return not proposers and all(w in _COMMON_NOUNS for w in name.lower().split())


def _is_round(name: str) -> bool:
    return name.endswith(" round") or " round " in name


def link_proposals(names: Iterable[str | None]) -> dict[str | None, str | None]:
    """Map proposal names of one process onto a representative name.

    Two names are one proposal when their proposers agree (or one gives none) and they
    share the specific noun or a component; failing that, when the same proposers give one
    of them with no noun or no components ("TUR package" and "TUR ceasefire"). Round names
    are linked only to themselves.
    """
    counts = Counter(names)
    ordered = sorted((n for n in counts if n), key=lambda n: (-counts[n], n))
    target: dict[str | None, str | None] = {None: None}
    representatives: list[str] = []
    for name in ordered:
        match = None
        if not _is_round(name):
            candidates = [rep for rep in representatives if not _is_round(rep)]
            strict = [rep for rep in candidates if _same_proposal(name, rep, True)]
            match = max(strict, key=lambda rep: _shared(name, rep), default=None)
            match = match or next(
                (rep for rep in candidates if _same_proposal(name, rep, False)), None
            )
        if match is None:
            representatives.append(name)
        target[name] = match or name
    return target


def _shared(a: str, b: str) -> float:
    """How much of two names' attributes agree: their components' overlap, the same
    specific noun and the same proposers (the best-matching proposal wins a link)."""
    proposers, head, parts = proposal_parts(a)
    other_proposers, other_head, other_parts = proposal_parts(b)
    overlap = len(parts & other_parts) / len(parts | other_parts) if parts | other_parts else 0
    return (
        overlap
        + (head is not None and head == other_head)
        + 0.5 * (bool(proposers) and proposers == other_proposers)
    )


def _same_proposal(a: str, b: str, strict: bool) -> bool:
    proposers, head, parts = proposal_parts(a)
    other_proposers, other_head, other_parts = proposal_parts(b)
    if proposers and other_proposers and proposers != other_proposers:
        return False
    heads_agree = head == other_head or not head or not other_head
    if strict:
        return bool(head and head == other_head) or (heads_agree and bool(parts & other_parts))
    parts_agree = not parts or not other_parts
    return heads_agree and parts_agree and bool(proposers) and proposers == other_proposers


# --- boards --------------------------------------------------------------------
def build_boards(
    items: Iterable, process: str | None = None, semantic: bool = False
) -> list[Board]:
    """One board per process; ``process`` keeps those whose key or label contains it."""
    positions = positions_from(items)
    process_of = link_processes(positions, semantic)
    grouped: dict[str, list[Position]] = defaultdict(list)
    for position in positions:
        grouped[process_of[position.process_key]].append(position)
    boards = [build_board(key, group) for key, group in grouped.items()]
    if process:
        wanted = process.lower()
        boards = [b for b in boards if any(wanted in name.lower() for name in b.names)]
    return sorted(boards, key=lambda b: (-b.documents, b.process))


def build_board(key: str, positions: list[Position]) -> Board:
    """The board of the process ``key`` from all its positions (in store order); nothing
    outside them counts, so a board can be rebuilt alone."""
    # media and agencies relay what the sides say; they never take a side or mediate
    positions = [p for p in positions if not is_media(p.party)]
    positions.sort(key=lambda p: (p.date or dt.date.min, p.doc_id or ""))
    for position in positions:
        if is_common_noun(position.proposal):
            position.proposal = None
    names = {i: p.proposal for i, p in enumerate(positions) if p.proposal}
    proposal_of = link_proposals(p.proposal for p in positions if p.stance != "attending")
    for position in positions:
        position.proposal = proposal_of.get(position.proposal, position.proposal)
    aliased = link_aliases(positions, lambda p: p.proposal is None)
    for index, name in aliased.items():
        positions[index].proposal = name
    labels = Counter(
        p.process_label for p in positions if p.process_label and p.process_label != p.process_key
    )
    named = [label for label in labels if any(w[:1].isupper() for w in label.split()[:-1])]
    label = max(named or labels or [key], key=lambda x: (labels.get(x, 0), len(x)))
    parties, mediators = assign_roles(key_parties(key), positions)
    proposals = describe(positions, names, set(aliased), proposal_parts, mediators)
    return Board(
        process=key,
        label=label,
        aliases=sorted(set(labels) - {label}),
        parties=parties,
        mediators=mediators,
        proposals=proposals,
        latest=_latest(positions),
        disputes=_disputes(positions),
        rounds=_rounds(positions),
        timeline=positions,
        outlets=sorted({p.outlet for p in positions if p.outlet}),
        documents=len({p.doc_id for p in positions}),
    )


def _latest(positions: list[Position]) -> list[Position]:
    """Each party's most recent stance per proposal; its own word wins a tie."""
    latest: dict[tuple[str, str | None], Position] = {}
    for position in positions:
        key = (position.party, position.proposal)
        kept = latest.get(key)
        if kept is None or (position.date or dt.date.min, _own(position)) >= (
            kept.date or dt.date.min,
            _own(kept),
        ):
            latest[key] = position
    return sorted(latest.values(), key=lambda p: (p.party, p.proposal or ""))


def _own(position: Position) -> bool:
    return position.claimed_by.split(".")[0] == position.party.split(".")[0]


def _disputes(positions: list[Position]) -> list[Dispute]:
    """Opposite stances on the same party and proposal from different sources, close in time."""
    by_subject: dict[tuple[str, str | None], list[Position]] = defaultdict(list)
    for position in positions:
        by_subject[(position.party, position.proposal)].append(position)
    disputes = []
    for (party, proposal), group in by_subject.items():
        involved: list[Position] = []
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if frozenset({a.stance, b.stance}) not in OPPOSED or a.source == b.source:
                    continue
                if a.date and b.date and abs(a.date - b.date) > DISPUTE_WINDOW:
                    continue
                for position in (a, b):
                    if position not in involved:
                        involved.append(position)
        if involved:
            disputes.append(Dispute(party=party, proposal=proposal, positions=involved))
    return disputes


def _rounds(positions: list[Position]) -> list[Round]:
    rounds: dict[str, Round] = {}
    for position in positions:
        if not position.round:
            continue
        venue = position.round.split(" round")[0]
        item = rounds.setdefault(position.round, Round(name=position.round, venue=venue))
        if position.date:
            item.first = min(filter(None, [item.first, position.date]))
            item.last = max(filter(None, [item.last, position.date]))
        if position.stance == "attending":
            item.attending.add(position.party)
        if position.stance == "withdrew":
            item.withdrew.add(position.party)
        if position.outlet:
            item.sources.add(position.outlet)
    return sorted(rounds.values(), key=lambda r: (r.first or dt.date.min, r.name))
