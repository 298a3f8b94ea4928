"""``accord quotes``: stored quotes, filtered."""

from __future__ import annotations

import typer

from accord.cli._util import DbOption, FormatOption, app, open_corpus, parse_date
from accord.cli.listing import print_items


@app.command()
def quotes(
    db: str = DbOption,
    speaker: str = typer.Option(None, help="Part of the speaker's name or description."),
    actor: str = typer.Option(None, help="The speaker's actor id (ISR matches ISR.GOV)."),
    anonymous: bool = typer.Option(
        None, "--anonymous/--named", help="Only anonymous (or only non-anonymous) speakers."
    ),
    since: str = typer.Option(None, help="Quotes on or after YYYY-MM-DD."),
    until: str = typer.Option(None, help="Quotes on or before YYYY-MM-DD."),
    outlet: str = typer.Option(None, help="Only documents from this outlet."),
    fmt: str = FormatOption,
) -> None:
    """Stored quotes: who said what, through whom."""
    filters = {
        "speaker": speaker,
        "actor": actor,
        "anonymous": anonymous,
        "since": parse_date(since, "--since"),
        "until": parse_date(until, "--until"),
        "outlet": outlet,
    }
    with open_corpus(db) as corpus:
        print_items("quotes", corpus.items("quotes", **filters), fmt, "Quotes")
