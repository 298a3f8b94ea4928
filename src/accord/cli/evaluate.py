"""``accord eval``: score accord against gold files or PLOVER peer sets."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path

import typer

from accord.cli._llm_options import ExtractorOption, LLMModelOption, LLMUrlOption
from accord.cli._util import (
    ModelOption,
    app,
    err,
    fail,
    load_nlp,
    out,
)
from accord.config import Settings


@app.command("eval")
def evaluate(
    gold: list[Path] = typer.Argument(
        None, help="Gold files (.json), PLOVER peer sets (.jsonl) or real-set manifests."
    ),
    real: Path = typer.Option(None, "--real", help="A real-article set: folder or manifest."),
    split: str = typer.Option("all", "--split", help="Real set: tune, blind or all (both)."),
    curve: bool = typer.Option(False, "--curve", help="Events precision/recall by threshold."),
    clusters: Path = typer.Option(
        None, "--clusters", help="Score cluster boards (eval/real/clusters): contradictions, roles."
    ),
    unlisted_groups: bool = typer.Option(
        False,
        "--unlisted-groups",
        help="Leave the armed groups, movements, authorities and parties out of the "
        "gazetteer: how well accord codes groups no list names.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable scores."),
    per_file: bool = typer.Option(False, "--per-file", help="Also show each file's scores."),
    model: str = ModelOption,
    extractor: str = ExtractorOption,
    llm_url: str = LLMUrlOption,
    llm_model: str = LLMModelOption,
) -> None:
    """Score accord against gold files by the rules in the gold README."""
    from accord.cli.render_eval import render_clusters, render_curve, render_real
    from accord.cli.render_report import render_scores
    from accord.eval.realset import is_manifest
    from accord.eval.runner import is_peer_file
    from accord.resolve.actors import groups_unlisted

    gold = list(gold or [])
    manifests = [path for path in gold if is_peer_file(path) and is_manifest(path)]
    manifests += [real] if real is not None else []
    articles = [path for path in gold if not is_peer_file(path)]
    peers = [path for path in gold if is_peer_file(path) and path not in manifests]
    if not gold and real is None and clusters is None:
        fail("give gold files, a peer set or a real-set manifest (or --real FOLDER)")
    settings = Settings.load(model=model, extractor=extractor, llm_url=llm_url, llm_model=llm_model)
    with groups_unlisted() if unlisted_groups else nullcontext():
        nlp = load_nlp(model, settings)
        result = _scores(nlp, articles, manifests, peers, split, curve, clusters, per_file)
    if as_json:
        sys.stdout.write(json.dumps(result, indent=1) + "\n")
    else:
        render_scores(result, out)
        render_real(result, out)
        render_clusters(result, out)
        render_curve(result, out)


def _scores(
    nlp,
    articles: list[Path],
    manifests: list[Path],
    peers: list[Path],
    split: str,
    curve: bool,
    clusters: Path | None,
    per_file: bool,
) -> dict:
    """Every score asked for, by section (what the renderers and ``--json`` print)."""
    from accord.eval.realset import ManifestError, score_real_set
    from accord.eval.runner import GoldError, score_gold_files, score_peer_file

    result: dict = {}
    try:
        if curve:
            from accord.eval.curve import curve_for

            result["curve"] = curve_for(
                articles, manifests, split, nlp, lambda line: err.print(line, highlight=False)
            )
        elif articles:
            total, files = score_gold_files(articles, nlp)
            result["articles"] = {"files": len(articles), **total.as_dict()}
            if per_file:
                result["per_file"] = {name: s.as_dict() for name, s in files.items()}
        for path in peers if not curve else []:
            result.setdefault("peer", {})[str(path)] = score_peer_file(path, nlp).as_dict()
        for path in manifests if not curve else []:
            scores = score_real_set(path, nlp, split)
            for problem in scores.problems:
                err.print(problem, highlight=False)
            result.setdefault("real", {})[str(path)] = scores.as_dict()
        if clusters is not None:
            from accord.eval.clusters import evaluate_clusters

            result["clusters"] = {
                name: score.as_dict() for name, score in evaluate_clusters(clusters, nlp).items()
            }
    except (GoldError, ManifestError, OSError) as error:
        fail(str(error))
    return result
