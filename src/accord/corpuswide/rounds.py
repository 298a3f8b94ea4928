"""The state of a negotiation round, and the disputes about it.

Sources disagree on whether a round is over ("this round of talks had ended" / "the talks
had not ended, the delegation is still there"). The contradictions pass finds such pairs
(:mod:`accord.corpuswide.contradictions`); this module puts the ones about a round's state
on the board of the process they belong to, with both claimants and their evidence, and
reads from them whether the round is ongoing (``None`` while disputed or unreported).

A board is built from its stances alone and stored; the disputes are joined when a board
is read (:func:`attach_round_disputes`), so a board never goes stale because a
contradiction changed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from pydantic import BaseModel, Field

from accord.data import words

_ENDED = frozenset(words("stances", "round_ended_words"))
_NOT_ENDED = frozenset(words("stances", "round_ongoing_words"))
_NEGATIONS = frozenset(words("grammar", "negations"))


class RoundClaim(BaseModel):
    """One side of a dispute about a round: who says what, where."""

    by: str | None
    state: str  # "ended" or "not ended"
    claim: str
    doc_id: str | None = None
    outlet: str | None = None
    date: dt.date | None = None
    evidence: str | None = None


class RoundDispute(BaseModel):
    round: str | None  # the board's round it is about (None: the talks as a whole)
    topic: str
    claims: list[RoundClaim] = Field(default_factory=list)


def claim_state(text: str) -> str | None:
    """ "ended" for a claim that the talks are over, "not ended" for one that they go on
    or are only paused, ``None`` for a claim about something else."""
    tokens = re.findall(r"[a-z']+", text.lower())
    ended = any(t in _ENDED for t in tokens)
    ongoing = any(t in _NOT_ENDED for t in tokens)
    negated = any(t in _NEGATIONS or t.endswith("n't") for t in tokens)
    if ended and negated:
        return "not ended"
    if ongoing:
        return "not ended"
    return "ended" if ended else None


def _side(side: dict) -> RoundClaim | None:
    state = claim_state(side.get("claim", ""))
    if state is None:
        return None
    evidence = side.get("evidence") or []
    return RoundClaim(
        by=side.get("by"),
        state=state,
        claim=side.get("claim", ""),
        doc_id=side.get("doc_id"),
        outlet=side.get("outlet"),
        date=side.get("date"),
        evidence=evidence[0].get("text") if evidence else None,
    )


def round_disputes(board: dict, contradictions: Iterable[dict]) -> list[RoundDispute]:
    """The contradictions about a round's state whose articles are the board's."""
    documents = {p.get("doc_id") for p in board.get("timeline", [])}
    rounds = [r.get("round") for r in board.get("rounds", [])]
    found = []
    for contradiction in contradictions:
        sides = [contradiction.get("a", {}), contradiction.get("b", {})]
        if not all(side.get("doc_id") in documents for side in sides):
            continue
        claims = [_side(side) for side in sides]
        if None in claims or {c.state for c in claims} != {"ended", "not ended"}:
            continue
        text = " ".join(side.get("claim", "") for side in sides).lower()
        named = [r for r in rounds if r and r.split(" round")[0].lower() in text]
        found.append(
            RoundDispute(
                round=named[0] if named else (rounds[-1] if rounds else None),
                topic=contradiction.get("topic", ""),
                claims=claims,
            )
        )
    return found


def attach_round_disputes(boards: list[dict], contradictions: list[dict]) -> list[dict]:
    """Each board (``Board.as_dict()`` form) with its ``round_disputes``, and each round's
    ``ongoing`` set to ``None`` where its state is disputed."""
    for board in boards:
        disputes = round_disputes(board, contradictions)
        board["round_disputes"] = [d.model_dump(mode="json") for d in disputes]
        disputed = {d.round for d in disputes}
        for item in board.get("rounds", []):
            if item.get("round") in disputed:
                item["ongoing"] = None
    return boards
