"""Short names an article gives its talks: "the Geneva International Discussions (GID)"
makes "the GID" the talks wherever the article uses it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from accord.lexicons.negotiation import Vocabulary
from accord.nlp.docviews import doc_tokens


def process_acronyms(doc: Doc, vocab: Vocabulary) -> frozenset[str]:
    """Upper-case short names set in brackets right after a process noun."""
    found = set()
    tokens = doc_tokens(doc)  # indexed by neighbours below
    for token in tokens[2:-1]:
        before, opening, closing = tokens[token.i - 2], tokens[token.i - 1], tokens[token.i + 1]
        if opening.text != "(" or closing.text != ")":
            continue
        if not (token.text.isupper() and token.text.isalpha() and 2 <= len(token.text) <= 6):
            continue
        if vocab.is_process_noun(before) or vocab.is_process_head(before):
            found.add(token.lower_)
    return frozenset(found)


def with_acronyms(vocab: Vocabulary, acronyms: frozenset[str]) -> Vocabulary:
    """The vocabulary with the article's short names of its talks as process nouns."""
    if not acronyms:
        return vocab
    return replace(
        vocab,
        process_nouns=vocab.process_nouns | acronyms,
        process_heads=vocab.process_heads | acronyms,
    )
