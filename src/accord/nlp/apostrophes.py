"""The typographic apostrophe read as the plain one.

Wire copy writes possessives of names ending in s with a typographic apostrophe
("Cyprus’ leaders", "the rebels’ demand"). The tokeniser splits it off as it does the
plain one, but the statistical model sees a different shape and affixes and takes it for
a closing quotation mark: the sentence is cut before the noun it belongs to and "Cyprus"
falls out of what the U.N. said. The model's features for the lone mark are made those of
the plain apostrophe (its norm already is); the text itself is untouched.
"""

from __future__ import annotations

from spacy.language import Language

TYPOGRAPHIC = "\u2019"
PLAIN = "'"


def read_typographic_apostrophe_as_plain(nlp: Language) -> None:
    lexeme = nlp.vocab[TYPOGRAPHIC]
    lexeme.shape_ = PLAIN
    lexeme.prefix_ = PLAIN
    lexeme.suffix_ = PLAIN
