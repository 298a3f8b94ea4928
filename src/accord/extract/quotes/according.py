"""``according to X, …`` / ``…, according to X``: X said the rest of the clause, unless
the clause has a cue of its own and X only relays it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.extract.quotes.candidate import Candidate, trim
from accord.extract.quotes.cues import CLAUSE_DEPS, OBJECT_CONTENT_CUES, is_cue
from accord.extract.quotes.relays import (
    citing_after,
    outlet_id,
    outlet_name,
    press_at_large,
    slug,
)
from accord.nlp.docviews import doc_text

ACCORDING_TO = "quotes.indirect.according_to"
#: Cues that commit their subject to an act ("pledged to meet", "vowed to respond"): under
#: "according to X" they are what X says the subject committed to, not a second attribution.
COMMITMENT_CUES = frozenset({"pledge", "vow", "promise", "commit"})


def matches_words(doc: Doc, token: Token, words: tuple[str, ...]) -> bool:
    end = token.i + len(words)
    return end <= len(doc) and [t.lower_ for t in doc[token.i : end]] == list(words)


def according_to(doc: Doc, token: Token, length: int) -> Candidate | None:
    """``according to X, …`` / ``…, according to X``: X said the rest of the clause."""
    last = doc[token.i + length - 1]
    objects = [child for child in last.children if child.dep_ == "pobj"]
    objects += [child for child in token.children if child.dep_ == "pobj"]
    if not objects or _has_own_cue(token):
        return None
    if is_cue(token.head) and press_at_large(objects[0]):
        return None  # "according to media reports, X expressed …": X's statement, relayed
    phrase_start = token.i
    phrase_end = max(t.i for t in objects[0].subtree) + 1
    sent = token.sent
    before = (sent.start_char, doc[phrase_start].idx)
    after = (doc[phrase_end - 1].idx + len(doc[phrase_end - 1].text), sent.end_char)
    pieces = [trim(doc_text(doc), *before), trim(doc_text(doc), *after)]
    pieces = [(a, b) for a, b in pieces if b - a > 3]
    if not pieces:
        return None
    cue_text = doc[token.i : token.i + length].text
    speaker, relay = objects[0], None
    cited = citing_after(doc, phrase_end)
    if cited is not None:
        # "According to Axios, citing two officials, …": the officials speak, Axios relays
        participle, obj = cited
        name = outlet_name(objects[0])
        relay = (outlet_id(name) or slug(name), name)
        speaker = obj
        skip_to = max(t.i for t in participle.subtree) + 1
        start = doc[skip_to].idx if skip_to < len(doc) else sent.end_char
        pieces = [
            trim(doc_text(doc), max(a, start), b) if a < start < b else (a, b) for a, b in pieces
        ]
        pieces = [(a, b) for a, b in pieces if b - a > 3 and b > start]
        if not pieces:
            return None
    candidate = Candidate(ACCORDING_TO, token, cue_text, speaker, pieces)
    candidate.relay = relay
    return candidate


def _has_own_cue(according: Token) -> bool:
    """``…, he said, according to TRT``: the cue names the speaker, TRT only relays."""
    head = according.head
    if is_cue(head):
        # "according to X, Moscow demanded the withdrawal": X's account of an act, its words;
        # "according to a statement from Doha, both sides pledged to meet again": X's account
        # of a commitment the sides made, unless X is an outlet relaying it
        if head.lemma_.lower() in COMMITMENT_CUES and not _names_an_outlet(according):
            return False
        return not _states_an_act(head)
    return any(
        is_cue(token)
        and token.i != according.i
        and not token.is_ancestor(according)
        and according.sent == token.sent
        and not according.is_ancestor(token)
        and not _inside_content(token, head)
        for token in according.sent
    )


def _names_an_outlet(according: Token) -> bool:
    """Does "according to X" name a news outlet (a relay of what follows)?"""
    objects = [c for t in (according, *according.children) for c in t.children if c.dep_ == "pobj"]
    return any(outlet_id(outlet_name(obj)) for obj in objects)


def _states_an_act(cue: Token) -> bool:
    """A cue whose only statement is its object ("demanded the withdrawal"), no clause."""
    return cue.lemma_.lower() in OBJECT_CONTENT_CUES and not any(
        child.dep_ in CLAUSE_DEPS or child.dep_ == "xcomp" for child in cue.children
    )


def _inside_content(cue: Token, head: Token) -> bool:
    """``According to X, A was ready but B turned it down and insisted on …``: a cue
    coordinated inside the clause X states is part of X's statement, not an attribution."""
    return head.is_ancestor(cue) and cue.dep_ in ("conj", "ccomp", "xcomp", "advcl", "relcl")
