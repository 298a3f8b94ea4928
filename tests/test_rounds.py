"""Rounds on a board: disputes about whether a round is over, with both claimants."""

from accord.corpuswide.rounds import attach_round_disputes, claim_state


def test_claims_about_a_rounds_state():
    assert claim_state("the round of talks in Nairobi had ended") == "ended"
    assert claim_state("the talks are not over") == "not ended"
    assert claim_state("the negotiations were only paused") == "not ended"
    assert claim_state("the delegation arrived in Nairobi") is None


def _side(by, claim, doc):
    return {"by": by, "claim": claim, "doc_id": doc, "evidence": [{"text": claim}]}


def test_a_dispute_about_a_round_is_put_on_its_board_with_both_claimants():
    board = {
        "timeline": [{"doc_id": "d1"}, {"doc_id": "d2"}],
        "rounds": [{"round": "Nairobi round", "ongoing": True}],
    }
    contradictions = [
        {"topic": "whether the talks ended",
         "a": _side("ETH.GOV", "the talks in Nairobi had ended", "d1"),
         "b": _side("KEN.GOV", "the talks had not ended", "d2")},
        # about something else
        {"topic": "casualties", "a": _side("ETH.GOV", "ten died", "d1"),
         "b": _side("ERI.GOV", "no one died", "d2")},
        # from an article outside the board
        {"topic": "whether the talks ended", "a": _side("ETH.GOV", "talks ended", "d9"),
         "b": _side("KEN.GOV", "talks are not over", "d2")},
    ]  # fmt: skip
    (result,) = attach_round_disputes([board], contradictions)
    (dispute,) = result["round_disputes"]
    assert dispute["round"] == "Nairobi round"
    assert {(c["by"], c["state"]) for c in dispute["claims"]} == {
        ("ETH.GOV", "ended"),
        ("KEN.GOV", "not ended"),
    }
    assert result["rounds"][0]["ongoing"] is None  # disputed
