"""Proposals as entities on a board: alias linking by attributes, neutral readable names."""

import datetime as dt

from accord.corpuswide.proposal_identity import proposal_title
from accord.corpuswide.talks import build_boards
from accord.model import Evidence, ReportDocument, Stance


def _item(doc, day, party, value, proposal, outlet="Wire", round_name=None):
    document = ReportDocument(id=doc, outlet=outlet, published=dt.date(2024, 5, day))
    record = Stance(
        id=f"{doc}-{party}-{value}",
        process="HAMAS–ISR talks",
        process_label="Gaza ceasefire talks",
        proposal=proposal,
        round=round_name,
        party=party,
        stance=value,
        evidence=[Evidence(sentence=1, start=0, end=5, text=f"{party} {value}", rule="test")],
    )
    return document, record


def test_a_neutral_readable_name_from_proposers_terms_and_month():
    title = proposal_title(["EGY", "QAT"], None, ["ceasefire"], dt.date(2024, 5, 6))
    assert title == "Egyptian–Qatari ceasefire proposal (May 2024)"
    assert proposal_title(["HAMAS"], "plan", [], None) == "HAMAS plan"


def test_names_with_the_same_attributes_and_alias_phrases_make_one_proposal():
    items = [
        # three outlets, three names for one proposal
        _item("d1", 6, "EGY.GOV", "proposed", "EGY/QAT ceasefire + prisoner exchange"),
        _item("d1", 6, "HAMAS", "accepted", "EGY/QAT ceasefire"),
        _item("d2", 7, "ISR.GOV", "rejected", "EGY/QAT ceasefire", outlet="Daily"),
        # "the deal" / "the agreement": an alias the extractor leaves without a name
        _item("d3", 7, "ISR.GOV", "reservations", "agreement", outlet="Weekly"),
        _item("d3", 7, "QAT.GOV", "mediating", "EGY/QAT ceasefire", outlet="Weekly"),
        # a round is not a proposal
        _item("d3", 7, "ISR.GOV", "attending", "Cairo round", round_name="Cairo round"),
    ]
    (board,) = build_boards(items)
    (proposal,) = board.proposals
    assert proposal.title == "Egyptian–Qatari ceasefire and prisoner exchange proposal (May 2024)"
    assert proposal.first == dt.date(2024, 5, 6)
    assert "QAT.GOV" in proposal.mediators
    rules = {(a.doc_id, a.rule) for a in proposal.aliases}
    assert ("d3", "the article's one proposal") in rules
    assert {a.name for a in proposal.aliases} >= {"EGY/QAT ceasefire", ""}
    latest = {(p.party, p.stance): p.proposal for p in board.latest}
    assert latest[("ISR.GOV", "reservations")] == proposal.key
    # the stored form reads back
    assert type(board).from_dict(board.as_dict()).proposals == board.proposals


def test_an_alias_in_an_article_about_two_proposals_stays_unlinked():
    items = [
        _item("d1", 6, "EGY.GOV", "proposed", "EGY ceasefire"),
        _item("d1", 6, "USA.GOV", "proposed", "USA prisoner exchange"),
        _item("d1", 6, "HAMAS", "accepted", "deal"),
    ]
    (board,) = build_boards(items)
    latest = {(p.party, p.stance): p.proposal for p in board.latest}
    assert latest[("HAMAS", "accepted")] is None
