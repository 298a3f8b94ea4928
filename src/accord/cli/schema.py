"""``accord schema``: the report's JSON Schema."""

from __future__ import annotations

import json
import sys

from accord.cli._util import app


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report."""
    from accord.model import report_json_schema

    sys.stdout.write(json.dumps(report_json_schema(), indent=1) + "\n")
