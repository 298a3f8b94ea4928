"""Statements named by a participle on a statement noun: ``the ministry issued a
statement dismissing the draft``, ``the council published a statement saying it would …``.

The participle's phrase (or, for a speech verb, its clause) is what the statement says;
the speaker is whoever issued it: the subject of the verb the noun is the object of
("X released a statement …"), else the noun's owner ("X's statement …", "a statement by X").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.extract.quotes.candidate import Candidate
from accord.extract.quotes.cues import CLAUSE_DEPS, is_cue
from accord.extract.quotes.speaker_phrases import STATEMENT_NOUNS
from accord.nlp.docviews import doc_tokens

RULE = "quotes.indirect.statement"


def issuer_of(noun: Token) -> Token | None:
    """Who issued a statement noun: "X released a statement", "X's statement", "a
    statement by X"."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        for child in noun.head.children:
            if child.dep_ in ("nsubj", "agent"):
                if child.dep_ == "agent":
                    return next((c for c in child.children if c.dep_ == "pobj"), None)
                return child
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def statement_candidates(doc: Doc) -> list[Candidate]:
    found = []
    for token in doc_tokens(doc):
        if token.tag_ != "VBG" or token.dep_ != "acl":
            continue
        noun = token.head
        if noun.lemma_.lower() not in STATEMENT_NOUNS or noun.pos_ != "NOUN":
            continue
        issuer = issuer_of(noun)
        if issuer is None:
            continue
        clause = None
        if is_cue(token):
            clause = next((c for c in token.children if c.dep_ in CLAUSE_DEPS), None)
        tokens = [t for t in (clause or token).subtree if not t.is_space]
        if clause is not None:
            tokens = [t for t in tokens if not (t.dep_ == "mark" and t.head == clause)]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if len(tokens) < 3:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        found.append(Candidate(RULE, token, token.text, issuer, [(start, end)]))
    return found
