"""Terminal renderings of the real-set scores (tune and blind side by side) and of the events
precision/recall curve."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

SECTIONS = ("events", "events_strict", "quotes", "stances", "contradictions")


def _prf(counts: dict) -> str:
    return f"{counts['precision']:.3f} / {counts['recall']:.3f} / {counts['f1']:.3f}"


def _located(location: dict) -> str:
    """How the gold events located in their text fared (only gold that says where its events
    are stated has any): matched, right type in their sentence with other roles, only other
    types there, nothing coded there."""
    if not any(location.values()):
        return "-"
    return " / ".join(str(location[k]) for k in ("matched", "roles", "type", "nothing"))


def render_real(result: dict, console: Console) -> None:
    for path, real in result.get("real", {}).items():
        splits = real["splits"]
        table = Table(title=f"Real set {path} (P / R / F1)", title_justify="left")
        table.add_column("section")
        for name, scores in splits.items():
            table.add_column(f"{name} ({scores['files']} articles)")
        for section in SECTIONS:
            table.add_row(section, *(_prf(scores[section]) for scores in splits.values()))
        table.add_row(
            "status accuracy",
            *(f"{scores['status_accuracy']['accuracy']:.3f}" for scores in splits.values()),
        )
        table.add_row(
            "located events: matched / roles / type / nothing",
            *(_located(scores["event_location"]) for scores in splits.values()),
        )
        console.print(table)
        if real["problems"]:
            console.print(f"{len(real['problems'])} article(s) not scored (listed on stderr)")


def render_curve(result: dict, console: Console) -> None:
    points = result.get("curve")
    if not points:
        return
    table = Table(title="Events precision/recall by threshold", title_justify="left")
    for column in ("threshold", "precision", "recall", "F1", "events"):
        table.add_column(column, justify="right")
    for point in points:
        table.add_row(
            f"{point['threshold']:.1f}",
            f"{point['precision']:.3f}",
            f"{point['recall']:.3f}",
            f"{point['f1']:.3f}",
            str(point["events"]),
        )
    console.print(table)


def render_clusters(result: dict, console: Console) -> None:
    """One row per cluster board: cross-article contradictions, proposals, roles, stances."""
    clusters = result.get("clusters")
    if not clusters:
        return
    table = Table(title="Cluster boards", title_justify="left")
    for column in (
        "cluster",
        "contradictions P / R",
        "proposals per gold",
        "media in roles",
        "role accuracy",
        "stances F1",
        "stance dates",
    ):
        table.add_column(column)
    for name, score in clusters.items():
        found = score["contradictions"]
        table.add_row(
            name,
            f"{found['precision']:.2f} / {found['recall']:.2f}",
            f"{score['proposals']['per_gold_proposal']:.2f}",
            ", ".join(score["roles"]["media_among_parties_or_mediators"]) or "none",
            f"{score['roles']['accuracy']:.2f}",
            f"{score['stances']['f1']:.2f}",
            f"{score['stance_date_accuracy']:.2f}",
        )
    console.print(table)
