"""Lemmas the English model gets wrong, set right before its lemmatizer runs.

The small model's rule lemmatizer strips "staged" to "stag" and leaves "greenlit" as it is,
so "staged protests" and "staged an attack" miss the light verb that codes them. The
model's own attribute ruler sets these lemmas (its lemmatizer keeps a lemma already set);
the forms are a data list (``lemma_corrections`` in ``data/lexicon/grammar.yaml``).
"""

from __future__ import annotations

from spacy.language import Language

from accord.data import load_data


def correct_lemmas(nlp: Language) -> None:
    """Teach the model's attribute ruler each listed word form's lemma."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for form, lemma in load_data("lexicon/grammar")["lemma_corrections"].items():
        ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})
