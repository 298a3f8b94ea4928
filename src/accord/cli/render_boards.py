"""Rich renderings of negotiation boards and outlet framing profiles for the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from accord.corpuswide.framing import Profile
from accord.corpuswide.talks import Board


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _date(value) -> str:
    return value.isoformat() if value else "-"


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
        table = _table(
            "Where each party stands (latest per proposal)",
            "party",
            "stance",
            "proposal / round",
            "date",
            "claimed by",
            "outlet",
            "conditions",
        )
        disputed = {(d.party, d.proposal) for d in board.disputes}
        for position in board.latest:
            subject = (position.party, position.proposal)
            mark = " [red](disputed)[/red]" if subject in disputed else ""
            table.add_row(
                position.party,
                position.stance + mark,
                position.proposal or "-",
                _date(position.date),
                position.claimed_by,
                position.outlet or "-",
                "; ".join(position.conditions) or "-",
            )
        console.print(table)
        if board.disputes:
            table = _table(
                "Disputed stances (sources disagree)",
                "party",
                "proposal",
                "stance",
                "says who",
                "outlet",
                "date",
                "evidence",
            )
            for dispute in board.disputes:
                for position in dispute.positions:
                    table.add_row(
                        dispute.party,
                        dispute.proposal or "-",
                        position.stance,
                        position.claimed_by,
                        position.outlet or "-",
                        _date(position.date),
                        position.evidence or "-",
                    )
            console.print(table)
        if board.rounds:
            table = _table(
                "Rounds",
                "round",
                "first reported",
                "last reported",
                "attending",
                "withdrew",
                "outlets",
            )
            for item in board.rounds:
                table.add_row(
                    item.name,
                    _date(item.first),
                    _date(item.last),
                    ", ".join(sorted(item.attending)) or "-",
                    ", ".join(sorted(item.withdrew)) or "-",
                    ", ".join(sorted(item.sources)) or "-",
                )
            console.print(table)
        table = _table(
            "Timeline", "date", "party", "stance", "proposal / round", "claimed by", "outlet"
        )
        for position in board.timeline:
            table.add_row(
                _date(position.date),
                position.party,
                position.stance,
                position.proposal or "-",
                position.claimed_by,
                position.outlet or "-",
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
