"""Claims: statements normalised into propositions; contradictions within an article."""

from __future__ import annotations

import json

from accord.eval.scoring import score_report
from accord.model import Document
from accord.report import analyze, analyze_documents


def report_of(nlp, text: str):
    return analyze(text, outlet="Example Wire", published="2025-06-02", nlp=nlp)


def claims_by_speaker(report) -> dict:
    return {quote.speaker_actor: quote.claims for quote in report.quotes}


def test_partitive_subject_and_negation_give_the_same_proposition(nlp):
    report = report_of(
        nlp,
        "Ghana said this round of talks in Accra was over.\n"
        "Togo, for its part, said the negotiations had not ended.",
    )
    claims = claims_by_speaker(report)
    (egypt,) = claims["GHA.GOV"]
    (qatar,) = claims["TGO.GOV"]
    assert (egypt.subject, egypt.predicate) == (qatar.subject, qatar.predicate) == ("talk", "end")
    assert egypt.polarity is True and qatar.polarity is False


def test_opposite_predicates_and_denials_flip_polarity(nlp):
    report = report_of(
        nlp,
        "Serbia said the negotiations were continuing.\n"
        "Kosovo denied that Pristina had rejected the proposal.",
    )
    claims = claims_by_speaker(report)
    (serbia,) = claims["SRB.GOV"]
    assert (serbia.subject, serbia.predicate, serbia.polarity) == ("talk", "end", False)
    kosovo = claims["KOS.GOV"][0]
    assert kosovo.predicate == "accept" and kosovo.polarity is True  # denied a rejection


def test_modal_sets_status(nlp):
    report = report_of(nlp, "Jordan said it would send observers to the border crossing.")
    (claim,) = report.quotes[0].claims
    assert claim.status == "hypothetical"
    assert claim.subject == "JOR"  # state actors compare by country


def test_contradiction_between_two_actors_with_both_sides(nlp):
    report = report_of(
        nlp,
        "Ghana said this round of talks in Accra was over.\n"
        "Togo, for its part, said the negotiations had not ended.",
    )
    (contradiction,) = report.contradictions
    assert {contradiction.a.by, contradiction.b.by} == {"GHA.GOV", "TGO.GOV"}
    for side in (contradiction.a, contradiction.b):
        assert side.quote_id and side.evidence and side.speaker
    assert "end" in contradiction.topic


def test_no_contradiction_when_the_same_actor_repeats_itself(nlp):
    report = report_of(
        nlp,
        "Egypt said the talks had ended.\nCairo later said the talks had not ended.",
    )
    assert report.contradictions == []


def test_seed_contradiction_found_with_no_false_one(nlp, seed_path, seed_gold_path):
    gold = json.loads(seed_gold_path.read_text(encoding="utf-8"))
    document = Document.from_text(
        seed_path.read_text(encoding="utf-8"), outlet=gold["outlet"], published=gold["published"]
    )
    report = next(analyze_documents([document], nlp))
    score = score_report(gold, report)
    assert score.contradictions.tp == 1
    assert score.contradictions.fp == 0
