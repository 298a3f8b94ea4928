"""Answers to proposals: agreeing to or rejecting "the plan" targets whoever tabled it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.data import words
from accord.extract.analysis import ActorMention, Analysis
from accord.extract.events.coded import Coded
from accord.extract.events.mentions import is_media

#: Objects that stand for another party's offer: agreeing to or rejecting one
#: answers whoever made it ("rejected the deal").
PROPOSALS = frozenset(words("proposals", "answered_proposals"))
#: Pacts agreed with the other side unless "the" or an owner points to a tabled proposal.
PACTS = frozenset(words("proposals", "pacts"))
#: Pronouns that may stand for a proposal just named ("refused to sign up to it").
PROPOSAL_PRONOUNS = frozenset(words("grammar", "proposal_pronouns"))
#: Proposal nouns general enough to refer back to any proposal tabled earlier ("the proposal").
GENERIC_PROPOSALS = frozenset(words("proposals", "generic_proposals"))
#: Dependents that name what an answer answers ("agreed to the plan", "refused to meet").
ANSWERED_DEPS = {"dobj", "prep", "xcomp", "ccomp", "nsubjpass", "attr", "dative", "prt"}
#: Types whose recipient is the proposer when only the proposal is named.
ANSWERS = {"AGREE", "REJECT", "CONCEDE", "SUPPORT"}
#: Of those, the ones a bare verb answers ("Kyiv agrees"); "Tokyo welcomed" says not what.
BARE_ANSWERS = {"AGREE", "REJECT", "CONCEDE"}


def answers_proposal(coded: Coded) -> bool:
    """Does the event answer a proposal ("agreed to the deal", "rejected the offer")?"""
    if coded.trigger.lemma_.lower() in ("reservations",):
        return True
    if coded.trigger.pos_ == "NOUN" and coded.action == "AGREE":
        return True  # "announced its approval": approval of the other side's offer
    return _answered_noun(coded) is not None


def bare_answer(coded: Coded) -> bool:
    """A verb of answering with nothing answered named: "Kyiv agrees", "Moscow refused". A
    clause set off by punctuation is no complement ("Kyiv agrees, Moscow has reservations")."""
    anchor = coded.anchor
    if anchor.pos_ not in ("VERB", "AUX") or anchor is not coded.trigger:
        return False
    doc = anchor.doc
    for child in anchor.children:
        if child.dep_ not in ANSWERED_DEPS:
            continue
        between = (
            doc[child.right_edge.i + 1 : anchor.i]
            if child.i < anchor.i
            else doc[anchor.i + 1 : child.left_edge.i]
        )
        if child.dep_ == "ccomp" and any(t.pos_ == "PUNCT" for t in between):
            continue
        return False
    return True


def _answered_noun(coded: Coded) -> str | None:
    """The proposal noun the event answers: "rejected the plan" → "plan"; through a complement
    and a pronoun, "refused to sign up to it" → the proposal named just before."""
    heads = [coded.anchor] + [c for c in coded.anchor.children if c.dep_ == "xcomp"]
    for head in heads:
        for child in head.children:
            nouns = [child] if child.dep_ in ("dobj", "nsubjpass") else []
            if child.dep_ == "prep":
                nouns = [g for g in child.children if g.dep_ == "pobj"]
            for noun in nouns:
                if noun.lower_ in PROPOSAL_PRONOUNS:
                    antecedent = _proposal_before(noun)
                    if antecedent is not None:
                        return antecedent
                    continue
                words = {noun.lemma_.lower()} | {
                    c.lower_ for c in noun.children if c.dep_ in ("compound", "conj")
                }
                if words & PROPOSALS and not _pact_with_the_other_side(noun, words):
                    return noun.lemma_.lower()
    return None


def _pact_with_the_other_side(noun: Token, words: set[str]) -> bool:
    """ "agreed to a ceasefire": a pact named as such, not a proposal someone tabled ("the
    truce", "Egypt's truce", "the truce proposal" are)."""
    if noun.lemma_.lower() not in PACTS or (words - PACTS) & PROPOSALS:
        return False
    return not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        for c in noun.children
    ) and not any(c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") for c in noun.children)


def _proposal_before(pronoun: Token) -> str | None:
    """The nearest proposal noun before a pronoun, in its sentence or the one before."""
    sentence = pronoun.sent
    start = pronoun.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    for token in reversed(pronoun.doc[start : pronoun.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() in PROPOSALS:
            return token.lemma_.lower()
    return None


def find_proposer(
    analysis: Analysis,
    coded: Coded,
    sources: set[str],
    proposing: set[str],
    owned: bool = False,
) -> str | None:
    """Whoever made the proposal being answered. In order: the latest earlier actor in the
    document that owns or tabled one named by the same noun ("Turkey presented a plan" …
    "accepted the plan"); one that owns or tabled any proposal nearby (same sentence, 3 back);
    for a generic noun ("the proposal"), one anywhere earlier; else the most recent other actor
    in the same sentence (unless only an owned or tabled proposal will do)."""
    trigger = coded.trigger
    doc = trigger.doc
    sentence = trigger.sent
    earlier = [
        m
        for m in analysis.mentions
        if m.start < trigger.i and m.actor not in sources and not is_media(m)
    ]
    tabled = [(m, owned_proposal(doc, m, proposing)) for m in earlier]
    tabled = [(m, noun) for m, noun in tabled if noun]
    answered = _answered_noun(coded)
    earliest = sentence.start
    for _ in range(3):
        if earliest == 0:
            break
        earliest = doc[earliest - 1].sent.start
    same = [m for m, noun in tabled if noun == answered]
    nearby = [m for m, _ in tabled if m.start >= earliest]
    generic = [m for m, _ in tabled] if answered in GENERIC_PROPOSALS else []
    # an actor named in the same sentence may be the proposer; one only named sentences
    # before is as often a third party as the proposer, and the counterparts decide then
    in_sentence = [] if owned else [m for m in earlier if m.start >= sentence.start]
    chosen = same or nearby or generic or in_sentence
    return chosen[-1].actor if chosen else None


def owned_proposal(doc: Doc, mention: ActorMention, proposing: set[str]) -> str | None:
    """The proposal noun a mention owns or tables: "Turkey's plan", "a Hamas proposal", "the
    Egyptian-Qatari framework", "Ankara presented both sides with a plan"."""
    head = doc[mention.end - 1]
    if head.dep_ in ("poss", "compound", "amod", "nmod") and (
        head.head.lemma_.lower() in PROPOSALS or head.head.lower_ in PROPOSALS
    ):
        return head.head.lemma_.lower()
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in proposing:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    for noun in objects:
        if noun.lemma_.lower() in PROPOSALS or noun.lower_ in PROPOSALS:
            return noun.lemma_.lower()
    return None


def claimant(analysis: Analysis, coded: Coded, sources: set[str], claims: set[str]) -> str | None:
    """Whoever made the claim an event rejects: "The army rejected that account" answers the
    speaker of the latest statement before it (within three sentences) by someone else."""
    anchor = coded.anchor
    if not any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in claims for c in anchor.children
    ):
        return None
    doc = anchor.doc
    earliest = anchor.sent.start
    for _ in range(3):
        if earliest == 0:
            break
        earliest = doc[earliest - 1].sent.start
    floor, ceiling = doc[earliest].idx, anchor.sent.start_char
    found = None
    for quote in analysis.quotes:
        span = quote.content_span
        if span is None or not floor <= span.start < ceiling:
            continue
        if quote.speaker_actor and quote.speaker_actor not in sources:
            found = quote.speaker_actor
    return found
