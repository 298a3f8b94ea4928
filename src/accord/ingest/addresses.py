"""Which addresses accord may fetch: public ones only, unless the user says otherwise.

A feed is third-party input, and so is every ``<link>`` in it and every redirect a
server answers with. Fetching whatever they point at would let a hostile feed make
accord read a service on this machine or its network (a database console on
127.0.0.1, a cloud metadata endpoint on 169.254.169.254) and store the answer, where
the API then serves it. So every URL is checked before it is fetched, the first one
and each redirect target alike: the scheme must be http or https, and every address
the host name resolves to must be a public one. Loopback, private, link-local,
multicast, reserved and unspecified addresses are refused, IPv4 and IPv6 alike
(IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry).
``--allow-private-addresses`` lifts the address check (for a feed on the intranet);
the scheme check always holds.

The name is resolved again when the connection is made, and a DNS server may answer
differently the second time (DNS rebinding). So the address actually connected to is
checked too (:func:`check_peer`), before a byte of the answer is read: a request may
reach an internal address that way, but nothing it answers is ever stored.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from accord.ingest.records import InputError

SCHEMES = frozenset({"http", "https"})

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def refusal(address: Address) -> str | None:
    """Why ``address`` is not a public one (``"loopback"``, ``"private"`` …), or None."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for kind in ("loopback", "private", "link_local", "multicast", "reserved", "unspecified"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return None


def resolve(host: str, port: int) -> list[Address]:
    """Every address ``host`` resolves to (a literal address resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise InputError(f"cannot resolve {host} ({error})") from error
    return [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]


def check_peer(address: str, host: str) -> None:
    """Raise :class:`InputError` if ``address``, the one a connection to ``host`` reached,
    is not public."""
    if (kind := refusal(ipaddress.ip_address(address.split("%", 1)[0]))) is not None:
        raise InputError(
            f"refused to read from {host}: the connection reached {address}, a {kind} "
            "address (--allow-private-addresses allows it)"
        )


def check_url(url: str, allow_private: bool = False) -> None:
    """Raise :class:`InputError` unless ``url`` is http(s) and (unless ``allow_private``)
    its host resolves to public addresses only."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise InputError(f"refused a {parts.scheme or 'scheme-less'} URL (only http and https)")
    host = parts.hostname
    if not host:
        raise InputError(f"invalid URL (no host): {url}")
    if allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as error:
        raise InputError(f"invalid URL ({error})") from error
    for address in resolve(host, port):
        if (kind := refusal(address)) is not None:
            raise InputError(
                f"refused to fetch {host}: it resolves to {address}, a {kind} address "
                "(--allow-private-addresses allows it)"
            )
