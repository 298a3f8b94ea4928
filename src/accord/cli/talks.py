"""``accord talks``: negotiation boards and timelines."""

from __future__ import annotations

import json
import sys

import typer

from accord.cli._util import (
    DbOption,
    RecomputeOption,
    app,
    bring_up_to_date,
    fail,
    open_corpus,
    out,
)


@app.command()
def talks(
    process: str = typer.Argument(None, help="Part of a process name or key (e.g. Istanbul)."),
    db: str = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print the boards as JSON."),
    semantic: bool = typer.Option(
        False,
        "--semantic",
        help="Also link processes by label meaning (MiniLM, offline; built now, not stored).",
    ),
    recompute: bool = RecomputeOption,
) -> None:
    """Negotiation boards: parties, mediators, latest and disputed stances, rounds (kept up
    to date by each ingest run)."""
    from accord.cli.render_boards import render_boards
    from accord.corpuswide.incremental import rebuild_boards
    from accord.corpuswide.talks import Board, build_boards

    with open_corpus(db) as corpus:
        if semantic:
            boards = build_boards(corpus.items("stances"), process=process, semantic=True)
        else:
            bring_up_to_date(corpus)
            if recompute:
                rebuild_boards(corpus)
            boards = [Board.from_dict(board) for board in corpus.boards(process)]
    if process and not boards:
        fail(f"no negotiation process matches {process!r}")
    if as_json:
        payload = [board.as_dict() for board in boards]
        sys.stdout.write(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
    else:
        render_boards(boards, out)
