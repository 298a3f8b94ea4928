"""The claims extractor: each attributed statement as normalised propositions,
and the statements of one article that contradict each other.

Runs last, over the quotes. Each quote's content is parsed into claims
(:mod:`accord.extract.propositions`); two claims contradict when different
actors state the same proposition (subject, predicate, object, status) with
opposite polarity. What the article states outside any quote is parsed the same
way into the outlet's own claims (``analysis.narration``): an outlet that writes
"the talks have ended" claims it, and may be contradicted by another article. An
accusation the accused deny in the same article is a contradiction too
(:mod:`accord.extract.denials`).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import combinations

from spacy.tokens import Doc

from accord.data import load_data
from accord.extract.analysis import Analysis
from accord.extract.denials import denied_accusations
from accord.extract.propositions import Context, propositions
from accord.model import Claim, Contradiction, ContradictionSide, Quote
from accord.registry import extractors

NEGATING_CUES = frozenset(load_data("quotes/cues")["negating"])
SPEECH_VERBS = frozenset(load_data("quotes/cues")["verbs"])


@extractors.register("claims")
def make_claims_extractor(nlp):
    def extract(doc: Doc) -> None:
        analysis: Analysis = doc._.accord
        for quote in analysis.quotes:
            quote.claims = claims_of_quote(doc, analysis, quote)
        if analysis.on_topic:
            analysis.narration = narration_claims(doc, analysis)
        analysis.contradictions.extend(
            contradictions_between(analysis.quotes, analysis, doc_id=analysis.doc_id)
        )
        if analysis.on_topic:
            stated = {frozenset((c.a.by, c.b.by)) for c in analysis.contradictions}
            analysis.contradictions.extend(
                c
                for c in denied_accusations(doc, analysis)
                if frozenset((c.a.by, c.b.by)) not in stated
            )

    return extract


def claims_of_quote(doc: Doc, analysis: Analysis, quote: Quote) -> list[Claim]:
    """The propositions of the top-level clauses of a quote's content."""
    ranges = [(start, end) for start, end, quote_id in analysis.quote_spans if quote_id == quote.id]
    within: set[int] = set()
    for start, end in ranges:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            within.update(range(span.start, span.end))
    if not within:
        return []
    cue = None
    if quote.cue_span is not None:
        cue = doc.char_span(quote.cue_span.start, quote.cue_span.end, alignment_mode="expand")
    negated_by_cue = cue is not None and cue.root.lemma_.lower() in NEGATING_CUES
    context = Context(analysis, quote.speaker_actor, negated_by_cue)
    tokens = (doc[i] for i in sorted(within))
    roots = [t for t in tokens if t.head.i not in within or t.head.i == t.i]
    claims: list[Claim] = []
    for root in roots:
        if root.pos_ in ("VERB", "AUX"):
            claims.extend(propositions(root, context, within))
            claims.extend(_reported_inside(root, context, within))
    return claims


def narration_claims(doc: Doc, analysis: Analysis) -> dict[int, list[Claim]]:
    """The outlet's own claims, by sentence index: the clauses of each sentence outside
    every quote's content. A clause governed by a speech verb is someone else's
    statement, so speech verbs are left out (their quotes carry the claims)."""
    quoted = _quoted_tokens(doc, analysis.quote_spans)
    found: dict[int, list[Claim]] = {}
    for index, sentence in enumerate(doc.sents):
        tokens = list(sentence)  # walked twice; a span makes its tokens anew on each walk
        within = {token.i for token in tokens if token.i not in quoted}
        if not within:
            continue
        context = Context(analysis, None)
        claims = [
            claim
            for token in tokens
            if token.i in within
            and (token.head.i == token.i or token.head.i not in within)
            and token.pos_ in ("VERB", "AUX")
            and token.lemma_.lower() not in SPEECH_VERBS
            for claim in propositions(token, context, within)
            if claim.subject and claim.predicate not in SPEECH_VERBS
        ]
        if claims:
            found[index] = claims
    return found


def _quoted_tokens(doc: Doc, quote_spans: list[tuple[int, int, str]]) -> set[int]:
    """Indices of the tokens that start inside a quote's content (found once per
    document: a test per token and quote costs quadratic time on a quote-rich article)."""
    starts = [token.idx for token in doc]
    quoted: set[int] = set()
    for start, end, _ in quote_spans:
        quoted.update(range(bisect_left(starts, start), bisect_left(starts, end)))
    return quoted


def _reported_inside(root, context: Context, within: set[int]) -> list[Claim]:
    """``We informed the mediators that the movement agrees …``: the clause a speech
    verb inside the quote reports is the speaker's claim too."""
    if root.lemma_.lower() not in SPEECH_VERBS:
        return []
    claims: list[Claim] = []
    for child in root.children:
        if child.dep_ == "ccomp" and child.i in within and child.pos_ in ("VERB", "AUX"):
            claims.extend(propositions(child, context, within))
    return claims


def claimant(quote: Quote) -> str | None:
    """Who stands behind a quote's claims: its speaker's actor; for an unaffiliated
    anonymous source ("diplomatic sources", "a source"), the outlet that relayed it and
    vouches for it ("…, RIA Novosti reported, citing diplomatic sources")."""
    if quote.speaker_actor:
        return quote.speaker_actor
    if quote.speaker_kind == "anonymous" and quote.via:
        return quote.via
    return None


def same_subject(a: str | None, b: str | None) -> bool:
    """The same subject, or an actor and something of that actor's ("RUS" and
    "RUS:delegation", "RUS:amendment"): what a side's delegation does, the side does."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    owner_a, _, part_a = a.partition(":")
    owner_b, _, part_b = b.partition(":")
    return owner_a == owner_b and owner_a.isupper() and not (part_a and part_b)


def _same_object(a: str, b: str) -> bool:
    """The same object, or the same thing once one side names its owner and the other
    does not ("the plan" and "the Turkish plan")."""
    if a == b:
        return True
    owner_a, _, thing_a = a.rpartition(":")
    owner_b, _, thing_b = b.rpartition(":")
    return thing_a == thing_b and not (owner_a and owner_b)


def same_proposition(a: Claim, b: Claim) -> bool:
    """Same subject and predicate, compatible objects and the same status."""
    if not same_subject(a.subject, b.subject) or a.predicate != b.predicate:
        return False
    if a.object and b.object and not _same_object(a.object, b.object):
        return False
    return a.status == b.status


def contradictions_between(
    quotes: list[Quote], analysis: Analysis | None = None, doc_id: str | None = None
) -> list[Contradiction]:
    """Pairs of quotes from different actors whose claims are opposite."""
    found: list[Contradiction] = []
    seen: set[tuple] = set()
    for first, second in combinations(quotes, 2):
        by_first, by_second = claimant(first), claimant(second)
        if not by_first or not by_second or by_first == by_second:
            continue
        for claim_a in first.claims:
            for claim_b in second.claims:
                if claim_a.polarity == claim_b.polarity or not same_proposition(claim_a, claim_b):
                    continue
                key = (
                    frozenset((by_first, by_second)),
                    claim_a.subject,
                    claim_a.predicate,
                )
                if key in seen:
                    continue
                seen.add(key)
                found.append(
                    Contradiction(
                        id=analysis.next_id("c") if analysis else f"c{len(found) + 1}",
                        topic=topic_of(claim_a if claim_a.polarity else claim_b),
                        a=side(first, claim_a, doc_id, analysis),
                        b=side(second, claim_b, doc_id, analysis),
                        score=1.0,
                        rule="claims.polarity",
                    )
                )
    return found


def topic_of(claim: Claim) -> str:
    """A neutral one-line topic: "whether talk end"."""
    subject = (claim.subject or "").split(":")[-1]
    words = [subject, claim.predicate]
    if claim.object:
        words.append(claim.object.split(":")[-1])
    return "whether " + " ".join(word for word in words if word)


def side(quote: Quote, claim: Claim, doc_id: str | None, analysis: Analysis | None):
    return ContradictionSide(
        by=claimant(quote),
        claim=claim.text,
        speaker=quote.speaker,
        quote_id=quote.id,
        doc_id=doc_id,
        outlet=analysis.outlet if analysis else None,
        date=quote.date or (analysis.published if analysis else None),
        evidence=quote.evidence,
    )
