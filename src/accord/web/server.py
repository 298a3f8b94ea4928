"""Run the app with uvicorn on a socket bound up front.

Binding first turns "address already in use" or a bad host into an ``OSError`` the
CLI reports in one line, instead of uvicorn logging it and exiting on its own.
"""

from __future__ import annotations

import socket

import uvicorn
from fastapi import FastAPI


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (IPv4 or IPv6); ``OSError`` if it cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def run(app: FastAPI, sock: socket.socket) -> None:
    config = uvicorn.Config(
        app,
        log_level="warning",
        timeout_keep_alive=5,  # idle connections are closed after 5 s
        limit_concurrency=64,  # beyond that, 503 rather than an ever longer queue
    )
    uvicorn.Server(config).run(sockets=[sock])
