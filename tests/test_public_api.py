"""The documented Python API: ``accord.analyze(text) -> Report`` works whatever else is imported.

The cross-document package was once called ``accord.analyze``, and importing any of
its modules replaced the function with the package. This test imports every module
first so a new name clash fails here.
"""

from __future__ import annotations

import importlib
import pkgutil

import accord

# modules that need an optional extra this suite does not install everywhere
OPTIONAL = {"accord.engines.ray_engine": "ray"}

TEXT = (
    "Egypt hosted talks in Cairo on Monday. Qatar's foreign minister said the two "
    "delegations would meet again next week."
)


def test_analyze_is_the_function_after_every_module_is_imported(nlp):
    imported = []
    for module in pkgutil.walk_packages(accord.__path__, prefix="accord."):
        if module.name.endswith(".__main__"):  # running it is its only job
            continue
        needs = OPTIONAL.get(module.name)
        if needs and importlib.util.find_spec(needs) is None:
            continue
        importlib.import_module(module.name)
        imported.append(module.name)
    assert "accord.corpuswide.talks" in imported and "accord.cli" in imported
    assert callable(accord.analyze)

    report = accord.analyze(TEXT, outlet="Test Wire", published="2026-03-02", nlp=nlp)

    assert isinstance(report, accord.Report)
    assert report.document.outlet == "Test Wire"
    assert str(report.document.published) == "2026-03-02"
    assert [s.text for s in report.sentences] == [
        "Egypt hosted talks in Cairo on Monday.",
        "Qatar's foreign minister said the two delegations would meet again next week.",
    ]
    [quote] = report.quotes
    assert (quote.speaker, quote.speaker_actor, quote.kind, quote.cue) == (
        "Qatar's foreign minister",
        "QAT.GOV",
        "indirect",
        "said",
    )
    assert quote.content == "the two delegations would meet again next week"
    events = {(e.source, e.action, e.target, e.status, str(e.date)) for e in report.events}
    assert ("EGY.GOV", "CONSULT", None, "occurred", "2026-03-02") in events
