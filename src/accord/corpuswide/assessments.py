"""Opposite assessments of the same talks or proposal, by different sides.

Sides seldom contradict a round's assessment in the words it was made in: one calls
the talks "serious and constructive", the other "disappointing" or speaks of "a false
positive atmosphere"; one finds a proposal "in line with the principles" agreed
earlier, the other says it "nullifies" them or is "aligned with" one side's demands.
The claims of such statements share no proposition, so the claims pass
(:mod:`accord.corpuswide.contradictions`) cannot pair them. This module reads from a
statement's words whether it judges the talks or a proposal, and which way, from a
lexicon that names judgements, not sides (``data/claims/assessments.yaml``).

Two judgements disagree when they point opposite ways, are quoted from different
sides in different articles of the same news cycle, and the two articles report the
same negotiation (their stances name a common party): two sides' views of unrelated
talks in the same week are no dispute.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from accord.data import load_data
from accord.extract.referents import root_of
from accord.model import Claim, Quote

#: The predicate of an assessment claim ("the talks are judged constructive").
ASSESS = "assess"

_LEXICON = load_data("claims/assessments")
_NOUNS = load_data("claims/propositions")["nouns"]
_TARGETS = (
    ("proposal", frozenset(_NOUNS["deal"])),
    ("talks", frozenset(_NOUNS["talk"]) | frozenset(_LEXICON["talk_aspects"])),
)
_POSITIVE = frozenset(_LEXICON["positive"])
_NEGATIVE = frozenset(_LEXICON["negative"])
_REVERSERS = frozenset(_LEXICON["reversers"])
_CONFORMITY = frozenset(_LEXICON["conformity"])
_COMMON_GROUND = frozenset(_LEXICON["common_ground"])
_ONE_SIDED = frozenset(_LEXICON["one_sided"])
_BREACH = frozenset(_LEXICON["breach"])
_OWN = frozenset(_LEXICON["own"])
_HYPOTHETICAL = frozenset(_LEXICON["hypothetical"])
_INTENTIONS = frozenset(_LEXICON["intention_nouns"])
_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*|n't")
_SENTENCE_END = re.compile(r"[.!?;]+(?:\s|$)")
_QUOTATION_MARK = re.compile(r"[\"“”]")
_JUDGING = _POSITIVE | _NEGATIVE | _CONFORMITY | _BREACH | _COMMON_GROUND | _ONE_SIDED


def assessments(text: str) -> list[Claim]:
    """The judgements a statement makes of the talks and of a proposal, each as a claim
    whose subject is what is judged and whose polarity is the judgement.

    A word of judgement judges the talks or the proposal its sentence names nearest to
    it, unless the sentence is a hypothetical ("could be constructive if …") or speaks
    of an intention ("the plan to … failed"). Saying that something keeps to or breaks
    with common ground, or serves one side's demands, judges a proposal whether or not
    the sentence names it ("it is compatible with the terms agreed"). What a
    statement judges both ways it does not judge."""
    judged: dict[str, set[bool]] = defaultdict(set)
    for sentence in _SENTENCE_END.split(text.lower()):
        tokens = _TOKEN.findall(sentence)
        if _HYPOTHETICAL.intersection(tokens) or _intention(tokens):
            continue
        judged["proposal"].update(_conformity(tokens))
        for target, judgement in _evaluations(tokens):
            judged[target].add(judgement)
    return [
        Claim(subject=target, predicate=ASSESS, polarity=next(iter(ways)), text=text)
        for target, ways in sorted(judged.items())
        if len(ways) == 1
    ]


def _intention(tokens: list[str]) -> bool:
    """Whether the sentence speaks of an intention ("a plan to …", "an attempt to …"),
    which its judgement is then about."""
    return any(
        token in _INTENTIONS and tokens[index + 1 : index + 2] == ["to"]
        for index, token in enumerate(tokens)
    )


def _evaluations(tokens: list[str]) -> Iterable[tuple[str, bool]]:
    """Each judgement the words of evaluation make, of the talks or the proposal named
    nearest to it in the sentence (a proposal on a tie): True in favour, False against."""
    named = [
        (index, target)
        for index, token in enumerate(tokens)
        for target, nouns in _TARGETS
        if token in nouns
    ]
    if not named:
        return
    reach = _LEXICON["reverser_reach"]
    for index, token in enumerate(tokens):
        if token in _POSITIVE or token in _NEGATIVE:
            reversed_ = _REVERSERS.intersection(tokens[max(0, index - reach) : index])
            nearest = min(named, key=lambda place: (abs(place[0] - index), place[1] != "proposal"))
            yield nearest[1], (token in _POSITIVE) != bool(reversed_)


def _conformity(tokens: list[str]) -> Iterable[bool]:
    """Each judgement of what something keeps to: common ground kept, or the speaker's
    own demands met, is in favour; common ground broken, or another side's demands
    served, is against."""
    reach = _LEXICON["conformity_reach"]
    for index, token in enumerate(tokens):
        following = set(tokens[index + 1 : index + 1 + reach])
        if token in _CONFORMITY:
            if _ONE_SIDED & following:
                yield bool(_OWN & following)
            elif _COMMON_GROUND & following:
                yield True
        elif token in _BREACH and _COMMON_GROUND & following:
            yield False


def quote_assessments(quote: Quote) -> list[Claim]:
    """The assessments a quote's content makes (see :func:`assessments`)."""
    return assessments(quote.content)


def process_parties(stances: Iterable) -> dict[str, frozenset[str]]:
    """Document id → the parties its stances' process keys name (stored stance items)."""
    from accord.corpuswide.talks import key_parties

    found: dict[str, set[str]] = defaultdict(set)
    for item in stances:
        found[item.document.id] |= key_parties(item.record.process)
    return {doc_id: frozenset(parties) for doc_id, parties in found.items()}


def opposite_pairs(
    assessed: list,
    parties: Mapping[str, frozenset[str]],
    window_days: int,
    involving,
    disagree=None,
    same_statement=None,
    verbatim=None,
) -> list[tuple]:
    """Pairs of assessed claims (:class:`~accord.corpuswide.contradictions.StatedClaim`,
    in time order) that disagree: of the same thing (the talks, or a proposal), opposite
    polarity, different documents that share a party, claimants of different sides,
    dates at most ``window_days`` apart, a side in ``involving`` when it is given.

    Claims are compared only within a party's block and a sliding date window, so the
    work grows with the claims of one cycle, not the corpus. One statement reported by
    several articles is one opponent (:func:`_one_report_per_statement`), and two
    articles and two claimants hold one pair, the earliest.

    Other kinds of claim (:mod:`accord.corpuswide.blame`) are paired the same way with
    their own ``disagree``, ``same_statement`` (two reports of one statement) and
    ``verbatim`` (a report quoting it) tests; assessments' are the defaults."""
    disagree = disagree or _disagree
    same_statement = same_statement or _same_wording
    verbatim = verbatim or _verbatim
    by_party: dict[str, list[int]] = defaultdict(list)
    for index, stated in enumerate(assessed):
        if stated.date is None:
            continue
        for party in parties.get(stated.document.id, ()):
            by_party[party].append(index)
    pairs: set[tuple[int, int]] = set()
    for _, members in sorted(by_party.items()):
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                if (assessed[j].date - assessed[i].date).days > window_days:
                    break
                if disagree(assessed[i], assessed[j]):
                    pairs.add((i, j))
    chosen: dict[tuple, tuple[int, int]] = {}
    for i, j in sorted(_one_report_per_statement(pairs, assessed, same_statement, verbatim)):
        a, b = assessed[i], assessed[j]
        if involving is not None and not (a.document.id in involving or b.document.id in involving):
            continue
        chosen.setdefault(
            (frozenset((a.document.id, b.document.id)), frozenset((a.by, b.by))), (i, j)
        )
    return [(assessed[i], assessed[j]) for i, j in sorted(chosen.values())]


def _one_report_per_statement(
    pairs: set[tuple[int, int]], assessed: list, same_statement, verbatim
) -> set:
    """The pairs left once each claim meets one report of a statement that several
    articles report: when two of a claim's opponents judge the same thing the same way
    in the same words (a joint statement each article credits to another of its
    authors), only the better report is kept, the one that quotes the judgement
    verbatim, else the earlier, else the smaller document id. (Whatever ``involving``
    is, the reports are ranked among all of them, so an update keeps the pairs a full
    recompute keeps.)"""
    opponents: dict[int, list[int]] = defaultdict(list)
    for i, j in pairs:
        opponents[i].append(j)
        opponents[j].append(i)

    def rank(index: int) -> tuple:
        stated = assessed[index]
        return (not verbatim(stated), stated.date, stated.document.id)

    def outranked(claim: int, opponent: int) -> bool:
        return any(
            other != opponent
            and assessed[other].document.id != assessed[opponent].document.id
            and same_statement(assessed[other], assessed[opponent])
            and rank(other) < rank(opponent)
            for other in opponents[claim]
        )

    return {(i, j) for i, j in pairs if not outranked(i, j) and not outranked(j, i)}


def _same_wording(a, b) -> bool:
    """Two reports of one statement: they judge in enough of the same words."""
    return len(_wording(a) & _wording(b)) >= _LEXICON["same_wording"]


def _wording(stated) -> frozenset[str]:
    """The words of judgement a claim's statement uses."""
    return frozenset(_TOKEN.findall(stated.claim.text.lower())) & _JUDGING


def _verbatim(stated) -> bool:
    """Whether the statement's words of judgement are quoted verbatim (in quotation
    marks, the last one left open when a report's excerpt ends inside it)."""
    quoted = " ".join(_QUOTATION_MARK.split(stated.claim.text.lower())[1::2])
    return bool(_JUDGING.intersection(_TOKEN.findall(quoted)))


def _disagree(a, b) -> bool:
    if a.claim.subject != b.claim.subject or a.claim.polarity == b.claim.polarity:
        return False
    return a.document.id != b.document.id and root_of(a.by) != root_of(b.by)


def topic(claim: Claim, other: Claim) -> str:
    """ "assessment of the talks" or "assessment of the proposal" (both claims judge it)."""
    return f"assessment of the {claim.subject}"
