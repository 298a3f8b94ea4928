"""Contradictions stated in other words: "said no", "is a refusal", "amounts to a
rejection", and a side's delegation or a side's plan named with or without its owner."""

from __future__ import annotations

from accord.report import analyze


def contradictions_of(nlp, text: str):
    report = analyze(text, outlet="Example Wire", published="2025-06-02", nlp=nlp)
    return {frozenset((c.a.by, c.b.by)) for c in report.contradictions}


def test_saying_no_contradicts_accepting(nlp):
    text = (
        "Talks in Geneva ended on Thursday.\n"
        'Chad\'s foreign ministry said: "We offered a truce and Niger said no."\n'
        "Niger's foreign ministry said Niger had accepted the truce in full."
    )
    assert frozenset(("TCD.GOV", "NER.GOV")) in contradictions_of(nlp, text)


def test_a_yes_called_a_refusal_contradicts_accepting(nlp):
    text = (
        "Talks in Geneva ended on Thursday.\n"
        "Niger's foreign ministry said Niger had accepted the framework.\n"
        "Chadian officials said Niger's yes was a refusal in disguise."
    )
    assert frozenset(("TCD.GOV", "NER.GOV")) in contradictions_of(nlp, text)


def test_amendments_amounting_to_a_rejection_contradict_acceptance(nlp):
    text = (
        "Talks in Geneva ended on Thursday.\n"
        "Niger's foreign ministry said Niger had accepted the Chadian plan.\n"
        "Chad's foreign minister said the Nigerien amendments amounted to a rejection of the plan."
    )
    assert frozenset(("TCD.GOV", "NER.GOV")) in contradictions_of(nlp, text)


def test_a_cleft_sentence_is_about_its_focus(nlp):
    text = (
        "Ceasefire talks between the two sides ended in Geneva.\n"
        "Niger's foreign ministry said Niger had accepted the Chadian plan.\n"
        "Officials in N'Djamena were quick to claim that it was Niger that had rejected the "
        "Chadian plan."
    )
    assert frozenset(("TCD.GOV", "NER.GOV")) in contradictions_of(nlp, text)


def test_missing_contradicts_hitting(nlp):
    text = (
        "Talks on shipping in the Red Sea stalled in Muscat.\n"
        "Houthi military spokesman Brig. Gen. Adam Yusuf said the rockets had directly hit "
        "the cargo ship.\n"
        "The U.S. military said the rockets missed."
    )
    assert frozenset(("HOUTHIS", "USA.MIL")) in contradictions_of(nlp, text)
