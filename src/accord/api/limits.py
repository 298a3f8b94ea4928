"""Request limits: a cap on body size, enforced before the body is parsed.

The cap is checked twice: against ``Content-Length`` up front (so a large upload
is refused before it is read), and while the body streams in (so a chunked
request without a length cannot slip past it). Either way the client gets a 413
with a one-line JSON error, the same shape as every other 4xx from the API (a browser
posting the web form gets the line as a short HTML page).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 2_000_000  # an article with room to spare; uploads included
    analyze_timeout: float = 60.0  # seconds per analysis, queueing included
    max_page: int = 500  # the largest ``limit`` a listing accepts


class BodySizeLimit:
    """ASGI middleware refusing request bodies over ``max_bytes`` with 413."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(scope, send)
            return
        received = 0
        exceeded = False
        refused = False

        async def limited_receive() -> Message:
            nonlocal received, exceeded
            if exceeded:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    exceeded = True  # the app sees a client that went away and stops reading
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal refused
            if not exceeded:
                await send(message)
            elif not refused:  # whatever the app answers to the cut body becomes a 413
                refused = True
                await self._refuse(scope, send)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not exceeded:
                raise
        if exceeded and not refused:
            await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        """413 as JSON under /api, as a short HTML page for the web form."""
        message = f"request body larger than {self.max_bytes} bytes"
        if scope["path"].startswith("/api"):
            body, kind = json.dumps({"detail": message}).encode(), b"application/json"
        else:
            page = f"<!DOCTYPE html><title>413</title><h1>413</h1><p>{message}</p>"
            body, kind = page.encode(), b"text/html; charset=utf-8"
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", kind),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
