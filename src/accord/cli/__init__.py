"""The ``accord`` command line: a thin shell over report, store and corpuswide.

One command per module, as spaCy's CLI is laid out: ``_util`` holds the Typer app
and what the commands share; importing a command's module registers it. The
import order below is the order ``accord --help`` lists the commands in.
"""

from accord.cli._util import app  # noqa: I001  (the order below is the --help order)
from accord.cli import analyze, schema, evaluate, ingest, records  # noqa: F401
from accord.cli import contradictions, errors, export, serve, talks, framing  # noqa: F401
from accord.cli import llm_cache  # noqa: F401


def main() -> None:
    app()


__all__ = ["app", "main"]
