"""Which side stands in the way of an agreement, as each side tells it.

Sides seldom deny each other's blame in its own words: one says a party "sets new
conditions to thwart the talks", the other that the same party "has accepted the
proposal" and the decision now rests with someone else. Such statements share no
proposition, so the claims pass (:mod:`accord.corpuswide.contradictions`) cannot pair
them. This module reads from a quote's stored claims whom it holds responsible for
blocking the talks or a deal (``data/claims/blame.yaml``: words of obstruction and
blame, none naming a side), and whom it says has accepted a deal, as blame claims:
subject the party, polarity True when it is blamed, False when it is said to accept.

Two blame claims disagree when they are quoted from different sides in different
articles of one negotiation (see :func:`accord.corpuswide.assessments.opposite_pairs`)
and either judge the same party oppositely (it obstructs / it has accepted), or blame
two different parties of that negotiation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from accord.corpuswide import assessments
from accord.data import load_data
from accord.extract.referents import root_of
from accord.model import Claim, Quote

#: The predicate of a blame claim ("the party is held to obstruct an agreement").
OBSTRUCT = "obstruct"

_LEXICON = load_data("claims/blame")
_NOUNS = load_data("claims/propositions")["nouns"]
_OBSTRUCTION = frozenset(_LEXICON["obstruction"])
_TARGETS = frozenset(_NOUNS["talk"]) | frozenset(_NOUNS["deal"]) | frozenset(_LEXICON["efforts"])
_BLAMING = frozenset(_LEXICON["blaming"])
_REMOVAL = frozenset(_LEXICON["removal"])
_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*")


def blames(claims: Iterable[Claim]) -> list[Claim]:
    """The blame claims a statement's claims make (one per party and way): a party that
    obstructs the talks or a deal (a claim whose subject is the party and whose words
    obstruct them; or a claim of blaming whose object is the party), and a party that
    has accepted a deal (it does not stand in the way). Claims of what may be or is
    planned blame nobody; a party a statement judges both ways it does not judge."""
    found: dict[tuple[str, bool], Claim] = {}
    for claim in claims:
        if claim.status != "occurred":
            continue
        judged = _judged(claim)
        if judged is not None:
            party, blamed = judged
            found.setdefault(
                (party, blamed),
                Claim(subject=party, predicate=OBSTRUCT, polarity=blamed, text=claim.text),
            )
    return [claim for (party, blamed), claim in found.items() if (party, not blamed) not in found]


def _judged(claim: Claim) -> tuple[str, bool] | None:
    """(party, blamed) a claim states, or None."""
    if claim.predicate in _BLAMING:
        party = _party(claim.object)
        return (party, True) if party and claim.polarity and _obstructs(claim.text) else None
    party = _party(claim.subject)
    if party is None:
        return None
    if claim.predicate == "accept" and _thing(claim.object) == "deal":
        return (party, False) if claim.polarity else None
    return (party, claim.polarity) if _obstructs(claim.text) else None


def _party(key: str | None) -> str | None:
    """The actor a claim's subject or object names ("ISR", "RUS:delegation" → "RUS")."""
    owner = (key or "").split(":")[0]
    return owner if owner.isupper() else None


def _thing(key: str | None) -> str | None:
    return key.split(":")[-1] if key else None


def _obstructs(text: str) -> bool:
    """Whether the words obstruct the talks, a deal or the efforts towards one (and do
    not speak of taking an obstacle away)."""
    tokens = _TOKEN.findall(text.lower())
    reach, removal = _LEXICON["target_reach"], _LEXICON["removal_reach"]
    return any(
        token in _OBSTRUCTION
        and _TARGETS.intersection(tokens[index + 1 : index + 1 + reach])
        and not _REMOVAL.intersection(tokens[max(0, index - removal) : index])
        for index, token in enumerate(tokens)
    )


def quote_blames(quote: Quote) -> list[Claim]:
    """The blame claims of a quote's stored claims (see :func:`blames`)."""
    return blames(quote.claims)


def opposite_pairs(
    blamed: list, parties: Mapping[str, frozenset[str]], window_days: int, involving
) -> list[tuple]:
    """Pairs of blame claims (:class:`~accord.corpuswide.contradictions.StatedClaim`, in
    time order) that disagree on who stands in the way, found as opposite assessments
    are (blocked by party and date window, one report per view, one pair per two
    articles and two claimants). The party a claim judges counts among its article's
    parties; two parties blamed by two sides must both be parties of both articles."""

    def disagree(a, b) -> bool:
        if a.document.id == b.document.id or root_of(a.by) == root_of(b.by):
            return False
        if a.claim.subject == b.claim.subject:
            return a.claim.polarity != b.claim.polarity
        shared = parties.get(a.document.id, frozenset()) & parties.get(b.document.id, frozenset())
        return (
            a.claim.polarity
            and b.claim.polarity
            and {a.claim.subject, b.claim.subject} <= shared
            and root_of(a.by) != a.claim.subject
            and root_of(b.by) != b.claim.subject
        )

    return assessments.opposite_pairs(
        blamed,
        _with_judged(parties, blamed),
        window_days,
        involving,
        disagree=disagree,
        same_statement=_same_statement,
        verbatim=_verbatim,
    )


def _with_judged(parties: Mapping[str, frozenset[str]], blamed: list) -> dict:
    """Each document's parties with the parties its blame claims judge: a statement
    that blames or clears a party is about a negotiation that party is in, whichever
    parties the article's stances came to name."""
    found = {doc_id: set(named) for doc_id, named in parties.items()}
    for stated in blamed:
        found.setdefault(stated.document.id, set()).add(stated.claim.subject)
    return {doc_id: frozenset(named) for doc_id, named in found.items()}


def _same_statement(a, b) -> bool:
    """Two reports of one view: the same party judged the same way. Several sides may
    say that a party has accepted a deal; a claim blaming that party meets the best
    report of that view (quoted verbatim, else the earliest), not each of them."""
    return (a.claim.subject, a.claim.polarity) == (b.claim.subject, b.claim.polarity)


def _verbatim(stated) -> bool:
    return stated.quote is not None and stated.quote.kind == "direct"


def topic(claim: Claim, other: Claim) -> str:
    """ "whether ISR obstructs an agreement" (one party judged both ways), else "which
    side obstructs an agreement" (each claim blames another party)."""
    if claim.subject == other.subject:
        return f"whether {claim.subject} obstructs an agreement"
    return "which side obstructs an agreement"
