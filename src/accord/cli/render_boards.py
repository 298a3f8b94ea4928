"""Rich renderings of negotiation boards and outlet framing profiles for the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from accord.corpuswide.board_grid import board_grid
from accord.corpuswide.framing import Profile
from accord.corpuswide.talks import Board


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _date(value) -> str:
    return value.isoformat() if value else "-"


def _short_date(value) -> str:
    return value.strftime("%d %b") if value else "undated"


def _cell(cell) -> str:
    """The latest stance, who says so and when, in three short lines."""
    if cell is None:
        return "[dim]·[/dim]"
    position = cell.position
    mark = " [red]![/red]" if cell.disputed else ""
    says = "outlet" if position.claimed_by == "outlet" else position.claimed_by
    return f"[bold]{position.stance}[/bold]{mark}\n{says}\n{_short_date(position.date)}"


def render_grid(board: Board, console: Console) -> None:
    """Party rows, proposal (then round) columns: readable at 100 columns."""
    grid = board_grid(board)
    if not grid.rows:
        console.print("No stances.")
        return
    table = Table(
        title="Where each party stands (latest stance · says who · date; ! disputed)",
        title_justify="left",
        show_lines=True,
    )
    table.add_column("party", overflow="fold", max_width=12)
    for column in grid.columns:
        table.add_column(column.title, overflow="fold", min_width=9)
    for row in grid.rows:
        label = row.party + ("\n[dim]mediator[/dim]" if row.role == "mediator" else "")
        table.add_row(label, *(_cell(cell) for cell in row.cells))
    console.print(table)


def render_boards(boards: list[Board], console: Console) -> None:
    if not boards:
        console.print("No negotiation processes found.")
        return
    for board in boards:
        console.rule(f"[bold]{board.label}[/bold]  ({board.process})")
        console.print(
            f"{board.documents} article(s) from {', '.join(board.outlets) or 'unknown outlets'}\n"
            f"parties: {', '.join(board.parties) or '-'}    "
            f"mediators: {', '.join(board.mediators) or '-'}",
            highlight=False,
        )
        if board.aliases:
            console.print(f"also called: {'; '.join(board.aliases)}", highlight=False)
        render_grid(board, console)
        for dispute in board.round_disputes:
            console.print(
                f"[red]Disputed:[/red] is the {dispute.round or 'round'} over?", highlight=False
            )
            for claim in dispute.claims:
                console.print(
                    f"  {claim.state:>9} — says {claim.by or 'unknown'}"
                    f" ({claim.outlet or 'unknown outlet'}): {claim.evidence or claim.claim}",
                    highlight=False,
                )
        if board.disputes:
            table = _table(
                "Disputed stances (sources disagree)",
                "party",
                "proposal",
                "stance",
                "says who",
                "date",
                "evidence",
            )
            titles = {entry.key: entry.title for entry in board.proposals}
            for dispute in board.disputes:
                for position in dispute.positions:
                    table.add_row(
                        dispute.party,
                        titles.get(dispute.proposal, dispute.proposal or "-"),
                        position.stance,
                        position.claimed_by,
                        _date(position.date),
                        position.evidence or "-",
                    )
            console.print(table)
        if board.rounds:
            table = _table(
                "Rounds", "round", "first reported", "last reported", "attending", "withdrew"
            )
            for item in board.rounds:
                table.add_row(
                    item.name + ("" if item.ongoing is not False else " (ended)"),
                    _date(item.first),
                    _date(item.last),
                    ", ".join(sorted(item.attending)) or "-",
                    ", ".join(sorted(item.withdrew)) or "-",
                )
            console.print(table)
        table = _table("Timeline", "date", "party", "stance", "proposal / round", "says who")
        for position in board.timeline:
            table.add_row(
                _date(position.date),
                position.party,
                position.stance,
                position.proposal or "-",
                position.claimed_by
                if position.claimed_by != "outlet"
                else f"outlet {position.outlet or ''}".strip(),
            )
        console.print(table)


def render_profiles(profiles: list[Profile], console: Console) -> None:
    if not profiles:
        console.print("No framing markers found.")
        return
    summary = _table(
        "Framing by outlet (the outlet's own voice only)",
        "outlet",
        "documents",
        "markers",
        "per doc",
        "by kind",
        "whose vocabulary",
        "about whom",
        "in quotes (not counted)",
    )
    for profile in profiles:
        summary.add_row(
            profile.outlet,
            str(profile.documents),
            str(profile.markers),
            f"{profile.per_document:.1f}",
            ", ".join(f"{k} {n}" for k, n in profile.by_kind.most_common()) or "-",
            ", ".join(f"{k} {n}" for k, n in profile.by_side.most_common()) or "-",
            ", ".join(f"{k} {n}" for k, n in profile.by_referent.most_common(6)) or "-",
            str(profile.quoted_markers),
        )
    console.print(summary)
    for profile in profiles:
        if not profile.terms:
            continue
        table = _table(
            f"{profile.outlet}: wording", "term", "kind", "refers to", "neutral", "count", "example"
        )
        for use in sorted(profile.terms.values(), key=lambda u: (-u.count, u.term)):
            table.add_row(
                use.term,
                use.kind,
                use.refers_to or "-",
                use.neutral or "-",
                str(use.count),
                use.examples[0]["text"] if use.examples else "-",
            )
        console.print(table)
