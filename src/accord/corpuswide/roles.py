"""Who is a party and who a mediator on one negotiation board.

* Parties are the sides of the conflict: the principal parties the process key names
  ("HAMAS–ISR talks"), and any other actor that takes a side's position (accepts,
  rejects, has reservations, withdraws) more often than it mediates.
* Mediators carry proposals between the sides: an actor outside the sides that mediates,
  or that puts forward a proposal the sides answer.
* Media and agencies relay what others say: they are never parties or mediators.
* An actor that only attends (a host, an observer) takes no role.

Roles are read per board, so a state can be a party in one process and a mediator in
another.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from accord.resolve.actors import is_media

#: Stances by which an actor takes a side's position.
SIDING = frozenset({"accepted", "rejected", "reservations", "withdrew"})


class _Stance(Protocol):
    party: str
    stance: str


def _root(actor: str) -> str:
    return actor.split(".")[0]


def assign_roles(sides: Iterable[str], positions: Iterable[_Stance]) -> tuple[list[str], list[str]]:
    """(parties, mediators) of a board whose principal sides are ``sides`` (roots or ids).

    Parties come sides first, then alphabetically; mediators alphabetically.
    """
    side_roots = {_root(side) for side in sides}
    counts: dict[str, Counter[str]] = {}
    for position in positions:
        if is_media(position.party):
            continue
        counts.setdefault(position.party, Counter())[position.stance] += 1
    parties, mediators = set(), set()
    for actor, count in counts.items():
        mediating = count["mediating"]
        siding = sum(count[s] for s in SIDING)
        if _root(actor) in side_roots:
            own = siding + count["proposed"] + count["attending"]
            (mediators if mediating > own else parties).add(actor)
        elif mediating or count["proposed"]:
            (parties if siding > mediating + count["proposed"] else mediators).add(actor)
        elif siding:
            parties.add(actor)
    ordered = sorted(parties, key=lambda a: (_root(a) not in side_roots, a))
    return ordered, sorted(mediators)
