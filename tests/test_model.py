import json

from accord.model import Document, Event, Report, ReportDocument, content_id, report_json_schema


def test_content_id_ignores_whitespace_differences():
    assert content_id("Talks  resume\non Monday") == content_id("Talks resume on Monday")
    assert content_id("Talks resume") != content_id("Talks ended")


def test_document_from_text_gets_a_content_hash_id():
    doc = Document.from_text("Some text", outlet="Wire", published="2024-01-02")
    assert doc.id == content_id("Some text")
    assert doc.published.isoformat() == "2024-01-02"


def test_report_round_trips_through_json():
    report = Report(
        document=ReportDocument(id="d1"),
        events=[Event(id="e1", source="RUS.GOV", action="CONSULT", target="UKR.GOV")],
    )
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report
    data = json.loads(report.model_dump_json())
    assert set(data) >= {"events", "quotes", "stances", "contradictions", "framing"}


def test_json_schema_lists_the_report_sections():
    schema = report_json_schema()
    assert {"events", "quotes", "stances", "contradictions", "framing"} <= set(schema["properties"])
