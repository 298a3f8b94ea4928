"""Chart labels from stored articles are drawn as text, never as links. Issue 17, defect 6."""

from __future__ import annotations

import json
import re
from collections import Counter

from fastapi.testclient import TestClient

from accord.model import Document, FramingMarker, Report, ReportDocument
from accord.store import Corpus
from accord.web.app import create_app
from accord.web.charts import framing_profile
from accord.web.chartsafe import escape_labels
from web_support import fake_analyze

HOSTILE = '<a href="https://attacker.example/">Wire</a> & <b>Co</b>'


def test_labels_are_escaped_and_our_templates_kept():
    figure = framing_profile({HOSTILE: Counter({"charged": 2})})
    figure["data"][0]["hovertemplate"] = "%{x}<extra></extra>"
    safe = escape_labels(figure)
    assert safe["data"][0]["x"] == [
        '&lt;a href="https://attacker.example/"&gt;Wire&lt;/a&gt; &amp; &lt;b&gt;Co&lt;/b&gt;'
    ]
    assert safe["data"][0]["hovertemplate"] == "%{x}<extra></extra>"
    assert figure["data"][0]["x"] == [HOSTILE]  # the original is left alone


def test_the_framing_page_sends_plotly_no_markup_from_an_outlet_name(tmp_path):
    text = "Officials described the border town as a fortress in a statement on Monday."
    document = Document.from_text(text, outlet=HOSTILE)
    marker = FramingMarker(id="f1", term="fortress", kind="charged")
    report = Report(document=ReportDocument(id=document.id, outlet=HOSTILE), framing=[marker])
    with Corpus(f"sqlite:///{tmp_path / 'store.db'}") as corpus:
        corpus.save_report(document, report)
        app = create_app(corpus, fake_analyze)
        with TestClient(app, base_url="http://localhost") as client:
            page = client.get("/framing").text
    spec = re.search(r'<script type="application/json" id="framing">(.*?)</script>', page, re.S)
    assert spec is not None, "the framing chart is missing"
    figure = json.loads(spec.group(1))
    labels = json.dumps(figure["data"])
    assert "<a " not in labels and "<b>" not in labels
    assert "&lt;a href=" in labels
