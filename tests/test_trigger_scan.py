"""The event trigger scan finds what a Matcher with the four trigger patterns finds."""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from accord.extract.events.scan import ADJ, NOMINAL_ARGUMENTS, NOUN, SPEECH, VERB, TriggerScan


def _doc(words: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=lemmas)


def test_kinds_by_lemma_form_and_part_of_speech_in_text_then_pattern_order():
    scan = TriggerScan(
        verbs=["warn", "shell"], nouns=["talks", "truce"], speech=["warn"], adjectives=["opposed"]
    )
    doc = _doc(
        [
            "Rebels",
            "shelled",
            "positions",
            "and",
            "warned",
            "of",
            "Talks",
            ",",
            "opposed",
            "truces",
        ],
        ["NOUN", "VERB", "NOUN", "CCONJ", "VERB", "ADP", "NOUN", "PUNCT", "VERB", "NOUN"],
        ["rebel", "shell", "position", "and", "warn", "of", "talk", ",", "oppose", "truce"],
    )
    found = [(token.i, kind) for token, kind in scan(doc)]
    # "Talks" by its lower-case form, "truces" by its lemma; "warned" is a verb and a speech verb
    assert found == [(1, VERB), (4, VERB), (4, SPEECH), (6, NOUN), (8, ADJ), (9, NOUN)]


def test_a_word_with_the_wrong_part_of_speech_is_no_trigger():
    scan = TriggerScan(verbs=["strike"], nouns=["strike"], speech=[], adjectives=[])
    doc = _doc(["strike", "strike", "strike"], ["VERB", "NOUN", "ADJ"], ["strike"] * 3)
    assert [(token.i, kind) for token, kind in scan(doc)] == [(0, VERB), (1, NOUN)]
    assert list(scan(_doc([], [], []))) == []


def test_a_verb_tag_in_a_nominal_relation_is_read_as_a_noun():
    scan = TriggerScan(verbs=["talk"], nouns=["talks"], speech=[], adjectives=[])
    words = ["Ceasefire", "talks", "stalled", "as", "envoys", "talks"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=["NOUN", "VERB", "VERB", "SCONJ", "NOUN", "VERB"],
        lemmas=["ceasefire", "talk", "stall", "as", "envoy", "talk"],
        heads=[1, 2, 2, 5, 5, 2],
        deps=["compound", "nsubj", "ROOT", "mark", "nsubj", "advcl"],
    )
    # the parser's subject is a noun whatever the tagger said; the clause's verb stays one
    assert [(token.i, kind) for token, kind in scan(doc)] == [(1, NOUN), (5, VERB)]


def test_the_scan_matches_the_matcher_on_parsed_text(nlp):
    coder = nlp.get_pipe("accord_events").run
    grammar, lexicon = coder.grammar, coder.lexicon
    nouns = sorted(
        set(lexicon.nouns) | {n for table in lexicon.light.values() for n in table} | grammar.pacts
    )
    matcher = Matcher(nlp.vocab)
    verb = {"POS": "VERB", "DEP": {"NOT_IN": list(NOMINAL_ARGUMENTS)}}
    nominal_verb = {"POS": "VERB", "DEP": {"IN": list(NOMINAL_ARGUMENTS)}}
    matcher.add("VERB", [[{"LEMMA": {"IN": sorted(lexicon.verbs)}, **verb}]])
    matcher.add("NOUN", [[{"LEMMA": {"IN": nouns}, "POS": "NOUN"}],
                         [{"LOWER": {"IN": nouns}, "POS": "NOUN"}],
                         [{"LEMMA": {"IN": nouns}, **nominal_verb}],
                         [{"LOWER": {"IN": nouns}, **nominal_verb}]])  # fmt: skip
    matcher.add("SPEECH", [[{"LEMMA": {"IN": sorted(grammar.speech)}, **verb}]])
    matcher.add("ADJ", [[{"LOWER": {"IN": sorted(lexicon.adjectives)},
                          "POS": {"IN": ["ADJ", "VERB"]}}]])  # fmt: skip
    text = (
        "Artillery units shelled two villages near the border on Tuesday, officials said.\n"
        "The foreign minister said the militia must hand over its heavy weapons.\n"
        "Both delegations were opposed to a new round of talks, but agreed to a prisoner swap.\n"
        "Mediators warned that the truce could collapse if the sanctions were not lifted."
    )
    doc = nlp(text)
    expected = []
    for match_id, start, _ in sorted(matcher(doc), key=lambda m: m[1]):
        if (start, nlp.vocab.strings[match_id]) not in expected:
            expected.append((start, nlp.vocab.strings[match_id]))
    found = [(token.i, kind) for token, kind in coder.triggers.scan(doc)]
    assert found == expected
    assert {kind for _, kind in found} >= {VERB, NOUN, SPEECH}
