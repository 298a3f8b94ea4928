"""Choosing an engine: the keywords that make :func:`accord.engines.local.ingest` run locally
or on Ray, and the relevance pre-filter, so the CLI and the benchmarks choose the same way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from accord.config import DEFAULT_MODEL

ENGINES = ("local", "ray")


class UnknownEngine(ValueError):
    """An engine name accord does not have."""


@contextmanager
def engine_keywords(
    engine: str = "local",
    *,
    workers: int = 2,
    address: str | None = None,
    model: str = DEFAULT_MODEL,
    batch_size: int = 32,
    prefilter: bool = False,
) -> Iterator[dict]:
    """Keywords for ``ingest``/``ingest_inputs`` while the block runs (Ray is up inside it)."""
    if engine not in ENGINES:
        raise UnknownEngine(f"--engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    keywords: dict = {}
    if prefilter:
        from accord.ingest.prefilter import Prefilter

        keywords["prefilter"] = Prefilter()
    if engine == "local":
        yield keywords | {"batch_size": batch_size}
        return
    from accord.engines.ray_engine import ray_analysis

    with ray_analysis(workers, address, model, batch_size=batch_size) as ray_keywords:
        yield keywords | ray_keywords
