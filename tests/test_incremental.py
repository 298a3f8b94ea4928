"""Contradictions of new articles found against the store without a full recompute."""

from __future__ import annotations

import datetime as dt

from accord.analyze.contradictions import find_contradictions
from accord.analyze.incremental import new_contradictions
from accord.model import Claim, Document, Quote, Report, ReportDocument
from accord.store import Corpus


def stored(corpus: Corpus, number: int, day: dt.date, statements) -> str:
    """Store an article whose quotes make the given (actor, subject, predicate, polarity)."""
    document = Document.from_text(f"Article {number} on {day}.", outlet="Wire", published=day)
    quotes = [
        Quote(
            id=f"q{index}",
            speaker=f"Speaker {actor}",
            speaker_actor=actor,
            kind="indirect",
            content=f"{subject} {predicate}",
            date=day,
            claims=[
                Claim(
                    subject=subject,
                    predicate=predicate,
                    polarity=polarity,
                    text=f"{subject} {'' if polarity else 'not '}{predicate}",
                )
            ],
        )
        for index, (actor, subject, predicate, polarity) in enumerate(statements, start=1)
    ]
    report = Report(document=ReportDocument(id=document.id, published=day), quotes=quotes)
    corpus.save_report(document, report)
    return document.id


def no_embedding(texts):
    return [[float(len(text)), 1.0] for text in texts]


def test_new_articles_meet_only_their_window_and_subjects(tmp_path):
    day = dt.date(2025, 3, 1)
    with Corpus(f"sqlite:///{tmp_path / 'store.db'}") as corpus:
        old_near = stored(corpus, 1, day, [("EGY.GOV", "truce", "hold", True)])
        stored(corpus, 2, day - dt.timedelta(days=60), [("QAT.GOV", "truce", "hold", True)])
        stored(corpus, 3, day, [("EGY.GOV", "crossing", "open", True)])
        new = stored(
            corpus,
            4,
            day + dt.timedelta(days=2),
            [
                ("HAMAS", "truce", "hold", False),
                ("HAMAS", "crossing", "open", False),
            ],
        )
        found = new_contradictions(corpus, [new], embed=no_embedding)
        full = find_contradictions(corpus.items("quotes"), embed=no_embedding)
    pairs = {frozenset((c.a.doc_id, c.b.doc_id)) for c in found}
    assert frozenset((old_near, new)) in pairs
    assert all(new in pair for pair in pairs)  # old-with-old pairs are not recomputed
    assert len(found) == 2  # the 60-day-old statement is outside the window
    expected = {
        frozenset((c.a.doc_id, c.b.doc_id, c.topic))
        for c in full
        if new in (c.a.doc_id, c.b.doc_id)
    }
    assert {frozenset((c.a.doc_id, c.b.doc_id, c.topic)) for c in found} == expected
