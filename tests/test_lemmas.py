"""The English model's lemmatizer is corrected for word forms it gets wrong."""

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("The opposition staged protests in Accra.", "staged", "stage"),
        ("The rebels are staging attacks.", "staging", "stage"),
        ("Togo greenlit the plan.", "greenlit", "greenlight"),
    ],
)
def test_corrected_lemmas(text, form, lemma):
    from accord.cli._util import load_nlp

    doc = load_nlp(None)(text)
    assert next(t for t in doc if t.text == form).lemma_ == lemma
