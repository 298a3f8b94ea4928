"""Who may talk to the server: the Host it answers to, and where form posts come from.

``accord serve`` has no accounts; it relies on being reachable from this machine only.
Two browser attacks get around that. DNS rebinding points a hostile name at 127.0.0.1,
so a page on that name can read the whole corpus from the loopback-bound server; the
Host header still carries the hostile name, so only known hosts are answered
(Starlette's ``TrustedHostMiddleware``): the bound address, ``localhost``,
``127.0.0.1``, ``[::1]`` and whatever ``--allowed-host`` adds. Cross-site request
forgery makes a visitor's browser post a form to the server; browsers say where a post
comes from in ``Origin`` (or ``Referer``), so a post whose origin is not the host it is
sent to is refused. Clients that send neither (curl, scripts) are not browsers and pass.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from html import escape
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

#: The names of this machine that are always accepted.
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def host_patterns(bound: str | None = None, extra: Iterable[str] = ()) -> list[str]:
    """Host header values to accept: the loopback names, the bound address (IPv6
    in brackets, as it appears in a Host header) and ``extra``, in that order."""
    hosts = list(LOOPBACK_HOSTS)
    if bound and bound not in ("0.0.0.0", "::"):
        hosts.append(f"[{bound}]" if ":" in bound else bound)
    hosts.extend(extra)
    return list(dict.fromkeys(host.lower() for host in hosts))


class SameOriginPosts:
    """ASGI middleware refusing (403) unsafe requests whose ``Origin`` (else ``Referer``)
    is not the host they were sent to."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in UNSAFE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin") or headers.get("referer")
        if origin is None or _netloc(origin) == headers.get("host", "").lower():
            await self.app(scope, receive, send)
            return
        await _forbidden(scope, send, f"cross-site request from {origin[:100]} refused")


def _netloc(url: str) -> str | None:
    """``host:port`` of a URL as a Host header carries it; None for ``null`` or garbage."""
    parts = urlsplit(url)
    return parts.netloc.lower() if parts.scheme in ("http", "https") and parts.netloc else None


async def _forbidden(scope: Scope, send: Send, message: str) -> None:
    if scope["path"].startswith("/api"):
        body, kind = json.dumps({"detail": message}).encode(), b"application/json"
    else:
        body = f"<!DOCTYPE html><title>Forbidden</title><p>{escape(message)}</p>".encode()
        kind = b"text/html; charset=utf-8"
    headers = [(b"content-type", kind), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 403, "headers": headers})
    await send({"type": "http.response.body", "body": body})
