"""Within-document coreference for definite descriptions and pronouns, by salience.

The rule (documented because analysts must be able to predict it):

* Candidates are the actor mentions before the referring expression in the same
  sentence and the previous ``WINDOW`` sentences.
* A candidate must be compatible with the expression's class:
  - ``organisation`` ("the movement", "the group", "the faction"): a non-state organisation;
  - ``armed`` ("the rebels", "the rebel delegation"): one that is no intergovernmental body
    or charity;
  - ``state`` ("the government", "the army", "the country"): a state actor (its country is
    kept, the sector comes from the description's head noun); a candidate of the same sector
    ("the army" → an earlier army) is preferred within the window, when its own words name
    that sector: a bare country or demonym ("near the Serbian border") is its government
    only by default, and no better antecedent of "the authorities" than any other state;
  - ``person`` ("the official", "the source", "he"): a person or an anonymous individual;
    "the official" / "the source" prefer an earlier *anonymous* individual within
    ``SOURCE_WINDOW`` sentences (news re-uses these words for its unnamed source);
  - ``thing`` ("it", "its", "they"): any organisation or state actor (not a person);
  - news agencies and outlets are never antecedents of a description or pronoun.
* A definite description first takes the most recent earlier mention, anywhere before it,
  with the same head noun ("Sudan's army" … "the army"): the referent it established.
* A description of a side ("the government", "the army", "the rebels") prefers a candidate
  that is not shown mediating or hosting: the mediator's government is the antecedent only
  when no side fits.
* A description of a state body with no candidate in the window ("the junta", five
  sentences after "Myanmar's military") takes the body of its sector named last anywhere
  before it.
* Among compatible candidates the most salient wins: the nearest sentence first; within a
  sentence a grammatical subject beats other roles; then the nearest mention. So the subject
  of a clause is the antecedent of a following "its" / "their" in its sentence ("Hamas
  accepted the plan put forward by Egypt, its spokesman said" → Hamas).
* An unresolved subject still takes part: a subject whose head is a political actor the text
  does not name ("The army accepted the proposal put forward by Egypt, its spokesman said",
  with no country in sight) is a candidate with no actor. When it is the most salient, the
  expression is left unresolved rather than jumping to an earlier, less salient actor
  (Egypt): no actor is better than a wrong one. Such a subject is also the referent a later
  description with the same head noun takes ("… The army added …" stays unresolved),
  unless an actor the description fits is named between the two (a headline's "the group",
  before the body names it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WINDOW = 3
SOURCE_WINDOW = 8
NON_ANTECEDENT_KINDS = {"media"}
#: Organisations fighters are never part of: "the rebels" is not a bloc or a charity.
NON_COMBATANT_KINDS = {"igo", "ngo"}
#: Description kinds that name a side of a conflict, which a mediator is not.
SIDE_KINDS = {"state", "armed"}


@dataclass(frozen=True)
class Candidate:
    """What coreference needs to know about an earlier mention."""

    actor: str | None  # None: an actor-like subject nothing resolves (it blocks, see above)
    sentence: int
    token: int
    is_subject: bool
    is_state: bool
    is_person: bool
    anonymous: bool = False
    sector: str | None = None  # GOV, MIL … of a state actor
    org_kind: str | None = None  # gazetteer kind for organisations (armed_group, igo, media …)
    head: str | None = None  # the mention's head noun, lower case ("army", "kingdom")
    #: the mention's own words name its sector ("Kosovo police", "the Pentagon"), rather than
    #: a bare country, capital or demonym ("Serbia", "the Serbian border") read as its GOV
    sector_named: bool = True
    #: the mention is a state's own name ("Serbia", "Belgrade") or a pronoun standing for one
    names_state: bool = False
    #: the mention's head is a plural common noun ("98 Ghanaian soldiers", "Russian forces"),
    #: which "it" and "its" never stand for
    plural: bool = False


def compatible(candidate: Candidate, wanted: str) -> bool:
    if candidate.org_kind in NON_ANTECEDENT_KINDS:
        return False
    if candidate.actor is None and wanted in ("person", "source"):
        return False
    if wanted == "organisation":
        return not candidate.is_state and not candidate.is_person
    if wanted == "armed":
        return (
            not candidate.is_state
            and not candidate.is_person
            and candidate.org_kind not in NON_COMBATANT_KINDS
        )
    if wanted == "state":
        return candidate.is_state and not candidate.is_person
    if wanted == "person":
        return candidate.is_person
    return not candidate.is_person  # "thing": it / its / they


def antecedent(
    candidates: Sequence[Candidate],
    wanted: str,
    sentence: int,
    token: int,
    sector: str | None = None,
    head: str | None = None,
    third_parties: frozenset[str] = frozenset(),
) -> Candidate | None:
    """The most salient compatible candidate before ``token`` (see the module docstring).

    A description of a side ("the government", "the rebels") takes a candidate of the
    ``third_parties`` (the countries and organisations shown mediating or hosting) only
    when no other candidate fits: a mediator's nationality is no side of the conflict."""
    if third_parties and wanted in SIDE_KINDS:
        sides = [c for c in candidates if c.actor is None or _root(c.actor) not in third_parties]
        found = antecedent(sides, wanted, sentence, token, sector, head)
        if found is not None:
            return found
    if head:
        same_head = [c for c in candidates if c.head == head]
        found = _most_salient(same_head, wanted, sentence, token, window=sentence)
        if found is not None and not _named_since(candidates, found, wanted, token):
            return found
    if wanted == "state" and sector:
        same = [
            c for c in candidates if c.sector == sector and c.sector_named and c.actor is not None
        ]
        found = _most_salient(same, "state", sentence, token, WINDOW)
        if found is not None:
            return found
    if wanted == "source":
        anonymous = [c for c in candidates if c.anonymous]
        found = _most_salient(anonymous, "person", sentence, token, SOURCE_WINDOW)
        return found or _most_salient(candidates, "person", sentence, token, WINDOW)
    found = _most_salient(candidates, wanted, sentence, token, WINDOW)
    if found is None and wanted == "state" and sector:
        # "the junta", long after "Myanmar's military": the body of that sector named last
        same = [c for c in candidates if c.sector == sector and c.actor is not None]
        found = _most_salient(same, "state", sentence, token, window=sentence)
    if found is None and wanted == "state":
        # "the junta" after "the military's leaders met …": no body was named, but people
        # acting for one were; the body they act for is in focus
        acting = [c for c in candidates if c.is_person and c.is_state and c.actor is not None]
        if sector:
            acting = [c for c in acting if c.sector == sector] or acting
        found = _most_salient(acting, "person", sentence, token, WINDOW)
    return found


def _named_since(
    candidates: Sequence[Candidate], unresolved: Candidate, wanted: str, token: int
) -> bool:
    """Has an actor the description could mean been named between an unresolved
    same-head subject and the description? The headline's "the group operates", before the
    body names the group, is no referent of the body's "the armed group"."""
    return unresolved.actor is None and any(
        c.actor is not None and unresolved.token < c.token < token and compatible(c, wanted)
        for c in candidates
    )


def _root(actor: str) -> str:
    return actor.split(".")[0]


def _most_salient(
    candidates: Sequence[Candidate], wanted: str, sentence: int, token: int, window: int
) -> Candidate | None:
    best, best_key = None, None
    for candidate in candidates:
        if candidate.token >= token or sentence - candidate.sentence > window:
            continue
        if candidate.sentence > sentence or not compatible(candidate, wanted):
            continue
        key = (candidate.sentence, candidate.is_subject, candidate.token)
        if best_key is None or key > best_key:
            best, best_key = candidate, key
    return best
