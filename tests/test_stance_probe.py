"""A generalisation probe of the stances reader: short texts written for it (never taken
from an article), over the seven stances, many constructions and each side of several
conflicts in turn, in ``tests/data/stance_probe.yaml``.

Each case must give every (party, stance) it wants and nothing outside what it wants or
allows (its ``never`` list names the wrong readings it guards against: a medium or a side
taken for a mediator). A case the reader still gets wrong carries a ``missed`` reason and
is an expected failure, so the probe reports what is left honestly and flags a case the
reader comes to get right.
"""

from __future__ import annotations

import pytest

from accord.report import analyze
from probe_support import probe_cases, probe_params

pytestmark = pytest.mark.slow

CASES = probe_cases("stance_probe")


def _pairs(case: dict, key: str) -> set[tuple[str, str]]:
    return {(party, stance) for party, stance in case.get(key) or []}


@pytest.mark.parametrize("case", probe_params(CASES))
def test_probe_case(case, nlp):
    report = analyze(case["text"], outlet="Test Outlet", published="2026-03-10", nlp=nlp)
    found = {(s.party, s.stance) for s in report.stances}
    want, allowed = _pairs(case, "want"), _pairs(case, "allow")
    assert want <= found, f"missing {sorted(want - found)}"
    assert found <= want | allowed, f"unexpected {sorted(found - want - allowed)}"
    assert not found & _pairs(case, "never")


def test_probe_is_spread_over_every_stance():
    wanted = {stance for case in CASES for _, stance in case["want"]}
    assert wanted == {
        "proposed",
        "accepted",
        "rejected",
        "reservations",
        "withdrew",
        "attending",
        "mediating",
    }
    assert len(CASES) >= 80
