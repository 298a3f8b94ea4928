"""The outlet's own narration as claims, and clause shapes that state a claim in other
words: a verb of not doing ("declined to attend"), an absence ("came without
preconditions"), a verb with its preposition ("came up with demands")."""

from __future__ import annotations

import pytest

from accord.corpuswide.contradictions import find_contradictions, subject_block
from accord.report import analyze
from accord.store.corpus import Item


def narrated(nlp, text: str):
    report = analyze(text, outlet="Example Wire", published="2025-06-02", nlp=nlp)
    return [(s, c) for s in report.sentences for c in s.claims], report


def test_narration_outside_quotes_is_the_outlets_claim(nlp):
    claims, report = narrated(
        nlp,
        "Talks in Geneva ended on Thursday without a deal.\n"
        'Chad\'s foreign minister said: "The talks will go on next week."',
    )
    predicates = {(c.subject, c.predicate, c.polarity) for _, c in claims}
    assert ("talk", "end", True) in predicates
    quoted = {c.text for q in report.quotes for c in q.claims}
    assert not quoted & {c.text for _, c in claims}  # the quote's clause is not narration


def test_a_verb_of_not_doing_denies_its_infinitive(nlp):
    claims, _ = narrated(nlp, "The northern rebels refused to attend the talks in Geneva.")
    (claim,) = [c for _, c in claims]
    assert (claim.predicate, claim.polarity, claim.status) == ("attend", False, "occurred")
    assert claim.text.startswith("The northern rebels refused")


def test_coming_without_preconditions_denies_setting_conditions(nlp):
    claims, _ = narrated(
        nlp, "The northern delegation came to the capital for talks without any preconditions."
    )
    assert ("set", "condition", False) in {(c.predicate, c.object, c.polarity) for _, c in claims}
    plain, _ = narrated(nlp, "The minister arrived in the capital without delay.")
    assert {c.predicate for _, c in plain} == {"arrive"}


def test_coming_up_with_demands_is_setting_conditions(nlp):
    claims, _ = narrated(nlp, "The northern rebels came up with demands on Friday.")
    assert ("set", "condition", True) in {(c.predicate, c.object, c.polarity) for _, c in claims}


def test_an_outlets_narration_contradicts_a_quote_in_another_article(nlp):
    first = analyze(
        "Talks between Chad and Niger in Geneva have ended, officials in both capitals said.\n"
        "Chad's foreign ministry said the talks had ended.",
        outlet="Example Wire",
        published="2025-06-02",
        nlp=nlp,
    )
    second = analyze(
        "The talks between Chad and Niger in Geneva have not ended.",
        outlet="Reuters",
        published="2025-06-03",
        nlp=nlp,
    )
    items = [Item(document=first.document, record=quote) for quote in first.quotes]
    narration = [(second.document, s) for s in second.sentences if s.claims]
    found = find_contradictions(items, embed=_no_embedding, narration=narration)
    (contradiction,) = [c for c in found if "REUTERS" in (c.a.by, c.b.by)]
    outlet_side = contradiction.a if contradiction.a.by == "REUTERS" else contradiction.b
    assert outlet_side.quote_id is None
    assert outlet_side.evidence[0].text.startswith("The talks between Chad and Niger")
    assert outlet_side.evidence[0].rule == "claims.narration"


def test_an_actors_own_things_are_compared_with_the_actor():
    assert subject_block("RUS:delegation") == subject_block("RUS") == "RUS"
    assert subject_block("talk") == "talk"


def _no_embedding(texts):
    raise AssertionError("exact propositions need no embedding")


def test_a_failed_attempt_to_cast_a_thing_denies_what_it_was_cast_as(nlp):
    text = (
        "The rebels' plan to present the Geneva meeting between Chad and Niger as a"
        " continuation of the 2019 talks has failed."
    )
    claims, _ = narrated(nlp, text)
    assert ("talk", "be continuation", None, False) in {
        (c.subject, c.predicate, c.object, c.polarity) for _, c in claims
    }


def test_constructive_talks_against_talks_without_progress(nlp):
    good, _ = narrated(nlp, "The discussions between Chad and Niger were serious and constructive.")
    bad, _ = narrated(nlp, "The talks between Chad and Niger ended without any progress.")
    assert ("talk", "succeed", True) in {(c.subject, c.predicate, c.polarity) for _, c in good}
    assert ("talk", "succeed", False) in {(c.subject, c.predicate, c.polarity) for _, c in bad}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # an altered version of the plan is not the plan
            "Chad's foreign minister said Chad had accepted the mediators' plan for a truce.",
            "Niger's foreign ministry said what Chad accepted is a watered-down version of"
            " the plan.",
        ),
        (  # the outlet's narration against a quote
            "The round of talks between Chad and Niger in Geneva has ended.",
            "Talks between Chad and Niger in Geneva are continuing, a Nigerien official said.",
        ),
        (  # a quoted denial is the denier's claim
            "Niger rejected the truce plan, Chad's foreign minister said.",
            "Niger's foreign ministry denied that Niger had rejected the truce plan.",
        ),
    ],
)
def test_paraphrased_disagreements_across_articles(nlp, first, second):
    reports = [
        analyze(first, outlet="Example Wire", published="2025-06-02", nlp=nlp),
        analyze(second, outlet="Reuters", published="2025-06-03", nlp=nlp),
    ]
    items = [Item(document=r.document, record=q) for r in reports for q in r.quotes]
    narration = [(r.document, s) for r in reports for s in r.sentences if s.claims]
    (found,) = find_contradictions(items, embed=_no_embedding, narration=narration)
    assert {found.a.doc_id, found.b.doc_id} == {r.document.id for r in reports}
    assert found.a.evidence and found.b.evidence


def test_a_date_set_against_no_date_agreed(nlp):
    claims, _ = narrated(
        nlp,
        "Chad and Niger held talks in Geneva. The date of the next round between Chad and"
        " Niger is set. No date for the next round between Chad and Niger has been agreed.",
    )
    found = {(c.subject, c.predicate, c.polarity) for _, c in claims}
    assert {("date", "accept", True), ("date", "accept", False)} <= found


def test_arming_a_group_is_supplying_it_weapons(nlp):
    claims, _ = narrated(
        nlp, "Niger is arming the rebels in Chad. Niger does not supply weapons to the rebels."
    )
    assert {("NER", "arm", True), ("NER", "arm", False)} <= {
        (c.subject, c.predicate, c.polarity) for _, c in claims
    }


def test_each_coordinated_subject_agreed_and_the_duration_is_kept(nlp):
    claims, _ = narrated(
        nlp,
        "Chad and Niger held ceasefire talks in Geneva. Both the Chadian army and the rebels"
        " agreed to extend their ceasefire for seven days.",
    )
    extended = {(c.subject, c.duration_hours) for _, c in claims if c.predicate == "extend"}
    assert extended == {("TCD", 168.0), ("TCD.REB", 168.0)}  # the rebels fighting Chad


def test_the_same_act_for_another_duration_contradicts(nlp):
    opening = "Chad and Niger held talks in Geneva. "
    first = analyze(opening + "Niger extended the truce by three days.", outlet="Reuters", nlp=nlp)
    second = analyze(opening + "Niger extended the truce for a week.", outlet="AFP", nlp=nlp)
    narration = [(r.document, s) for r in (first, second) for s in r.sentences if s.claims]
    (found,) = find_contradictions([], embed=_no_embedding, narration=narration)
    assert (found.rule, found.topic) == ("claims.duration", "how long NER extend ceasefire")
    same = [(d, s) for d, s in narration if d.id == first.document.id]
    assert find_contradictions([], embed=_no_embedding, narration=same) == []


def test_narration_is_stored_and_contradicted_on_ingest(nlp, tmp_path):
    from accord.engines.local import ingest
    from accord.model import Document
    from accord.store.corpus import Corpus

    documents = [
        Document.from_text(
            "Chad and Niger held talks in Geneva. Chad's foreign ministry said the talks"
            " between Chad and Niger had ended.",
            outlet="Example Wire",
            published="2025-06-02",
        ),
        Document.from_text(
            "The talks between Chad and Niger in Geneva are continuing on Tuesday.",
            outlet="Reuters",
            published="2025-06-03",
        ),
    ]
    with Corpus(f"sqlite:///{tmp_path / 'store.db'}") as corpus:
        ingest(documents, corpus, nlp, prefetch_claims=False)
        narrated = [(d.outlet, c.predicate) for d, s in corpus.narration() for c in s.claims]
        found = corpus.contradictions()
    assert ("Reuters", "end") in narrated
    (contradiction,) = [c for c in found if "REUTERS" in (c.a.by, c.b.by)]
    assert {contradiction.a.by, contradiction.b.by} == {"REUTERS", "TCD.GOV"}


def test_a_verb_of_aspect_is_about_its_complement(nlp):
    claims, _ = narrated(
        nlp,
        "Chad and Niger held talks in Geneva. Niger continues to stand behind its proposal."
        " The Chadian army kept firing on the border. The talks between Chad and Niger continue.",
    )
    found = {(c.subject, c.predicate, c.polarity) for _, c in claims}
    assert {("NER", "stand", True), ("TCD", "fire", True), ("talk", "end", False)} <= found
    assert ("NER", "end", False) not in found
