"""Subjects the parser hangs on a fronted phrase (accord.nlp.subjects)."""

import pytest

from accord.report import analyze


@pytest.mark.slow
def test_a_subject_read_as_one_more_place_of_a_fronted_phrase_is_the_subject(nlp):
    report = analyze(
        "After two days of talks in the Togolese capital of Lome, the Ghanaian army and the "
        "paramilitary Volta Front signed a “Declaration of Commitment,” the envoy said.",
        nlp=nlp,
    )
    accepted = {s.party for s in report.stances if s.stance == "accepted"}
    assert {"GHA.MIL", "VOLTA_FRONT"} <= accepted


@pytest.mark.slow
def test_a_real_list_of_places_stays_in_its_phrase(nlp):
    doc = nlp("After talks in Accra, Lome and Abuja, the army signed a truce.")
    abuja = next(t for t in doc if t.text == "Abuja")
    army = next(t for t in doc if t.text == "army")
    assert abuja.dep_ == "conj"
    assert army.dep_ == "nsubj" and army.head.text == "signed"
