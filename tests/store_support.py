"""Databases for the store tests: always SQLite, plus PostgreSQL when ACCORD_TEST_DB is set.

``scripts/run-tests.sh`` starts a throw-away PostgreSQL server and exports its URL as
ACCORD_TEST_DB; every test gets an emptied database (all tables dropped) so tests do not
see each other's rows.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy import MetaData, create_engine

from accord.model import (
    Actor,
    Contradiction,
    ContradictionSide,
    Document,
    Event,
    Evidence,
    FramingMarker,
    Quote,
    Report,
    ReportDocument,
    Stance,
)
from accord.store.corpus import database_url


def database_urls() -> list[str]:
    """Test database kinds: ``sqlite`` always, ``postgresql`` when ACCORD_TEST_DB is set."""
    return ["sqlite"] + (["postgresql"] if os.environ.get("ACCORD_TEST_DB") else [])


def empty_database(kind: str, tmp_path: Path) -> str:
    """The URL of an empty database of ``kind`` for one test."""
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url = database_url(os.environ["ACCORD_TEST_DB"])
    engine = create_engine(url)
    existing = MetaData()
    existing.reflect(engine)
    existing.drop_all(engine)
    engine.dispose()
    return url


def sample_report(document, *, events=(), quotes=(), stances=(), framing=(), contradictions=()):
    """A report for ``document`` holding the given records (made by tests, not the pipeline)."""
    from accord.model import Report, ReportDocument, Sentence

    first = document.text.split(".")[0] + "."
    return Report(
        document=ReportDocument(
            id=document.id,
            outlet=document.outlet,
            published=document.published,
            title=document.title,
            external_id=document.external_id,
            url=document.url,
        ),
        events=list(events),
        quotes=list(quotes),
        stances=list(stances),
        framing=list(framing),
        contradictions=list(contradictions),
        sentences=[Sentence(index=0, start=0, end=len(first), text=first)],
    )


def evidence(text: str, rule: str = "test.rule") -> Evidence:
    trigger = text.split()[0]
    return Evidence(sentence=0, start=0, end=len(text), text=text, trigger=trigger, rule=rule)


def talks_document(day: int = 3, outlet: str = "Harbour Wire") -> Document:
    text = (
        f"Mediators met both delegations on day {day} of the talks. "
        "Each side said the other had broken the truce."
    )
    return Document.from_text(
        text, outlet=outlet, published=dt.date(2025, 4, day), source=f"talks-{day}.txt"
    )


def full_report(document: Document):
    events = [
        Event(
            id="e1",
            source="EGY.GOV",
            action="CONSULT",
            target="HAMAS",
            status="occurred",
            evidence=[evidence("Mediators met both delegations")],
        ),
        Event(
            id="e2",
            source="ISR.MIL",
            action="ASSAULT",
            target="PSE",
            status="denied",
            date=dt.date(2025, 3, 30),
            evidence=[evidence("broken the truce")],
        ),
        Event(id="e3", source="HAMAS", action="CONSULT", target="QAT.GOV", status="planned"),
    ]
    quotes = [
        Quote(
            id="q1",
            speaker="a senior official",
            speaker_actor="EGY.GOV",
            speaker_kind="anonymous",
            kind="indirect",
            cue="said",
            content="the other side had broken the truce",
            via="Harbour Wire",
            chain=["a senior official", "Harbour Wire"],
        ),
        Quote(
            id="q2",
            speaker="Dana Ortiz",
            speaker_actor="USA.GOV",
            speaker_kind="named",
            kind="direct",
            cue="said",
            content="We expect a reply this week",
        ),
    ]
    stances = [
        Stance(
            id="s1",
            process="ceasefire talks",
            proposal="three-phase plan",
            party="HAMAS",
            stance="reservations",
            conditions=["full withdrawal"],
        ),
        Stance(id="s2", process="ceasefire talks", party="EGY.GOV", stance="mediating"),
    ]
    framing = [
        FramingMarker(id="f1", term="so-called truce", kind="scare_quotes", voice="outlet"),
        FramingMarker(id="f2", term="regime", kind="label", refers_to="ISR.GOV", voice="q1"),
    ]
    contradictions = [
        Contradiction(
            id="c1",
            topic="truce violation",
            a=ContradictionSide(by="ISR.GOV", claim="did not break the truce"),
            b=ContradictionSide(by="HAMAS", claim="broke the truce"),
        )
    ]
    report = sample_report(
        document,
        events=events,
        quotes=quotes,
        stances=stances,
        framing=framing,
        contradictions=contradictions,
    )
    report.actors = [Actor(id="EGY.GOV", name="Egyptian government", country="EGY", sector="GOV")]
    return report


def save_quoted_article(corpus, text: str, actor: str, day: dt.date, quote_for) -> str:
    """Store an article with one quote (``quote_for(doc_id)``) and a stance of its speaker's
    side in the AAA–BBB talks, as the cross-document updates read them; its id."""
    document = Document.from_text(text, outlet=f"Outlet {day.day}", published=day)
    stance = Stance(id="s1", process="AAA–BBB talks", party=actor.split(".")[0],
                    stance="accepted", date=day)  # fmt: skip
    meta = ReportDocument(id=document.id, outlet=document.outlet, published=day)
    report = Report(document=meta, quotes=[quote_for(document.id)], stances=[stance])
    corpus.save_report(document, report)
    return document.id
