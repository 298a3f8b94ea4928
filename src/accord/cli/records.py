"""Listing commands built from the record-kind specs: ``accord events``, ``accord quotes``
and one per plug-in record kind that declares ``command_help``.

Each command's options are the kind's filters that carry a ``cli_help``
(:class:`accord.store.kinds.Param`), so a filter is declared once for the store,
the API and the CLI.
"""

from __future__ import annotations

import inspect

import typer

from accord.cli._util import DbOption, FormatOption, app, open_corpus, parse_date
from accord.cli.listing import print_items
from accord.store.kinds import Param, RecordKind, record_kinds


def _option(param: Param) -> inspect.Parameter:
    flags = [param.cli_flag] if param.cli_flag else []
    return inspect.Parameter(
        param.name,
        inspect.Parameter.KEYWORD_ONLY,
        annotation=bool if param.shape == "flag" else str,
        default=typer.Option(None, *flags, help=param.cli_help),
    )


def add_listing_command(kind: RecordKind) -> None:
    """Register ``accord <kind>``: the stored records of a kind, filtered and formatted."""
    offered = [param for param in kind.params if param.cli_help]
    dated = {param.name for param in offered if param.shape in ("since", "until")}

    def command(db: str | None, fmt: str, **filters) -> None:
        for name in dated:
            filters[name] = parse_date(filters[name], f"--{name}")
        with open_corpus(db) as corpus:
            print_items(kind.name, corpus.items(kind.name, **filters), fmt, kind.title)

    keyword = inspect.Parameter.KEYWORD_ONLY
    command.__signature__ = inspect.Signature(
        [
            inspect.Parameter("db", keyword, annotation=str, default=DbOption),
            *(_option(param) for param in offered),
            inspect.Parameter("fmt", keyword, annotation=str, default=FormatOption),
        ]
    )
    command.__doc__ = kind.command_help
    app.command(kind.name)(command)


for _kind in record_kinds().values():
    if _kind.command_help:
        add_listing_command(_kind)
