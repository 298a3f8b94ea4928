"""Cost of adding 1,000 articles to a store of 2,000 and to a store of 20,000.

    .venv/bin/python bench/incremental.py [--small 2000] [--large 20000] [--add 1000]
        [--syndicated 0.1] [--json]

Fast path, said plainly: the stores are filled with *synthetic reports* (no spaCy parse:
the engine's ``analyze`` hook returns prepared reports; bench/scale.py measures the
parse, whose cost per article does not depend on the store). Articles arrive at a
steady 100 a day, so the larger store covers a longer period, as a real archive does.
Each report has three attributed quotes with claims about shared subjects and a
stance in one of 40 processes, so cross-document analysis has work to do.

Adding a batch is timed as one ingest run, the real path (the local engine's ``ingest``:
duplicate checks against the store, the store's near-duplicate index, the writes, and
the update of the stored cross-document analyses that ends every run,
:func:`accord.corpuswide.incremental.refresh`). The run's own summary splits the update:
finding the batch's contradictions (``new_contradictions``) and rebuilding the boards
it touched (``boards``); ``ingest`` is the rest. The 40 synthetic processes run through
the whole period, so every batch touches every board and the board rebuild reads all
their stances: the worst case for boards. With ``--contrast`` the full recomputes over
the whole store (:func:`find_contradictions`, :func:`build_boards`) are timed as well.
The extra case adds the batch to the small store again with ``--syndicated`` (10 %) of
its articles being copies of others in it, each with its own first line: the copies
are linked as near-duplicates and must add no contradictions of their own.
Claim similarity uses a cheap bag-of-words embedding here so the timing is the
blocking's, not the sentence encoder's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import spacy

from accord.corpuswide.contradictions import find_contradictions
from accord.corpuswide.talks import build_boards
from accord.engines.local import IngestSummary, ingest
from accord.model import Claim, Document, Evidence, Quote, Report, ReportDocument, Stance
from accord.store import Corpus

ACTORS = ["ISR.GOV", "HAMAS", "EGY.GOV", "QAT.GOV", "USA.GOV", "RUS.GOV", "UKR.GOV", "TUR.GOV"]
SUBJECTS = [f"topic{n}" for n in range(40)]
PREDICATES = ["accept", "reject", "attend", "propose", "end", "hold"]
PER_DAY = 100
START = dt.date(2020, 1, 1)


def synthetic(number: int, rng: random.Random) -> tuple[Document, Report]:
    day = START + dt.timedelta(days=number // PER_DAY)
    text = f"Synthetic article {number}. " + " ".join(rng.choices(SUBJECTS + PREDICATES, k=60))
    document = Document.from_text(text, outlet=f"Outlet {number % 7}", published=day)
    quotes = []
    for index in range(3):
        subject, predicate = rng.choice(SUBJECTS), rng.choice(PREDICATES)
        polarity = rng.random() < 0.5
        claim = Claim(
            subject=subject,
            predicate=predicate,
            polarity=polarity,
            text=f"{subject} {'' if polarity else 'not '}{predicate}",
        )
        evidence = Evidence(
            doc_id=document.id, sentence=0, start=0, end=10, text=text[:10], rule="bench"
        )
        quotes.append(
            Quote(
                id=f"q{index + 1}",
                speaker="Speaker",
                speaker_actor=rng.choice(ACTORS),
                kind="indirect",
                content=claim.text,
                date=day,
                claims=[claim],
                evidence=[evidence],
            )
        )
    stance = Stance(
        id="s1",
        process=f"talks {rng.choice(SUBJECTS)}",
        party=rng.choice(ACTORS),
        stance=rng.choice(["accepted", "rejected", "proposed"]),
        date=day,
    )
    report = Report(
        document=ReportDocument(id=document.id, outlet=document.outlet, published=day),
        quotes=quotes,
        stances=[stance],
    )
    return document, report


def syndicated_copy(
    original: Document, reports: dict[str, Report], number: int
) -> tuple[Document, Report]:
    """``original`` as another outlet runs it: its own first line, then the same story."""
    text = f"Outlet {number % 7} edition {number}.\n{original.text}"
    document = Document.from_text(text, outlet=f"Outlet {number % 7}", published=original.published)
    report = reports[original.id].model_copy(deep=True)
    report.document = report.document.model_copy(update={"id": document.id})
    return document, report


def embed(texts: list[str]) -> list[list[float]]:
    """A cheap stand-in for the sentence encoder: hashed bag of words, 64 dimensions."""
    vectors = []
    for text in texts:
        vector = [0.0] * 64
        for word in text.split():
            vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % 64] += 1.0
        vectors.append(vector)
    return vectors


class Synthetic:
    """Stands in for the parse: the engine's ``analyze`` hook returning prepared reports,
    so ingest runs for real (duplicate checks, near-duplicate index, writes)."""

    def __init__(self) -> None:
        self.reports: dict[str, Report] = {}

    def documents(
        self, numbers: range, rng: random.Random, syndicated: float = 0.0
    ) -> list[Document]:
        """Synthetic articles; a ``syndicated`` share of them are copies of an earlier
        article of the batch (a new first line, the same story and report), as wire
        stories arrive once per outlet that runs them."""
        documents: list[Document] = []
        for number in numbers:
            if documents and rng.random() < syndicated:
                document, report = syndicated_copy(rng.choice(documents), self.reports, number)
            else:
                document, report = synthetic(number, rng)
            self.reports[document.id] = report
            documents.append(document)
        return documents

    def __call__(self, documents: list[Document]) -> list[Report]:
        return [self.reports.pop(document.id) for document in documents]


def add(corpus: Corpus, documents: list[Document], analyze: Synthetic) -> IngestSummary:
    nlp = spacy.blank("en")  # the engine reads only its max_length
    summary = ingest(
        documents, corpus, nlp, analyze=analyze, batch_size=500, commit_every=500, embed=embed
    )
    assert summary.failed == 0, summary.failures[:3]
    return summary


def add_batch(
    corpus: Corpus, numbers: range, rng: random.Random, contrast: bool, syndicated: float = 0.0
) -> dict:
    """Add articles with one ingest run; seconds per step, from the run's own summary."""
    analyze = Synthetic()
    documents = analyze.documents(numbers, rng, syndicated)
    started = time.perf_counter()
    summary = add(corpus, documents, analyze)
    total = time.perf_counter() - started
    refreshed = summary.refreshed
    assert refreshed.documents == len(documents), refreshed
    timings = {
        "ingest": total - refreshed.seconds,
        "new_contradictions": refreshed.contradiction_seconds,
        "boards": refreshed.board_seconds,
        "total": total,
        "contradictions_found": refreshed.contradictions,
        "boards_rebuilt": refreshed.boards,
        "near_duplicates_linked": summary.near_duplicate,
    }
    if contrast:
        step = time.perf_counter()
        everything = find_contradictions(
            corpus.items("quotes"), embed=embed, narration=corpus.narration()
        )
        timings["full_recompute_for_contrast"] = time.perf_counter() - step
        timings["full_recompute_found"] = len(everything)
        step = time.perf_counter()
        build_boards(corpus.items("stances"))
        timings["full_boards_for_contrast"] = time.perf_counter() - step
    return timings


def syndicated_case(folder: str, args) -> dict:
    """The small store again, its added batch with ``--syndicated`` copies: copies are
    linked as near-duplicates and add no contradictions of their own."""
    rng = random.Random(args.small)
    with Corpus(f"sqlite:///{Path(folder) / f'syndicated{args.small}.db'}") as corpus:
        filler = Synthetic()
        add(corpus, filler.documents(range(args.small), rng), filler)
        timings = add_batch(corpus, range(args.small, args.small + args.add), rng, False,
                            args.syndicated)  # fmt: skip
    if not args.json:
        print(f"store of {args.small}, {args.syndicated:.0%} syndicated copies: {timings}")
    return {key: round(v, 3) if isinstance(v, float) else v for key, v in timings.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--add", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--syndicated",
        type=float,
        default=0.1,
        help="share of syndicated copies in the batch of the extra case (default 0.1)",
    )
    parser.add_argument(
        "--contrast", action="store_true", help="also time full recomputes (slow on 20,000)"
    )
    args = parser.parse_args()
    result: dict = {}
    with tempfile.TemporaryDirectory(prefix="accord-incremental-") as folder:
        for size in (args.small, args.large):
            rng = random.Random(size)
            with Corpus(f"sqlite:///{Path(folder) / f'store{size}.db'}") as corpus:
                started = time.perf_counter()
                filler = Synthetic()
                add(corpus, filler.documents(range(size), rng), filler)
                build = time.perf_counter() - started
                timings = add_batch(corpus, range(size, size + args.add), rng, args.contrast)
            result[f"store_{size}"] = {"build_seconds": round(build, 1)} | {
                key: round(value, 3) if isinstance(value, float) else value
                for key, value in timings.items()
            }
            if not args.json:
                print(
                    f"store of {size}: adding {args.add} took {timings['total']:.2f} s ({timings})",
                    flush=True,
                )
        if args.syndicated:
            result[f"store_{args.small}_syndicated"] = syndicated_case(folder, args)
    small, large = result[f"store_{args.small}"], result[f"store_{args.large}"]
    result["incremental_ratio"] = round(large["total"] / small["total"], 2)
    if args.contrast:
        result["full_recompute_ratio"] = round(
            large["full_recompute_for_contrast"] / small["full_recompute_for_contrast"], 2
        )
        result["full_boards_ratio"] = round(
            large["full_boards_for_contrast"] / small["full_boards_for_contrast"], 2
        )
    if args.json:
        sys.stdout.write(json.dumps(result) + "\n")
    else:
        print(f"cost ratio {args.large} vs {args.small}: {result}")


if __name__ == "__main__":
    main()
