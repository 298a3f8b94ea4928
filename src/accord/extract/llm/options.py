"""The language-model extractor's settings, taken from :class:`accord.config.Settings`.

A frozen, hashable value: the pipeline cache keys on it, and it travels into the spaCy
component's config as a plain dict. It holds no API key (read from the environment by
:func:`api_key` when the client is made).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

from accord.config import EXTRACTORS, Settings

API_KEY_VAR = "ACCORD_LLM_API_KEY"


class LLMSettingsError(ValueError):
    """The settings cannot run the chosen extractor (a one-line reason)."""


@dataclass(frozen=True)
class LLMOptions:
    url: str
    model: str
    mode: str = "llm"  # llm: the model alone; both: merged into the rules' output
    cache_db: str | None = None  # the store that caches answers; None = no cache
    timeout: float = 120.0
    concurrency: int = 4
    retries: int = 3
    token_budget: int = 0

    def as_config(self) -> dict:
        return asdict(self)


def llm_options(settings: Settings, cache: bool = True) -> LLMOptions | None:
    """The options for ``settings.extractor``: None for ``rules``; an error if incomplete."""
    if settings.extractor not in EXTRACTORS:
        raise LLMSettingsError(
            f"--extractor must be one of {', '.join(EXTRACTORS)}, got {settings.extractor!r}"
        )
    if settings.extractor == "rules":
        return None
    if not settings.llm_url or not settings.llm_model:
        raise LLMSettingsError(
            f"--extractor {settings.extractor} needs --llm-url and --llm-model "
            "(or ACCORD_LLM_URL and ACCORD_LLM_MODEL)"
        )
    if not settings.llm_url.startswith(("http://", "https://")):
        raise LLMSettingsError(f"--llm-url must be an http(s) URL, got {settings.llm_url!r}")
    return LLMOptions(
        url=settings.llm_url,
        model=settings.llm_model,
        mode=settings.extractor,
        cache_db=settings.db if cache else None,
        timeout=settings.llm_timeout,
        concurrency=max(1, settings.llm_concurrency),
        retries=max(0, settings.llm_retries),
        token_budget=max(0, settings.llm_token_budget),
    )


def api_key() -> str | None:
    return os.environ.get(API_KEY_VAR) or None
