"""Throughput of the engines and the effect of the relevance pre-filter.

    .venv/bin/python bench/scale.py [--count 2000] [--mixed 1000] [--json]

1. ``--count`` synthetic conflict articles (bench/synth.py) are ingested into a fresh
   SQLite store by the local engine, by Ray with 1 worker and by Ray with 2 workers
   (one local Ray for both Ray runs, started before timing; the actors' pipeline
   loading is timed, it is part of a run). Reported: articles/s end to end, articles/s
   once the actors are up ("steady"), the 2-vs-1 speed-up and each worker's peak memory.
2. A mixed stream — the examples' conflict and off-topic articles plus ``--mixed``
   synthetic articles, 30 % conflict — is ingested by the local engine with and
   without the pre-filter. Reported: skip rate, recall (conflict articles that pass)
   on the stream and on every gold article that expects something, and the speed-up.

With ``--json`` one JSON object goes to stdout (keys ``local_aps``, ``ray1_aps``,
``ray2_aps``, ``speedup_2v1``, ``prefilter_recall``, ``prefilter_speedup`` and more).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from synth import stream

from accord.engines.local import ingest
from accord.engines.ray_engine import RayAnalyzer, spare_core, start_ray, stop_ray
from accord.ingest import NearDuplicateIndex
from accord.ingest.prefilter import Prefilter
from accord.model import Document
from accord.nlp.pipeline import load_pipeline
from accord.store import Corpus

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SECTIONS = ("events", "quotes", "stances", "contradictions", "framing")


def documents_of(rows: list[dict]) -> list[Document]:
    return [
        Document.from_text(
            row["text"],
            outlet=row["outlet"],
            published=row["published"],
            external_id=row["id"],
            source="synthetic",
        )
        for row in rows
    ]


def run_engine(documents: list[Document], nlp, workdir: Path, name: str, **settings) -> dict:
    """Ingest into a fresh store; seconds, articles/s and the summary."""
    with Corpus(f"sqlite:///{workdir / (name + '.db')}") as corpus:
        started = time.perf_counter()
        summary = ingest(documents, corpus, nlp, near_duplicates=NearDuplicateIndex(), **settings)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "aps": len(documents) / seconds, "summary": summary}


class TimedRay(RayAnalyzer):
    """The Ray analyser, also noting when the first report arrives (actors are up by then)."""

    first_report_at: float | None = None

    def __call__(self, documents):
        for result in super().__call__(documents):
            if self.first_report_at is None:
                self.first_report_at = time.perf_counter()
            yield result


def ray_run(documents, nlp, workdir, workers: int) -> dict:
    analyzer = TimedRay(workers=workers, batch_size=8)
    started = time.perf_counter()
    result = run_engine(
        documents,
        nlp,
        workdir,
        f"ray{workers}",
        analyze=analyzer,
        batch_size=len(documents),
        prefetch_claims=spare_core(workers),  # as `accord ingest --engine ray` decides
    )
    steady = (started + result["seconds"]) - (analyzer.first_report_at or started)
    result["steady_aps"] = (len(documents) - 8) / steady if steady > 0 else None
    result["peak_rss_mb"] = sorted(round(rss / 2**20) for rss in analyzer.peak_rss.values())
    return result


def gold_texts() -> tuple[list[str], list[str]]:
    """Texts of gold articles that expect something, and of those whose gold is empty."""
    expecting, empty = [], []
    for gold in sorted([*(SHARED / "gold").glob("*.json"), *(EXAMPLES / "gold").glob("*.json")]):
        answer = json.loads(gold.read_text())
        text = (gold.parent / answer["text"]).read_text()
        (expecting if any(answer.get(s) for s in SECTIONS) else empty).append(text)
    return expecting, empty


def mixed_stream(count: int) -> tuple[list[Document], set[str]]:
    """Examples plus synthetic articles; returns documents and the ids of conflict ones."""
    rows = list(stream(count, conflict_share=0.3, seed=23))
    documents = documents_of(rows)
    conflict = {d.id for d, row in zip(documents, rows, strict=True) if row["kind"] == "conflict"}
    for path in sorted((EXAMPLES / "articles").glob("*.txt")):
        document = Document.from_text(path.read_text(), source=path.name)
        documents.append(document)
        conflict.add(document.id)
    for path in sorted((EXAMPLES / "offtopic").glob("*.txt")):
        documents.append(Document.from_text(path.read_text(), source=path.name))
    return documents, conflict


def prefilter_bench(nlp, workdir: Path, count: int) -> dict:
    prefilter = Prefilter()
    prefilter.check("warm-up")  # build the matcher outside the timing
    documents, conflict = mixed_stream(count)
    passed = {d.id for d in documents if prefilter.check(d.text).relevant}
    expecting, empty = gold_texts()
    without = run_engine(documents, nlp, workdir, "unfiltered")
    filtered = run_engine(documents, nlp, workdir, "filtered", prefilter=prefilter)
    started = time.perf_counter()
    for document in documents:
        prefilter.check(document.text)
    check_ms = (time.perf_counter() - started) / len(documents) * 1000
    return {
        "mixed_articles": len(documents),
        "mixed_conflict_share": round(len(conflict) / len(documents), 3),
        "prefilter_skip_rate": round(filtered["summary"].skipped / len(documents), 3),
        "prefilter_recall": round(len(conflict & passed) / len(conflict), 4),
        "prefilter_gold_recall": round(
            sum(prefilter.check(t).relevant for t in expecting) / len(expecting), 4
        ),
        "prefilter_gold_articles": len(expecting),
        "prefilter_empty_gold_skipped": f"{sum(not prefilter.check(t).relevant for t in empty)}"
        f"/{len(empty)}",
        "prefilter_ms_per_article": round(check_ms, 2),
        "unfiltered_seconds": round(without["seconds"], 1),
        "filtered_seconds": round(filtered["seconds"], 1),
        "prefilter_speedup": round(without["seconds"] / filtered["seconds"], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="synthetic conflict articles")
    parser.add_argument("--mixed", type=int, default=1000, help="synthetic mixed-stream articles")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args()

    def say(message: str) -> None:
        print(message, file=sys.stderr if args.json else sys.stdout, flush=True)

    nlp = load_pipeline()
    documents = documents_of(list(stream(args.count, conflict_share=1.0, seed=19)))
    result: dict = {"articles": len(documents)}
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as folder:
        workdir = Path(folder)
        local = run_engine(documents, nlp, workdir, "local")
        result["local_aps"] = round(local["aps"], 2)
        say(f"local engine: {local['aps']:.2f} articles/s ({local['seconds']:.0f} s)")
        start_ray(workers=2)
        try:
            for workers in (1, 2):
                run = ray_run(documents, nlp, workdir, workers)
                result[f"ray{workers}_aps"] = round(run["aps"], 2)
                result[f"ray{workers}_steady_aps"] = round(run["steady_aps"], 2)
                result[f"ray{workers}_peak_rss_mb"] = run["peak_rss_mb"]
                say(
                    f"ray, {workers} worker(s): {run['aps']:.2f} articles/s end to end, "
                    f"{run['steady_aps']:.2f} once actors are up; "
                    f"peak memory per worker {run['peak_rss_mb']} MB"
                )
        finally:
            stop_ray()
        result["speedup_2v1"] = round(result["ray2_aps"] / result["ray1_aps"], 2)
        result["speedup_2v1_steady"] = round(
            result["ray2_steady_aps"] / result["ray1_steady_aps"], 2
        )
        say(
            f"2-vs-1 speed-up: {result['speedup_2v1']} end to end, "
            f"{result['speedup_2v1_steady']} steady"
        )
        result.update(prefilter_bench(nlp, workdir, args.mixed))
        say(
            f"pre-filter on a mixed stream of {result['mixed_articles']} articles: skips "
            f"{result['prefilter_skip_rate']:.1%}, recall {result['prefilter_recall']:.2%} "
            f"(gold: {result['prefilter_gold_recall']:.0%} of "
            f"{result['prefilter_gold_articles']}), "
            f"{result['prefilter_ms_per_article']} ms/article, "
            f"speed-up {result['prefilter_speedup']}x"
        )
    if args.json:
        sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
