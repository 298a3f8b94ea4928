"""``accord eval``: score accord against gold files or PLOVER peer sets."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from accord.cli._util import (
    ExtractorOption,
    LLMModelOption,
    LLMUrlOption,
    ModelOption,
    app,
    fail,
    load_nlp,
    out,
)
from accord.config import Settings


@app.command("eval")
def evaluate(
    gold: list[Path] = typer.Argument(..., help="Gold files (.json) or PLOVER peer sets (.jsonl)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable scores."),
    per_file: bool = typer.Option(False, "--per-file", help="Also show each file's scores."),
    model: str = ModelOption,
    extractor: str = ExtractorOption,
    llm_url: str = LLMUrlOption,
    llm_model: str = LLMModelOption,
) -> None:
    """Score accord against gold files by the rules in the gold README."""
    from accord.cli.render_report import render_scores
    from accord.eval.runner import GoldError, is_peer_file, score_gold_files, score_peer_file

    settings = Settings.load(model=model, extractor=extractor, llm_url=llm_url, llm_model=llm_model)
    nlp = load_nlp(model, settings)
    articles = [path for path in gold if not is_peer_file(path)]
    peers = [path for path in gold if is_peer_file(path)]
    result: dict = {}
    try:
        if articles:
            total, files = score_gold_files(articles, nlp)
            result["articles"] = {"files": len(articles), **total.as_dict()}
            if per_file:
                result["per_file"] = {name: s.as_dict() for name, s in files.items()}
        for path in peers:
            result.setdefault("peer", {})[str(path)] = score_peer_file(path, nlp).as_dict()
    except GoldError as error:
        fail(str(error))
    if as_json:
        sys.stdout.write(json.dumps(result, indent=1) + "\n")
    else:
        render_scores(result, out)
