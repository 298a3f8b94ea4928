"""Cluster scoring: contradictions across articles, proposal fragmentation, roles, stances."""

from accord.eval.clusters import score_cluster

GOLD = {
    "cluster": "test",
    "docs": ["a1", "a2", "a3"],
    "parties": ["GOV", "REBELS"],
    "mediators": ["QAT.GOV"],
    "relays": ["WIRE"],
    "proposals": [{"name": "Qatari ceasefire proposal (May 2026)"}],
    "stances": [
        {
            "doc": "a1",
            "party": "REBELS",
            "proposal": "x",
            "stance": "accepted",
            "date": "2026-05-04",
        },
        {"doc": "a2", "party": "GOV", "proposal": "x", "stance": "rejected", "date": "2026-05-05"},
    ],
    "contradictions": [
        {
            "topic": "whether the round ended",
            "a": {"doc": "a1", "by": "GOV"},
            "b": {"doc": "a3", "by": "QAT.GOV"},
        },
        {
            "topic": "whether the rebels accepted",
            "a": {"doc": "a2", "by": "REBELS"},
            "b": {"doc": "a3", "by": "GOV"},
        },
        {
            "topic": "within one article: scored with the article, not here",
            "a": {"doc": "a2", "by": "GOV"},
            "b": {"doc": "a2", "by": "REBELS"},
        },
    ],
}
DOC_IDS = {"h1": "a1", "h2": "a2", "h3": "a3"}


def _position(doc, party, stance, proposal, date):
    return {
        "doc_id": doc,
        "party": party,
        "stance": stance,
        "proposal": proposal,
        "round": None,
        "date": date,
    }


BOARDS = [
    {
        "parties": ["GOV", "REBELS", "WIRE"],
        "mediators": ["QAT.GOV", "EGY.GOV"],
        "latest": [],
        "timeline": [
            _position("h1", "REBELS", "accepted", "QAT ceasefire", "2026-05-04"),
            _position("h2", "GOV", "rejected", "QAT/EGY ceasefire", "2026-04-28"),
            _position("h3", "GOV", "proposed", "agreement", "2026-05-06"),
        ],
    }
]


def _side(doc, by):
    return {"doc_id": doc, "by": by, "claim": "…"}


def test_cluster_scores_every_part():
    contradictions = [
        {"a": _side("h3", "QAT.GOV"), "b": _side("h1", "GOV")},  # gold 1, sides swapped
        {"a": _side("h2", "REBELS"), "b": _side("h1", "GOV")},  # right claimants, wrong articles
        {"a": _side("h2", "GOV"), "b": _side("h2", "REBELS")},  # within one article: not scored
    ]
    score = score_cluster(GOLD, BOARDS, contradictions, DOC_IDS)
    assert (score.contradictions.tp, score.contradictions.fp, score.contradictions.fn) == (1, 1, 1)
    assert score.board_proposals == 3 and score.gold_proposals == 1
    assert score.fragmentation == 3.0
    assert score.common_noun_proposals == ["agreement"]
    assert score.media_in_roles == ["WIRE"]
    # GOV, REBELS, QAT.GOV right; WIRE (party) and EGY.GOV (mediator) not in the gold roles
    assert (score.roles_right, score.roles_total) == (3, 5)
    assert (score.stances.tp, score.stances.fp, score.stances.fn) == (2, 1, 0)
    assert score.stance_dates_right == 1
    assert score.as_dict()["stance_date_accuracy"] == 0.5


def test_stance_dates_count_only_matches_of_required_gold():
    gold = dict(GOLD)
    gold["stances"] = GOLD["stances"] + [
        {"doc": "a3", "party": "GOV", "proposal": "x", "stance": "proposed",
         "date": "2026-05-06", "optional": True}
    ]  # fmt: skip
    score = score_cluster(gold, BOARDS, [], DOC_IDS)
    assert (score.stances.tp, score.stances.fp, score.stances.fn) == (2, 0, 0)
    assert score.stance_dates_right == 1  # the optional match's right date is not counted
    assert score.stance_date_accuracy == 0.5


def test_accord_eval_scores_cluster_boards_from_the_real_set(tmp_path):
    import json
    import shutil
    from pathlib import Path

    from typer.testing import CliRunner

    from accord.cli import app

    source = Path(__file__).parent / "data" / "real"
    real = tmp_path / "real"
    shutil.copytree(source / "texts", real / "texts")
    shutil.copy(source / "manifest.jsonl", real / "manifest.jsonl")
    (real / "clusters").mkdir()
    gold = {
        "cluster": "t1",
        "docs": ["test-tune-talks"],
        "parties": ["SDN.MIL", "RSF"],
        "mediators": ["EGY.GOV"],
        "relays": [],
        "proposals": [{"name": "monitoring mission proposal (June 2026)"}],
        "stances": [
            {"doc": "test-tune-talks", "party": "SDN.MIL", "proposal": "x",
             "stance": "rejected", "date": "2026-06-03"}
        ],
        "contradictions": [],
    }  # fmt: skip
    (real / "clusters" / "t1.json").write_text(json.dumps(gold))
    result = CliRunner().invoke(app, ["eval", "--clusters", str(real / "clusters"), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["clusters"]
    assert set(scores) == {"t1", "all"}
    assert scores["all"]["proposals"]["gold"] == 1
    assert scores["all"]["roles"]["media_among_parties_or_mediators"] == []
    assert scores["all"]["stances"]["tp"] + scores["all"]["stances"]["fn"] == 1

    missing = CliRunner().invoke(app, ["eval", "--clusters", str(tmp_path / "nowhere")])
    assert missing.exit_code == 1 and "Traceback" not in missing.output
