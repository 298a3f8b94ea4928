"""Which registered extractors run for each ``--extractor`` choice.

* ``rules``: every registered extractor but ``llm`` (the default; plug-ins included);
* ``both``: the rules, with ``llm`` right after ``events`` so it can merge into the rules'
  events and quotes before stances, framing and claims read them;
* ``llm``: ``actors`` (mentions the framing report resolves referents with), ``llm`` and
  ``framing`` (which runs only on text its lexicon's language covers). The rules' topic
  gate, quotes, events, stances and claims are English-only readings and do not run.
"""

from __future__ import annotations

from accord.registry import extractor_names

LLM = "llm"
LLM_ONLY = ("actors", LLM, "framing")


def extractors_for(mode: str, disabled: tuple[str, ...] = ()) -> list[str]:
    """The extractors to run, in order, for ``mode``; ``disabled`` ones left out."""
    rules = [name for name in extractor_names(disabled) if name != LLM]
    if mode == "rules":
        return rules
    if mode == "llm":
        return [name for name in LLM_ONLY if name == LLM or name in rules]
    if mode == "both":
        at = rules.index("events") + 1 if "events" in rules else len(rules)
        return [*rules[:at], LLM, *rules[at:]]
    raise ValueError(f"unknown extractor {mode!r}")
