"""The shape of a model's answer, as pydantic models and as the JSON Schema sent to the server.

The answer is validated against these models whether or not the server enforced the
schema (servers without ``json_schema`` support get JSON mode and are checked here), so
nothing the model returns reaches a report without passing through them.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from accord.model import Action, QuoteKind, SpeakerKind, Status


class _Item(BaseModel):
    # unknown keys are ignored, not fatal: models add commentary fields
    model_config = ConfigDict(extra="ignore")


class ModelEvent(_Item):
    action: Action
    status: Status = "occurred"
    mode: str | None = None
    source_text: str | None = None
    source_en: str | None = None
    target_text: str | None = None
    target_en: str | None = None
    trigger: str | None = None
    evidence: str = Field(min_length=1)


class ModelQuote(_Item):
    speaker: str = Field(min_length=1)
    speaker_kind: SpeakerKind = "named"
    speaker_org_en: str | None = None
    kind: QuoteKind
    cue: str | None = None
    content: str = Field(min_length=1)
    content_en: str | None = None
    via: str | None = None


class ModelAnswer(_Item):
    language: str | None = None
    events: list[ModelEvent] = Field(default_factory=list)
    quotes: list[ModelQuote] = Field(default_factory=list)


def answer_json_schema() -> dict:
    """The answer's JSON Schema, as ``response_format.json_schema.schema``.

    Shaped for servers' strict structured output (OpenAI's ``strict``, vLLM's and
    llama.cpp's grammars): every property required (nullable ones may be null), no other
    properties, and no ``default`` or ``minLength`` keywords, which some servers refuse.
    The pydantic models above still validate every answer, whatever the server enforced.
    """
    return _strict(ModelAnswer.model_json_schema())


def _strict(node):
    if isinstance(node, list):
        return [_strict(item) for item in node]
    if not isinstance(node, dict):
        return node
    shaped = {key: _strict(value) for key, value in node.items() if key not in _UNSUPPORTED}
    if shaped.get("type") == "object" and "properties" in shaped:
        shaped["required"] = list(shaped["properties"])
        shaped["additionalProperties"] = False
    return shaped


_UNSUPPORTED = frozenset({"default", "minLength"})
