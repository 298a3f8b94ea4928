"""Rich renderings of reports and scores for the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from accord.model import Report


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def render_report(report: Report, console: Console) -> None:
    """A readable report: events, quotes, stances, contradictions, framing."""
    meta = report.document
    console.print(
        f"[bold]{meta.title or meta.external_id or meta.id}[/bold]  "
        f"{meta.outlet or 'unknown outlet'}  {meta.published or ''}",
        highlight=False,
    )
    if report.events:
        table = _table("Events", "source", "action", "target", "status", "voice", "evidence")
        for event in report.events:
            evidence = event.evidence[0] if event.evidence else None
            table.add_row(
                event.source or "-",
                event.action + (f"/{event.mode}" if event.mode else ""),
                event.target or "-",
                event.status,
                event.voice,
                f"s{evidence.sentence} “{evidence.trigger or evidence.text}”" if evidence else "",
            )
        console.print(table)
    if report.quotes:
        table = _table("Quotes", "id", "speaker", "actor", "kind", "cue", "via", "content")
        for quote in report.quotes:
            table.add_row(
                quote.id,
                quote.speaker,
                quote.speaker_actor or "-",
                quote.kind,
                quote.cue or "-",
                quote.via or "-",
                escape(
                    _clip(quote.content)
                    + (
                        f"\nEnglish by {quote.translation.by}: {_clip(quote.translation.text)}"
                        if quote.translation
                        else ""
                    )
                ),
            )
        console.print(table)
    if report.stances:
        table = _table("Stances", "process", "proposal", "party", "stance", "claimed by")
        for stance in report.stances:
            table.add_row(
                stance.process,
                stance.proposal or "-",
                stance.party,
                stance.stance,
                stance.claimed_by,
            )
        console.print(table)
    if report.contradictions:
        table = _table("Contradictions", "topic", "a", "b")
        for item in report.contradictions:
            table.add_row(
                item.topic, f"{item.a.by}: {item.a.claim}", f"{item.b.by}: {item.b.claim}"
            )
        console.print(table)
    if report.framing:
        table = _table("Framing (the source's wording)", "term", "kind", "refers to", "voice")
        for marker in report.framing:
            table.add_row(marker.term, marker.kind, marker.refers_to or "-", marker.voice)
        console.print(table)
    if not any((report.events, report.quotes, report.stances, report.framing)):
        console.print("No events, quotes, stances or framing found.")
    for note in report.diagnostics.notes:
        console.print(f"note: {note}", highlight=False, markup=False)


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) < limit else text[: limit - 3] + "…"


def _prf(section: dict) -> list[str]:
    return [
        f"{section.get('precision', float('nan')):.3f}" if "precision" in section else "-",
        f"{section['recall']:.3f}",
        f"{section['f1']:.3f}" if "f1" in section else "-",
        f"tp={section['tp']} fn={section['fn']}"
        + (f" fp={section['fp']}" if "fp" in section else ""),
    ]


def render_scores(result: dict, console: Console) -> None:
    articles = result.get("articles")
    if articles:
        table = _table(
            f"Scores over {articles['files']} gold file(s)", "section", "P", "R", "F1", "counts"
        )
        for name in ("events", "events_strict", "quotes", "stances", "contradictions", "framing"):
            table.add_row(name, *_prf(articles[name]))
        console.print(table)
        for name in ("status_accuracy", "quote_kind_accuracy", "quote_via_accuracy"):
            value = articles[name]
            console.print(f"{name}: {value['accuracy']:.3f} ({value['right']}/{value['total']})")
        console.print(
            "framing markers inside quotes counted as the outlet's voice: "
            f"{articles['framing']['outlet_markers_inside_quotes']}"
        )
    for path, peer in result.get("peer", {}).items():
        console.print(
            f"peer {path}: {peer['records']} records, type accuracy {peer['type_accuracy']:.3f}, "
            f"full accuracy {peer['full_accuracy']:.3f}"
        )
    for name, scores in result.get("per_file", {}).items():
        console.print(
            f"  {name}: events F1 {scores['events']['f1']:.3f}, "
            f"quotes F1 {scores['quotes']['f1']:.3f}, "
            f"stances F1 {scores['stances']['f1']:.3f}, framing R {scores['framing']['recall']:.3f}"
        )
