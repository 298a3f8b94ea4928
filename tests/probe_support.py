"""Shared by the generalisation probes (``test_event_probe``, ``test_stance_probe``): each
reads its cases from ``tests/data/<name>.yaml``, and a case the code still gets wrong
carries a ``missed`` reason and is a strict expected failure, so the probe flags the day
it starts to pass."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml


def probe_cases(name: str) -> list[dict]:
    return yaml.safe_load((Path(__file__).parent / "data" / f"{name}.yaml").read_text())


def probe_params(cases: list[dict]) -> list:
    """One pytest parameter per case, named by its text, misses marked."""
    return [
        pytest.param(
            case,
            marks=[pytest.mark.xfail(strict=True, reason=case["missed"])]
            if "missed" in case
            else [],
            id=case["text"][:60],
        )
        for case in cases
    ]
