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
