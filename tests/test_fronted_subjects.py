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


def test_a_predicate_read_as_a_participle_after_a_relative_clause_gets_its_subject(nlp):
    doc = nlp(
        "Talks between Togo and the Volta Front resumed in Accra on Monday. Mensah, who has "
        "pursued a separatist agenda for years, called on the fighters to abandon the talks."
    )
    called = next(t for t in doc if t.text == "called")
    assert called.dep_ == "ROOT"
    assert [c.text for c in called.children if c.dep_ == "nsubj"] == ["Mensah"]


def test_a_real_reduced_relative_keeps_its_reading(nlp):
    doc = nlp("Mensah, who leads the group, said the fighters called up last year would stay.")
    called = next(t for t in doc if t.text == "called")
    assert called.dep_ != "ROOT"


@pytest.mark.parametrize(
    "text",
    [
        "ECOWAS imposed sanctions on Togo after the coup.",
        "The talks ended. ECOWAS imposed sanctions on Togo.",
        "IGAD called on the parties to return to talks.",
    ],
)
def test_a_listed_acronym_read_as_a_verb_is_the_subject_of_the_verb_after_it(nlp, text):
    doc = nlp(text)
    acronym = next(t for t in doc if t.text in ("ECOWAS", "IGAD"))
    assert acronym.dep_ == "nsubj" and acronym.pos_ == "PROPN"
    assert acronym.head.i == acronym.i + 1 and acronym.head.dep_ == "ROOT"


def test_a_listed_acronym_read_as_a_verb_gets_its_event(nlp):
    doc = nlp("ECOWAS imposed sanctions on Togo after the coup.")
    assert ("ECOWAS", "SANCTION", "TGO.GOV") in {
        (e.source, e.action, e.target) for e in doc._.accord.events
    }


def test_a_past_tense_verb_read_as_a_modifier_of_the_root_noun_is_the_predicate(nlp):
    from spacy.tokens import Doc

    from accord.nlp.subjects import restore_fronted_subjects

    # the parse the small model gives "Mediators of the talks announced that the round
    # had ended.": the noun as root, the verb as its modifier
    words = ["Mediators", "of", "the", "talks", "announced", "that", "the", "round", "had"]
    words += ["ended", "."]
    heads = [0, 0, 3, 1, 0, 9, 7, 9, 9, 4, 0]
    deps = ["ROOT", "prep", "det", "pobj", "acl", "mark", "det", "nsubj", "aux", "ccomp"]
    deps += ["punct"]
    tags = ["NNS", "IN", "DT", "NNS", "VBD", "IN", "DT", "NN", "VBD", "VBN", "."]
    pos = ["NOUN", "ADP", "DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB"]
    pos += ["PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    restore_fronted_subjects(doc)
    assert doc[4].dep_ == "ROOT" and doc[4].head.i == 4
    assert doc[0].dep_ == "nsubj" and doc[0].head.i == 4
    doc = Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, tags=tags[:4] + ["VBN"] + tags[5:], pos=pos
    )
    restore_fronted_subjects(doc)
    assert doc[4].dep_ == "acl"  # a participle, as in a headline, keeps its reading
