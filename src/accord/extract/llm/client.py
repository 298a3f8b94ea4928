"""A small client for any OpenAI-compatible ``/chat/completions`` endpoint (llama.cpp's
server, vLLM, Ollama, LM Studio, hosted APIs).

Why not the ``openai`` package: accord needs only one endpoint, and owning the retry,
budget and fallback rules here keeps them testable against a stub server. The API key is
sent as a bearer header and never appears in an error message, a log line or a repr.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field

import httpx

from accord.extract.llm.schema import answer_json_schema

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_BACKOFF_SECONDS = 30.0


class LLMError(RuntimeError):
    """A request that gave no usable answer; the message is one line and names no secret."""


@dataclass(frozen=True)
class ClientSettings:
    url: str
    model: str
    timeout: float = 120.0
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry; doubled each time
    token_budget: int = 0  # prompt + completion tokens per run; 0 = no limit
    api_key: str | None = field(default=None, repr=False)


@dataclass
class Usage:
    """What a run has spent, shared by every thread that uses the client."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class Completion:
    content: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str | None = None


class ChatClient:
    """POSTs chat requests with temperature 0 and a fixed seed; retries 429/5xx with backoff."""

    def __init__(self, settings: ClientSettings):
        self.settings = settings
        headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        self._http = httpx.Client(
            base_url=settings.url.rstrip("/") + "/",
            headers=headers,
            timeout=settings.timeout,
        )
        self.usage = Usage()
        self._lock = threading.Lock()
        self._schema_supported = True  # until a server rejects response_format json_schema

    def close(self) -> None:
        self._http.close()

    def complete(self, messages: list[dict]) -> Completion:
        """One answer for ``messages``; raises :class:`LLMError` with a one-line reason."""
        self._check_budget()
        response = self._post_with_retries(self._body(messages))
        if response.status_code == 400 and self._schema_supported and _rejects_schema(response):
            self._schema_supported = False
            response = self._post_with_retries(self._body(messages))
        if response.status_code != 200:
            raise LLMError(f"server answered HTTP {response.status_code}{_detail(response)}")
        return self._completion(response)

    def _body(self, messages: list[dict]) -> dict:
        if self._schema_supported:
            response_format = {
                "type": "json_schema",
                "json_schema": {
                    "name": "accord_items",
                    "strict": True,
                    "schema": answer_json_schema(),
                },
            }
        else:
            response_format = {"type": "json_object"}
        return {
            "model": self.settings.model,
            "messages": messages,
            "temperature": 0,
            "seed": 0,
            "response_format": response_format,
        }

    def _post_with_retries(self, body: dict) -> httpx.Response:
        delay = self.settings.backoff
        for attempt in range(self.settings.retries + 1):
            try:
                response = self._http.post("chat/completions", json=body)
            except httpx.TimeoutException:
                raise LLMError(f"no answer within {self.settings.timeout:g} s") from None
            except httpx.TransportError as error:
                where = _without_credentials(self.settings.url)
                raise LLMError(f"cannot reach {where} ({type(error).__name__})") from None
            with self._lock:
                self.usage.requests += 1
            if response.status_code not in RETRY_STATUSES or attempt == self.settings.retries:
                return response
            time.sleep(min(_retry_after(response, delay), MAX_BACKOFF_SECONDS))
            delay *= 2
        raise AssertionError("unreachable")  # the loop always returns on its last attempt

    def _completion(self, response: httpx.Response) -> Completion:
        try:
            payload = response.json()
            choice = payload["choices"][0]
            content = choice["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise LLMError("server answer is not a chat completion") from None
        if choice.get("finish_reason") == "content_filter" or not content:
            raise LLMError("the model refused or returned nothing")
        usage = payload.get("usage") or {}
        completion = Completion(
            content=content,
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            finish_reason=choice.get("finish_reason"),
        )
        with self._lock:
            self.usage.prompt_tokens += completion.prompt_tokens
            self.usage.completion_tokens += completion.completion_tokens
        return completion

    def _check_budget(self) -> None:
        """Checked before each request, so requests already in flight may overrun the
        budget by at most ``concurrency`` answers."""
        budget = self.settings.token_budget
        if budget and self.usage.tokens >= budget:
            raise LLMError(f"token budget of {budget} for this run is spent")


def _without_credentials(url: str) -> str:
    """The URL as it may be shown: a user name or password in it is left out."""
    try:
        return str(httpx.URL(url).copy_with(userinfo=b""))
    except (httpx.InvalidURL, TypeError):
        return "the server"


def _retry_after(response: httpx.Response, default: float) -> float:
    try:
        return max(float(response.headers.get("retry-after", default)), 0.0)
    except ValueError:
        return default


def _rejects_schema(response: httpx.Response) -> bool:
    text = response.text.lower()
    return "response_format" in text or "json_schema" in text


def _detail(response: httpx.Response) -> str:
    try:
        message = response.json().get("error", {})
        message = message.get("message") if isinstance(message, dict) else message
    except (ValueError, AttributeError):
        message = None
    return f": {' '.join(str(message).split())[:160]}" if message else ""


def parse_json(content: str, finish_reason: str | None = None) -> dict:
    """The JSON object in a model's answer (tolerating a Markdown code fence around it).

    ``finish_reason`` "length" turns a parse failure into the clearer reason: the server
    stopped the answer at its token limit.
    """
    text = content.strip()
    if text.startswith("```"):
        text = text.strip("`").removeprefix("json").strip()
    try:
        value = json.loads(text)
    except ValueError as error:
        if finish_reason == "length":
            raise LLMError("the model's answer was cut off at its length limit") from None
        raise LLMError(f"the model's answer is not valid JSON ({error.msg})") from None
    if not isinstance(value, dict):
        raise LLMError("the model's answer is not a JSON object")
    return value
