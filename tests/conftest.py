"""Shared fixtures: one loaded pipeline per test session, paths to shared gold."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    from accord.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def rules_nlp():
    """The pipeline with the lexicon coder alone (``ACCORD_EVENT_MODEL=rules``): probes of
    the rules themselves, which a rebuilt model's scores near its threshold must not flip
    (the model's own effect is measured by ``accord eval``)."""
    from accord.config import Settings
    from accord.extract.events.classifier import MODEL_ENV
    from accord.nlp.pipeline import DEFAULT_MODEL, _load_pipeline

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(MODEL_ENV, "rules")
        disabled = tuple(sorted(Settings.load().disabled_extractors))
        # past the per-process cache, which keys on the arguments and not on the variable
        return _load_pipeline.__wrapped__(DEFAULT_MODEL, "rules", None, disabled)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SHARED / "seed" / "rafah-talks.txt"


@pytest.fixture(scope="session")
def seed_gold_path() -> Path:
    return SHARED / "gold" / "rafah-talks.json"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """An empty database URL: SQLite always, PostgreSQL when ACCORD_TEST_DB is set."""
    from store_support import database_urls, empty_database

    if request.param not in database_urls():
        pytest.skip("PostgreSQL: ACCORD_TEST_DB is not set (scripts/run-tests.sh sets it)")
    return empty_database(request.param, tmp_path)
