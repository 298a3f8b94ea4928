"""Which tokens can trigger an event: one pass over the parsed document's arrays.

A token is a candidate trigger of a kind when its lemma (or, for nouns and adjectives,
its lower-case form) is in that kind's lexicon and its part of speech fits:

- ``VERB``: a lexicon verb's lemma, tagged VERB and not in a nominal relation (below);
- ``NOUN``: a lexicon noun, light-verb noun or pact word, by lemma or form, tagged NOUN, or
  tagged VERB where the parser made it a nominal argument ("Ceasefire talks … collapsed":
  the tagger's "talks" is a verb, the parser's a subject, and the parser, which sees the
  whole clause, is the one to follow);
- ``SPEECH``: a speech verb's lemma, tagged VERB and not in a nominal relation (its
  complement may carry an obligation);
- ``ADJ``: a predicative adjective's form, tagged ADJ or VERB.

This is what a ``Matcher`` with those four single-token patterns finds, in the same order
(text order, and at one token the kinds in the order above), without building a Python
object for every token of every document: the lexicon words are compared as string
hashes against ``Doc.to_array`` columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import hash_string
from spacy.symbols import IDS as SYMBOLS  # the parser's own labels are symbols, not hashes
from spacy.tokens import Doc, Token

VERB, NOUN, SPEECH, ADJ = "VERB", "NOUN", "SPEECH", "ADJ"
KINDS = (VERB, NOUN, SPEECH, ADJ)
#: Relations only a noun phrase fills: a token tagged VERB in one of them is a noun.
NOMINAL_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj")


def _hashes(words: Iterable[str]) -> np.ndarray:
    return np.array(sorted({hash_string(word) for word in words}), dtype=np.uint64)


class TriggerScan:
    """Candidate trigger tokens of a document, with their kind."""

    def __init__(
        self,
        verbs: Iterable[str],
        nouns: Iterable[str],
        speech: Iterable[str],
        adjectives: Iterable[str],
    ) -> None:
        self.verbs, self.nouns = _hashes(verbs), _hashes(nouns)
        self.speech, self.adjectives = _hashes(speech), _hashes(adjectives)
        self.verb_pos, self.noun_pos, self.adj_pos = (POS_IDS[p] for p in ("VERB", "NOUN", "ADJ"))
        self.nominal = np.array([SYMBOLS[dep] for dep in NOMINAL_ARGUMENTS], dtype=np.uint64)

    def __call__(self, doc: Doc) -> Iterator[tuple[Token, str]]:
        """(token, kind) for every candidate, in text order; a token that fits several
        kinds comes once per kind, in the order of :data:`KINDS`."""
        if not len(doc):
            return
        columns = doc.to_array([LEMMA, LOWER, POS, DEP])
        lemma, lower, pos = columns[:, 0], columns[:, 1], columns[:, 2]
        tagged_verb = pos == self.verb_pos
        verb_as_noun = tagged_verb & np.isin(columns[:, 3], self.nominal)
        is_verb = tagged_verb & ~verb_as_noun
        is_noun = (pos == self.noun_pos) | verb_as_noun
        found = (
            np.isin(lemma, self.verbs) & is_verb,
            (np.isin(lemma, self.nouns) | np.isin(lower, self.nouns)) & is_noun,
            np.isin(lemma, self.speech) & is_verb,
            np.isin(lower, self.adjectives) & (tagged_verb | (pos == self.adj_pos)),
        )
        for index in np.flatnonzero(np.logical_or.reduce(found)).tolist():
            token = doc[index]
            for kind, hits in zip(KINDS, found, strict=True):
                if hits[index]:
                    yield token, kind
