"""``accord llm-cache stats|clear``: the store's cache of language-model answers.

A sub-app of its own so the main CLI only mounts it; like every command it prints one
line on a user error and never a traceback.
"""

from __future__ import annotations

import json
import sys
from contextlib import closing

import typer

from accord.cli._util import DbOption, app, open_store, out

llm_cache_app = typer.Typer(
    help="The store's cache of language-model answers.", no_args_is_help=True
)
app.add_typer(llm_cache_app, name="llm-cache")


@llm_cache_app.command("stats")
def stats(
    db: str = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """How many answers are cached, how often they were reused, what they cost once."""
    with closing(_open(db)) as cache:
        figures = cache.stats().as_dict()
    if as_json:
        sys.stdout.write(json.dumps(figures, indent=1) + "\n")
        return
    out.print(
        f"{figures['entries']} cached answers, {figures['hits']} reuses; made with "
        f"{figures['prompt_tokens']} prompt and {figures['completion_tokens']} completion tokens",
        highlight=False,
    )
    for name, count in figures["models"].items():
        out.print(f"  {name}: {count}", highlight=False, markup=False)


@llm_cache_app.command("clear")
def clear(
    db: str = DbOption,
    llm_model: str = typer.Option(None, "--llm-model", help="Only this model's answers."),
) -> None:
    """Delete cached answers (all, or one model's)."""
    with closing(_open(db)) as cache:
        removed = cache.clear(llm_model)
    out.print(f"removed {removed} cached answers", highlight=False)


def _open(db: str | None):
    from accord.store.llm_cache import LLMCache

    return open_store(LLMCache, db)
