"""``accord contradictions``: where sources disagree."""

from __future__ import annotations

import typer

from accord.cli._util import (
    DbOption,
    FormatOption,
    RecomputeOption,
    app,
    bring_up_to_date,
    open_corpus,
)
from accord.cli.listing import print_items


@app.command()
def contradictions(
    db: str = DbOption,
    topic: str = typer.Option(None, help="Part of the topic or of either claim."),
    actor: str = typer.Option(None, help="Either side's actor (ISR matches ISR.GOV)."),
    recompute: bool = RecomputeOption,
    fmt: str = FormatOption,
) -> None:
    """Where sources disagree: the same matter stated oppositely, within an article or across
    stored articles (kept up to date by each ingest run)."""
    from accord.corpuswide.contradictions import analyze_corpus

    with open_corpus(db) as corpus:
        bring_up_to_date(corpus)
        if recompute:
            analyze_corpus(corpus)
        items = list(corpus.items("contradictions", topic=topic, actor=actor))
    print_items("contradictions", items, fmt, "Contradictions")
