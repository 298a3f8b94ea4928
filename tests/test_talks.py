"""Negotiation boards and framing profiles across a corpus, and their CLI commands."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.corpuswide.framing import build_profiles
from accord.corpuswide.talks import build_boards, link_proposals
from accord.model import Document, Evidence, FramingMarker, Report, ReportDocument, Stance
from accord.store import Corpus

runner = CliRunner()


def stance(
    party,
    value,
    claimed_by="outlet",
    process="RUS–UKR talks",
    proposal=None,
    round_name=None,
    label="Istanbul talks",
):
    return Stance(
        id=f"s-{party}-{value}-{claimed_by}",
        process=process,
        process_label=label,
        proposal=proposal,
        round=round_name,
        party=party,
        stance=value,
        claimed_by=claimed_by,
        evidence=[Evidence(sentence=1, start=0, end=5, text="words", rule="test")],
    )


def doc(number, outlet, day):
    return ReportDocument(id=f"d{number}", outlet=outlet, published=dt.date(2026, 3, day))


ITEMS = [
    (doc(1, "Wire A", 2), stance("TUR.GOV", "mediating", round_name="Istanbul round")),
    (
        doc(1, "Wire A", 2),
        stance("RUS.GOV", "attending", round_name="Istanbul round", proposal="Istanbul round"),
    ),
    (
        doc(2, "Outlet East", 5),
        stance("RUS.GOV", "accepted", "RUS.GOV", proposal="TUR ceasefire + energy infrastructure"),
    ),
    (doc(2, "Outlet East", 5), stance("UKR.GOV", "rejected", "RUS.GOV", proposal="TUR ceasefire")),
    (doc(3, "Outlet West", 6), stance("UKR.GOV", "accepted", "UKR.GOV", proposal="TUR ceasefire")),
    (doc(3, "Outlet West", 6), stance("RUS.GOV", "rejected", "outlet", proposal="TUR ceasefire")),
    # an article whose only principal is one side still joins the process
    (
        doc(4, "Wire A", 20),
        stance(
            "UKR.GOV",
            "withdrew",
            "RUS.GOV",
            process="UKR talks",
            round_name="Istanbul round",
            proposal="Istanbul round",
        ),
    ),
    # another process stays apart
    (
        doc(5, "Wire A", 7),
        stance(
            "HAMAS",
            "accepted",
            process="HAMAS–ISR talks",
            label="Gaza ceasefire talks",
            proposal="EGY/QAT ceasefire",
        ),
    ),
]


def test_one_board_per_process_with_linked_articles():
    boards = build_boards(ITEMS)
    assert [b.process for b in boards] == ["RUS–UKR talks", "HAMAS–ISR talks"]
    board = boards[0]
    assert board.documents == 4
    assert board.mediators == ["TUR.GOV"]
    assert board.parties[:2] == ["RUS.GOV", "UKR.GOV"]
    assert board.label == "Istanbul talks"


def test_disputes_pair_opposite_claims_from_different_sources():
    board = build_boards(ITEMS, process="istanbul")[0]
    disputed = {(d.party, d.proposal) for d in board.disputes}
    # "TUR ceasefire" and "TUR ceasefire + energy infrastructure" are one proposal
    assert disputed == {("UKR.GOV", "TUR ceasefire"), ("RUS.GOV", "TUR ceasefire")}
    ukraine = next(d for d in board.disputes if d.party == "UKR.GOV")
    assert {p.stance for p in ukraine.positions} == {"accepted", "rejected"}


def test_latest_stance_and_rounds():
    board = build_boards(ITEMS, process="RUS–UKR")[0]
    latest = {(p.party, p.proposal): p for p in board.latest}
    assert latest[("UKR.GOV", "Istanbul round")].stance == "withdrew"
    assert latest[("UKR.GOV", "Istanbul round")].date == dt.date(2026, 3, 20)
    (istanbul,) = board.rounds
    assert istanbul.attending == {"RUS.GOV"} and istanbul.withdrew == {"UKR.GOV"}
    assert json.loads(json.dumps(board.as_dict()))["process"] == "RUS–UKR talks"


def test_a_mediator_read_as_a_side_does_not_split_the_process():
    items = [
        (doc(1, "Wire A", 2), stance("HAMAS", "accepted", process="HAMAS–ISR talks",
                                     label="Gaza ceasefire talks", proposal="QAT proposal")),
        (doc(1, "Wire A", 2), stance("ISR.GOV", "rejected", process="HAMAS–ISR talks",
                                     label="Gaza ceasefire talks", proposal="QAT proposal")),
        # the same proper name for the talks, other sides read by the article
        (doc(2, "Outlet East", 3), stance("USA.GOV", "proposed", process="EGY–USA talks",
                                          label="Gaza cease-fire talks", proposal="USA plan")),
        # a key that names only a party that carries proposals, never a side's position
        (doc(3, "Outlet West", 4), stance("USA.GOV", "proposed", process="USA talks",
                                          label=None, proposal="USA plan")),
    ]  # fmt: skip
    (board,) = build_boards(items)
    assert board.process == "HAMAS–ISR talks"
    assert board.parties == ["HAMAS", "ISR.GOV"]
    assert board.mediators == ["USA.GOV"]


def test_proposals_link_on_shared_components_and_proposers():
    linked = link_proposals(
        ["TUR ceasefire", "TUR ceasefire + energy infrastructure", "TUR maritime", "RUS memorandum"]
    )
    assert linked["TUR ceasefire"] == linked["TUR ceasefire + energy infrastructure"]
    assert linked["TUR maritime"] == "TUR maritime"
    assert linked["RUS memorandum"] == "RUS memorandum"


def test_a_name_links_to_the_proposal_whose_attributes_it_shares_most():
    linked = link_proposals(
        ["EGY ceasefire + withdrawal", "EGY ceasefire + withdrawal", "EGY prisoner exchange",
         "EGY prisoner exchange", "EGY ceasefire + prisoner exchange"]
    )  # fmt: skip
    assert linked["EGY ceasefire + prisoner exchange"] == "EGY prisoner exchange"


def marker(term, kind, voice="outlet", refers_to=None, aligned_with=None):
    return FramingMarker(
        id=f"f-{term}-{voice}",
        term=term,
        kind=kind,
        refers_to=refers_to,
        aligned_with=aligned_with,
        voice=voice,
        evidence=[Evidence(sentence=0, start=0, end=len(term), text=term, rule="test")],
    )


def test_profiles_count_only_the_outlets_own_voice():
    items = [
        (
            doc(1, "Outlet East", 2),
            marker("Kyiv regime", "label", refers_to="UKR.GOV", aligned_with="RUS"),
        ),
        (
            doc(2, "Outlet East", 3),
            marker("Kiev regime", "label", refers_to="UKR.GOV", aligned_with="RUS"),
        ),
        (doc(2, "Outlet East", 3), marker("occupiers", "label", voice="q2")),
        (
            doc(3, "Outlet West", 4),
            marker("ruscists", "label", refers_to="RUS.MIL", aligned_with="UKR"),
        ),
    ]
    documents = [doc(9, "Neutral Wire", 5)]
    profiles = {p.outlet: p for p in build_profiles(items, documents=documents)}
    east = profiles["Outlet East"]
    assert east.markers == 2 and east.quoted_markers == 1
    assert east.by_side == {"RUS": 2}
    (use,) = east.terms.values()
    assert use.term == "Kyiv regime" and use.count == 2
    assert profiles["Outlet West"].by_side == {"UKR": 1}
    assert profiles["Neutral Wire"].markers == 0


@pytest.fixture
def stored(tmp_path):
    url = f"sqlite:///{tmp_path / 'talks.db'}"
    with Corpus(url) as corpus:
        by_doc: dict[str, tuple[ReportDocument, Report]] = {}
        for document, item in ITEMS:
            report = by_doc.setdefault(document.id, (document, Report(document=document)))[1]
            report.stances.append(item)
        by_doc["d2"][1].framing.append(
            marker("Kyiv regime", "label", refers_to="UKR.GOV", aligned_with="RUS")
        )
        for document, report in by_doc.values():
            full = Document(
                id=document.id,
                text=f"text of {document.id}",
                outlet=document.outlet,
                published=document.published,
            )
            corpus.save_report(full, report)
    return url


def test_cli_talks_board_json_and_table(stored):
    result = runner.invoke(app, ["talks", "--db", stored, "--json"])
    assert result.exit_code == 0, result.output
    boards = json.loads(result.stdout)
    assert boards[0]["process"] == "RUS–UKR talks" and boards[0]["disputes"]
    result = runner.invoke(app, ["talks", "Istanbul", "--db", stored])
    assert result.exit_code == 0 and "Disputed stances" in result.stdout
    result = runner.invoke(app, ["talks", "no such process", "--db", stored])
    assert result.exit_code == 1 and "no negotiation process" in result.output


def test_cli_framing_formats(stored):
    result = runner.invoke(app, ["framing", "--db", stored, "--format", "json"])
    assert result.exit_code == 0, result.output
    profiles = {p["outlet"]: p for p in json.loads(result.stdout)}
    assert profiles["Outlet East"]["markers"] == 1
    assert profiles["Wire A"]["markers"] == 0
    result = runner.invoke(app, ["framing", "--db", stored, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["term"] == "Kyiv regime" and rows[0]["outlet"] == "Outlet East"
    result = runner.invoke(app, ["framing", "--db", stored, "--by", "nothing"])
    assert result.exit_code == 1


# --- the example corpus ------------------------------------------------------------
@pytest.fixture(scope="module")
def example_reports(nlp):
    from accord.eval.runner import load_gold
    from accord.report import analyze_documents
    from conftest import EXAMPLES

    paths = sorted((EXAMPLES / "gold").glob("ru-ua-*.json"))
    assert len(paths) >= 8, f"missing fixture: the Russia–Ukraine example gold in {EXAMPLES}"
    documents = [load_gold(path)[1] for path in paths]
    return list(analyze_documents(documents, nlp))


@pytest.mark.slow
def test_example_corpus_is_one_process_with_disputed_stances(example_reports):
    items = [(r.document, s) for r in example_reports for s in r.stances]
    boards = build_boards(items)
    board = boards[0]
    assert board.process == "RUS–UKR talks"
    assert board.documents == len(example_reports)
    assert "TUR.GOV" in board.mediators
    disputed_parties = {d.party for d in board.disputes}
    assert {"RUS.GOV", "UKR.GOV"} <= disputed_parties
    sources = {p.outlet for d in board.disputes for p in d.positions}
    assert len(sources) >= 2


@pytest.mark.slow
def test_example_framing_profiles_differ_by_voice(example_reports):
    items = [(r.document, m) for r in example_reports for m in r.framing]
    documents = [r.document for r in example_reports]
    profiles = {p.outlet: p for p in build_profiles(items, documents=documents)}
    wires = ("Northern Wire", "Meridian Press Agency")
    neutral = [p for name, p in profiles.items() if name in wires]
    assert neutral and all(p.markers == 0 for p in neutral)
    russian_state, ukrainian = profiles["Moscow Courier"], profiles["Kyiv Frontline"]
    assert russian_state.by_side["RUS"] > 0 and russian_state.by_side["UKR"] == 0
    assert ukrainian.by_side["UKR"] > 0 and ukrainian.by_side["RUS"] == 0


def test_media_are_never_parties_or_mediators_and_common_nouns_never_proposals():
    items = ITEMS[:6] + [
        # a relayed statement read as mediation, and an agency "attending"
        (doc(6, "Wire B", 7), stance("REUTERS", "mediating", round_name="Istanbul round")),
        (doc(6, "Wire B", 7), stance("RUS.MED", "attending", round_name="Istanbul round")),
        (doc(6, "Wire B", 7), stance("UKR.GOV", "accepted", "UKR.GOV", proposal="peace talks")),
        (doc(6, "Wire B", 7), stance("RUS.GOV", "rejected", "RUS.GOV", proposal="the agreement")),
    ]
    board = build_boards(items)[0]
    assert board.mediators == ["TUR.GOV"]
    assert "REUTERS" not in board.parties and "RUS.MED" not in board.parties
    proposals = {p.proposal for p in board.timeline}
    assert not proposals & {"peace talks", "the agreement"}
    assert "TUR ceasefire" in proposals


def test_cli_board_is_a_grid_of_parties_and_proposals_readable_at_100_columns():
    from rich.console import Console

    from accord.cli.render_boards import render_boards

    console = Console(width=100, record=True, color_system=None)
    render_boards(build_boards(ITEMS, process="RUS–UKR"), console)
    text = console.export_text()
    assert all(len(line) <= 100 for line in text.splitlines())
    header = text[: text.index("Timeline")]
    assert "Turkish" in header  # the proposal column's neutral name
    assert "Istanbul round" in header
    grid = header[header.index("Where each party stands") :]
    assert grid.index("RUS.GOV") < grid.index("UKR.GOV") < grid.index("TUR.GOV")
