"""One story in 300 near-identical copies: contradictions found, store size, update time.

    .venv/bin/python bench/copies.py [--copies 300] [--json]

The case from issue 17: one article syndicated with a different first line each time.
Its report has four quotes on one matter, two actors for it and two against, so every
pair of copies used to yield the article's own disagreement again. Copies are linked
by the store's MinHash index; the numbers show whether they count as one source.
Reports are prepared (no spaCy parse), as in ``bench/incremental.py``, so the time is
the ingest run and its cross-document update, with a cheap bag-of-words embedding.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import spacy
from incremental import embed

from accord.engines.local import ingest
from accord.model import Claim, Document, Evidence, Quote, Report, ReportDocument
from accord.store import Corpus

BODY = " ".join(
    f"Delegations met in the capital on day {n} to discuss the ceasefire, prisoner exchanges "
    f"and the monitoring of the border line, officials said after round {n}."
    for n in range(1, 25)
)
SIDES = [("ISR.GOV", True), ("HAMAS", False), ("EGY.GOV", True), ("QAT.GOV", False)]


def copy(number: int) -> tuple[Document, Report]:
    text = f"Edition {number} of the syndicated wire story, filed by outlet {number}\n{BODY}"
    document = Document.from_text(text, outlet=f"Outlet {number}", published="2026-03-02")
    quotes = []
    for index, (actor, polarity) in enumerate(SIDES, start=1):
        claim = Claim(
            subject="ceasefire",
            predicate="accept",
            polarity=polarity,
            text=f"ceasefire {'' if polarity else 'not '}accept",
        )
        evidence = Evidence(doc_id=document.id, sentence=1, start=0, end=10, text=text[:10],
                            rule="bench")  # fmt: skip
        quotes.append(
            Quote(
                id=f"q{index}",
                speaker="Speaker",
                speaker_actor=actor,
                kind="indirect",
                content=claim.text,
                claims=[claim],
                evidence=[evidence],
            )  # fmt: skip
        )
    report = Report(
        document=ReportDocument(id=document.id, outlet=document.outlet,
                                published=document.published),
        quotes=quotes,
    )  # fmt: skip
    return document, report


def measure(copies: int, folder: Path) -> dict:
    pairs = [copy(number) for number in range(copies)]
    reports = {document.id: report for document, report in pairs}
    path = folder / "copies.db"
    with Corpus(f"sqlite:///{path}") as corpus:
        started = time.perf_counter()
        summary = ingest(
            [document for document, _ in pairs],
            corpus,
            spacy.blank("en"),
            analyze=lambda documents: [reports[d.id] for d in documents],
            batch_size=100,
            commit_every=100,
            embed=embed,
            prefetch_claims=False,
        )
        total = time.perf_counter() - started
        stored = corpus.count("contradictions")
    return {
        "copies": copies,
        "near_duplicates_linked": summary.near_duplicate,
        "contradictions_found": summary.refreshed.contradictions,
        "contradictions_stored": stored,
        "store_mb": round(os.path.getsize(path) / 2**20, 1),
        "update_seconds": round(summary.refreshed.seconds, 2),
        "run_seconds": round(total, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="accord-copies-") as folder:
        result = measure(args.copies, Path(folder))
    print(json.dumps(result, indent=1) if args.json else result)


if __name__ == "__main__":
    main()
