"""``according to X, …`` / ``…, according to X``: X said the rest of the clause, unless
the clause has a cue of its own and X only relays it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.extract.quotes.candidate import Candidate, trim
from accord.extract.quotes.cues import is_cue
from accord.nlp.docviews import doc_text


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
    return Candidate("quotes.indirect.according_to", token, cue_text, objects[0], pieces)


def _has_own_cue(according: Token) -> bool:
    """``…, he said, according to TRT``: the cue names the speaker, TRT only relays."""
    head = according.head
    if is_cue(head):
        return True
    return any(
        is_cue(token)
        and token.i != according.i
        and not token.is_ancestor(according)
        and according.sent == token.sent
        and not according.is_ancestor(token)
        for token in according.sent
    )
