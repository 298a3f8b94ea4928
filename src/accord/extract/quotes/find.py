"""Every statement of a document in reading order: direct quotes, headline
attributions and reported speech, outermost only.
"""

from __future__ import annotations

from spacy.tokens import Doc

from accord.extract.quotes.candidate import Candidate, inside
from accord.extract.quotes.cues import CUE_LEMMAS, PREPOSITION_STARTS
from accord.extract.quotes.direct import direct_candidates, stands_alone
from accord.extract.quotes.headline import headline_candidates
from accord.extract.quotes.nesting import holds_partial_quote, outermost
from accord.extract.quotes.posts import post_candidates
from accord.extract.quotes.quotemarks import find_quoted
from accord.extract.quotes.reported import CHARACTERISATION, reported_candidate
from accord.extract.quotes.statements import statement_candidates
from accord.nlp.docviews import doc_text, doc_tokens


def find_candidates(doc: Doc) -> list[Candidate]:
    """Every direct and reported statement in reading order, outermost only."""
    text = doc_text(doc)
    quoted = find_quoted(text)
    direct = [q for q in quoted if stands_alone(text, q)]
    fragments = [q for q in quoted if q not in direct]
    candidates, used_cues = direct_candidates(doc, direct)
    candidates.extend(headline_candidates(doc))
    posts = post_candidates(doc)
    candidates.extend(posts)
    used_cues |= {post.cue.i for post in posts}
    inside_direct = [(q.start, q.end) for q in direct]
    statements = statement_candidates(doc)
    candidates.extend(statements)
    used_cues |= {statement.cue.i for statement in statements}
    for token in doc_tokens(doc):
        if token.lemma_.lower() not in CUE_LEMMAS and token.lower_ not in PREPOSITION_STARTS:
            continue  # neither a cue verb nor the first word of "according to"
        if token.i in used_cues or inside(token.idx, inside_direct):
            continue
        candidate = reported_candidate(doc, token)
        if candidate is not None:
            candidates.append(candidate)
    candidates = outermost(candidates)
    for candidate in candidates:
        if candidate.kind == "indirect" and holds_partial_quote(doc, candidate, fragments):
            candidate.kind = "mixed"
        elif candidate.rule == CHARACTERISATION and any(
            candidate.start <= q.start and q.end <= candidate.end + 1 for q in fragments
        ):
            candidate.kind = "mixed"  # what the thing was called, in the speaker's words
    candidates.sort(key=lambda c: c.start)
    return candidates
