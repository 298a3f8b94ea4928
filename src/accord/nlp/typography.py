"""Typographic variants read as the plain marks the statistical model knows.

Wire copy writes possessives of names ending in s with a typographic apostrophe
("Cyprus’ leaders", "the rebels’ demand"). The tokeniser splits it off as it does the
plain one, but the statistical model sees a different shape and affixes and takes it for
a closing quotation mark: the sentence is cut before the noun it belongs to and "Cyprus"
falls out of what the U.N. said. Square brackets around an acronym ("the National
Liberation Army [ELN] guerrilla group") are rare in the model's training text: it reads
the opening one as a stray symbol and splits the name from the group it heads, where the
round brackets of the same phrase parse as an apposition. The model's features for each
variant are made those of its plain mark; the text itself is untouched.

A dash glued to the word after it ("MOSCOW -Russia accused Ukraine", a dateline that lost
its space) is split off as its own token: glued, the tokeniser keeps "-Russia" whole and no
actor is found in it. So is the hyphen after an abbreviation ("U.S.-backed", "U.K.-led"),
which the tokeniser splits in "US-backed" but keeps whole after a full stop: the state
behind the plan was lost. Words some outlets hyphenate ("cease-fire") are kept whole and
read as their one-word spelling.
"""

from __future__ import annotations

import re

from spacy.attrs import NORM, ORTH
from spacy.language import Language

from accord.data import load_data

#: Each variant and the plain mark whose features the model should see for it.
PLAIN_EQUIVALENTS = {"\u2019": "'", "[": "(", "]": ")"}


def read_typographic_variants_as_plain(nlp: Language) -> None:
    for variant, plain in PLAIN_EQUIVALENTS.items():
        lexeme = nlp.vocab[variant]
        lexeme.norm_ = plain
        lexeme.shape_ = plain
        lexeme.prefix_ = plain
        lexeme.suffix_ = plain


#: A hyphen or dash glued to a capitalised word: a separator, not part of the word.
GLUED_DASH = r"[-\u2013\u2014](?=[A-Z])"


def split_glued_dashes(nlp: Language) -> None:
    """Add :data:`GLUED_DASH` to the model's own prefix rules (setting them clears the
    tokeniser's cache)."""
    own = nlp.tokenizer.prefix_search.__self__.pattern
    nlp.tokenizer.prefix_search = re.compile(f"^{GLUED_DASH}|{own}").search


#: A hyphen after an abbreviation's full stop, before a word: "U.S.-backed".
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def split_abbreviation_hyphens(nlp: Language) -> None:
    """Add :data:`ABBREVIATION_HYPHEN` to the model's own infix rules."""
    own = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{ABBREVIATION_HYPHEN}|{own}").finditer


def keep_hyphenated_words_whole(nlp: Language) -> None:
    """Keep each listed hyphenated word one token, normalised to its one-word spelling, in
    the case forms news copy writes it ("cease-fire", "Cease-fire", "Cease-Fire")."""
    for word, plain in load_data("lexicon/grammar")["hyphenated_words"].items():
        for form in {word, word.capitalize(), word.title(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: plain}])
