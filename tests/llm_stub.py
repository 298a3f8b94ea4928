"""A stub OpenAI-compatible server for the language-model extractor's tests and bench.

It serves ``POST /v1/chat/completions`` on 127.0.0.1 with answers chosen by the article
in the request:

* a scripted answer queued for a marker phrase in the article (``stub.script(marker,
  [...])``): an answer object, a raw string (malformed JSON), an HTTP status (429, 500),
  a delay longer than the client's timeout, or a refusal;
* otherwise the recorded answer for that article from ``tests/data/llm/recorded``
  (written by the team as a model would answer, with some invented items on purpose);
* otherwise an empty answer.

Run it by hand for ``accord eval --extractor llm``: ``python tests/llm_stub.py --port 8089``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

ROOT = Path(__file__).resolve().parent.parent
RECORDED = ROOT / "tests" / "data" / "llm" / "recorded"
ARTICLE_START, ARTICLE_END = "Article:\n<<<\n", "\n>>>"


@dataclass
class Delay:
    seconds: float
    then: dict


@dataclass
class Status:
    code: int
    retry_after: float | None = None


@dataclass
class Refusal:
    message: str = "I can't help with that."


@dataclass
class CutOff:
    """An answer the server stopped at its token limit (``finish_reason`` "length")."""

    content: str


def load_recorded(folder: Path = RECORDED) -> dict[str, dict]:
    """Recorded fixtures by article text: ``{"article": path, "answer": {...}, ...}``."""
    recorded = {}
    for path in sorted(folder.glob("*.json")):
        fixture = json.loads(path.read_text(encoding="utf-8"))
        article = (ROOT / fixture["article"]).read_text(encoding="utf-8")
        recorded[article] = fixture | {"name": path.stem}
    return recorded


@dataclass
class StubState:
    recorded: dict[str, dict]
    scripts: list[tuple[str, list]] = field(default_factory=list)
    requests: list[dict] = field(default_factory=list)
    headers: list[dict] = field(default_factory=list)
    schema_unsupported: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_for(self, article: str):
        with self.lock:
            for marker, queue in self.scripts:
                if marker in article and queue:
                    return queue.pop(0)
        if article in self.recorded:
            return self.recorded[article]["answer"]
        return {"language": "en", "events": [], "quotes": []}


def build_app(state: StubState) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def chat(request: Request):
        body = await request.json()
        with state.lock:
            state.requests.append(body)
            state.headers.append(dict(request.headers))
        kind = body.get("response_format", {}).get("type")
        if state.schema_unsupported and kind == "json_schema":
            return JSONResponse(
                {"error": {"message": "response_format json_schema is not supported"}},
                status_code=400,
            )
        user = body["messages"][-1]["content"]
        article = user.split(ARTICLE_START, 1)[-1].rsplit(ARTICLE_END, 1)[0]
        answer = state.next_for(article)
        if isinstance(answer, Status):
            headers = (
                {"Retry-After": str(answer.retry_after)} if answer.retry_after is not None else {}
            )
            return JSONResponse({"error": {"message": "scripted"}}, answer.code, headers=headers)
        if isinstance(answer, Delay):
            await asyncio.sleep(answer.seconds)
            answer = answer.then
        if isinstance(answer, Refusal):
            return _completion(answer.message, user, finish="content_filter")
        if isinstance(answer, CutOff):
            return _completion(answer.content, user, finish="length")
        content = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
        return _completion(content, user)

    return app


def _completion(content: str, prompt: str, finish: str = "stop") -> JSONResponse:
    # token counts as a server would report them, approximated by words
    return JSONResponse(
        {
            "id": "stub",
            "object": "chat.completion",
            "model": "stub",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": finish,
                }
            ],
            "usage": {
                "prompt_tokens": len(prompt.split()),
                "completion_tokens": len(content.split()),
            },
        }
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class StubServer:
    """The stub on a free port of 127.0.0.1, run by uvicorn in a thread."""

    def __init__(self, recorded_folder: Path = RECORDED, port: int | None = None):
        self.state = StubState(recorded=load_recorded(recorded_folder))
        self.port = port or free_port()
        config = uvicorn.Config(
            build_app(self.state), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, marker: str, answers: list) -> None:
        """Answer the next requests whose article contains ``marker`` with ``answers``, in order."""
        with self.state.lock:
            self.state.scripts.append((marker, list(answers)))

    def reset(self) -> None:
        with self.state.lock:
            self.state.scripts.clear()
            self.state.requests.clear()
            self.state.headers.clear()
            self.state.schema_unsupported = False

    def __enter__(self) -> StubServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the stub server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8089)
    port = parser.parse_args().port
    with StubServer(port=port) as stub:
        print(f"stub OpenAI-compatible server at {stub.url} (Ctrl-C stops it)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            stub.thread.join()


if __name__ == "__main__":
    main()
