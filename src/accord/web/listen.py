"""Where ``accord serve`` listens: the host and port checked, shown and judged.

A bad ``--host`` or ``--port`` is a one-line error before anything binds; the
address is shown as a URL a browser takes (IPv6 in brackets); and the warning about
being reachable from other machines is given for what the address is, not for how it
is spelled (``127.1`` and ``::1`` are loopback, ``0.0.0.0`` and ``::`` are not).
"""

from __future__ import annotations

import ipaddress
import socket

PORTS = range(0, 65536)  # 0 asks the system for a free port


class BadAddress(ValueError):
    """A host or port ``accord serve`` cannot listen on; the message is one line."""


def check_port(port: int) -> int:
    if port not in PORTS:
        raise BadAddress(f"--port must be between 0 and 65535, not {port}")
    return port


def check_host(host: str) -> str:
    """``host`` if it is an IP address or a name that resolves; ``BadAddress`` if not."""
    if not host or any(c.isspace() for c in host) or "/" in host:
        raise BadAddress(f"--host {host!r} is not a host name or IP address")
    try:
        socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise BadAddress(f"--host {host!r} does not resolve ({error})") from error
    return host


def is_loopback(host: str) -> bool:
    """Whether every address ``host`` names is on this machine only (``127.1`` included)."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return False
    addresses = {ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos}
    return bool(addresses) and all(address.is_loopback for address in addresses)


def url(host: str, port: int) -> str:
    """The base URL of a server on ``host:port``, IPv6 addresses in brackets."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"
