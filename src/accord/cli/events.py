"""``accord events``: stored events, filtered."""

from __future__ import annotations

import typer

from accord.cli._util import DbOption, FormatOption, app, open_corpus, parse_date
from accord.cli.listing import print_items


@app.command()
def events(
    db: str = DbOption,
    actor: str = typer.Option(None, help="Source or target actor (ISR matches ISR.GOV)."),
    action: str = typer.Option(None, help="PLOVER event type, e.g. ASSAULT."),
    status: str = typer.Option(None, help="occurred, planned, denied or hypothetical."),
    since: str = typer.Option(None, help="Events on or after YYYY-MM-DD."),
    until: str = typer.Option(None, help="Events on or before YYYY-MM-DD."),
    outlet: str = typer.Option(None, help="Only documents from this outlet."),
    fmt: str = FormatOption,
) -> None:
    """Stored events: who did what to whom, with status and evidence."""
    filters = {
        "actor": actor,
        "action": action,
        "status": status,
        "since": parse_date(since, "--since"),
        "until": parse_date(until, "--until"),
        "outlet": outlet,
    }
    with open_corpus(db) as corpus:
        print_items("events", corpus.items("events", **filters), fmt, "Events")
