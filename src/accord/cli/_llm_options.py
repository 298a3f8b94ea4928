"""The options that choose the extractor and its language-model server, shared by
``analyze``, ``ingest`` and ``eval`` (settings: CLI > environment > ``accord.toml``)."""

from __future__ import annotations

import typer

ExtractorOption = typer.Option(
    None, "--extractor", help="rules, llm or both (env ACCORD_EXTRACTOR; default rules)."
)
LLMUrlOption = typer.Option(
    None, "--llm-url", help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1."
)
LLMModelOption = typer.Option(None, "--llm-model", help="Model name the server knows.")
