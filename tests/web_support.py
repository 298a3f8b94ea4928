"""A small store and a stand-in analyser shared by the API and web tests.

The store holds two documents with hand-made reports (an event, a quote, a framing
marker and a contradiction in one; an event and a stance in the other), so the
API and the pages can be checked without loading the spaCy model.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from accord.corpuswide.incremental import refresh
from accord.model import (
    Contradiction,
    ContradictionSide,
    Document,
    Event,
    Evidence,
    FramingMarker,
    Quote,
    Report,
    ReportDocument,
    Span,
    Stance,
)
from accord.store import Corpus

TEXT_A = 'Country A shelled the border town on Monday. "We will not talk," the minister said.'
TEXT_B = "Country B accepted the proposal for talks, a spokesman said."


def evidence(text: str, part: str, rule: str = "test.rule") -> Evidence:
    start = text.index(part)
    return Evidence(sentence=0, start=start, end=start + len(part), text=part, rule=rule)


def report_a(document: Document) -> Report:
    text = document.text
    content = "We will not talk"
    return Report(
        document=ReportDocument(
            id=document.id, outlet=document.outlet, published=document.published
        ),
        events=[
            Event(
                id="e1",
                source="AAA.MIL",
                action="ASSAULT",
                target="BBB",
                evidence=[evidence(text, "shelled")],
            )
        ],
        quotes=[
            Quote(
                id="q1",
                speaker="the minister",
                speaker_actor="AAA.GOV",
                kind="direct",
                cue="said",
                content=content,
                content_span=Span(
                    start=text.index(content), end=text.index(content) + 16, text=content
                ),
                evidence=[evidence(text, content)],
            )
        ],
        framing=[
            FramingMarker(
                id="f1",
                term="border town",
                kind="charged",
                evidence=[evidence(text, "border town")],
            )
        ],
        contradictions=[
            Contradiction(
                id="c1",
                topic="talks",
                a=ContradictionSide(by="AAA.GOV", claim="will not talk"),
                b=ContradictionSide(by="BBB.GOV", claim="accepted talks"),
            )
        ],
    )


def report_b(document: Document) -> Report:
    return Report(
        document=ReportDocument(
            id=document.id, outlet=document.outlet, published=document.published
        ),
        events=[
            Event(
                id="e1",
                source="BBB.GOV",
                action="AGREE",
                target="AAA.GOV",
                evidence=[evidence(document.text, "accepted")],
            )
        ],
        stances=[
            Stance(
                id="s1",
                process="border talks",
                party="BBB.GOV",
                stance="accepted",
                evidence=[evidence(document.text, "accepted")],
            )
        ],
    )


def fake_analyze(text, outlet, published, title):
    """A stand-in analyser: one quote spanning the whole text, so a response is easy to check."""
    document = Document.from_text(text, outlet=outlet, published=published, title=title)
    start = len(text) - len(text.lstrip())
    content = text.strip()
    return Report(
        document=ReportDocument(id=document.id, outlet=outlet, published=published, title=title),
        quotes=[
            Quote(
                id="q1",
                speaker="someone",
                kind="indirect",
                content=content,
                content_span=Span(start=start, end=start + len(content), text=content),
            )
        ],
    )


def filled_corpus(path) -> Corpus:
    corpus = Corpus(f"sqlite:///{path}")
    a = Document.from_text(TEXT_A, outlet="Outlet One", published=dt.date(2024, 5, 1))
    b = Document.from_text(TEXT_B, outlet="Outlet Two", published=dt.date(2024, 5, 3))
    corpus.save_report(a, report_a(a))
    corpus.save_report(b, report_b(b))
    refresh(corpus)  # the stored boards, as an ingest run ends
    return corpus


#: One store for the module, made at import because schemathesis needs the app then.
#: No test may change it (that is one of the checks).
STORE_DIR = tempfile.TemporaryDirectory(prefix="accord-api-test-")
CORPUS = filled_corpus(Path(STORE_DIR.name) / "api.db")
