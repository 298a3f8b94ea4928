"""`accord analyze`: the report on stdout, one-line errors on stderr, no tracebacks."""

import json

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.model import Report

runner = CliRunner()

ARTICLE = (
    "Mediators say talks will resume in Doha\n"
    "Qatari mediators said on Tuesday that the talks would resume next week.\n"
)


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


@pytest.mark.slow
def test_seed_report_is_valid_json_in_the_gold_shape(seed_path, nlp):
    result = run(
        "analyze",
        str(seed_path),
        "--outlet",
        "Al Mayadeen English",
        "--published",
        "2024-05-09",
        "--json",
    )
    assert result.exit_code == 0, result.output
    report = Report.model_validate_json(result.stdout)
    assert report.document.outlet == "Al Mayadeen English"
    assert report.sentences[0].headline
    data = json.loads(result.stdout)
    for section in ("events", "quotes", "stances", "contradictions", "framing"):
        assert isinstance(data[section], list)


@pytest.mark.slow
def test_jsonl_gives_one_report_per_line_with_its_id(tmp_path, nlp):
    path = tmp_path / "batch.jsonl"
    rows = [{"id": "a1", "text": ARTICLE, "outlet": "Wire"}, {"id": "b2", "text": "Talks ended."}]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    result = run("analyze", str(path), "--json")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert [json.loads(line)["document"]["external_id"] for line in lines] == ["a1", "b2"]


@pytest.mark.slow
def test_stdin_is_read_with_dash(nlp):
    result = run("analyze", "-", "--json", input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert Report.model_validate_json(result.stdout).sentences


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"   \n", "empty"),
        ("binary.txt", b"\x00\x01\x02\x03", "binary"),
        ("garbled.txt", bytes(range(128, 256)) * 3, "cannot tell the text encoding"),
        ("bad.jsonl", b"{not json\n", "bad.jsonl:1"),
    ],
)
def test_bad_input_is_one_line_without_traceback(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("analyze", str(path), "--json")
    assert result.exit_code != 0
    assert expected in result.stderr
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


@pytest.mark.slow
def test_a_malformed_jsonl_line_is_reported_and_the_others_run(tmp_path, nlp):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "ok1", "text": "Talks ended."}\n{oops\n{"id": "ok3", "text": "Hi."}\n')
    result = run("analyze", str(path), "--json")
    assert result.exit_code == 0
    assert "mixed.jsonl:2" in result.stderr
    ids = [json.loads(line)["document"]["external_id"] for line in result.stdout.splitlines()]
    assert ids == ["ok1", "ok3"]


def test_missing_file_and_bad_date_are_one_line_errors(tmp_path):
    result = run("analyze", str(tmp_path / "nope.txt"))
    assert result.exit_code != 0 and "nope.txt" in result.stderr
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    result = run("analyze", str(article), "--published", "yesterday")
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.stderr


def test_schema_command_prints_the_report_schema():
    result = run("schema")
    assert result.exit_code == 0
    assert "events" in json.loads(result.stdout)["properties"]
