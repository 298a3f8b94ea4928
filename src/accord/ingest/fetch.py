"""Fetch web pages and feeds with httpx: timeouts, checked redirects and a size cap.

Redirects are followed here, one hop at a time, so that every URL, the first and each
redirect target, passes the address check (:mod:`accord.ingest.addresses`) before it is
requested. The body is streamed and reading stops at the cap, so a huge or endless response
costs at most ``max_bytes`` of memory. Every network problem becomes an
:class:`InputError` with a one-line reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.request import getproxies

import httpx

from accord.ingest.addresses import check_peer, check_url
from accord.ingest.decode import Decoded, decode_bytes, size_label
from accord.ingest.records import InputError, ReaderOptions


@dataclass
class Response:
    """A fetched body with what is needed to interpret it."""

    url: str  # after redirects
    content_type: str  # media type only, lower case, e.g. "text/html"
    body: bytes
    encoding: str | None  # charset from the Content-Type header, if any

    def decoded(self, html: bool = True) -> Decoded:
        """The body as text: by BOM, declared charset, ``<meta charset>`` (HTML), UTF-8 or
        detection (:func:`accord.ingest.decode.decode_bytes`); never with bytes replaced."""
        return decode_bytes(self.body, declared=self.encoding, html=html)


def is_url(value: str) -> bool:
    """Whether ``value`` is one http(s) URL with a host."""
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value.strip()


class Fetcher:
    """One HTTP client for a whole ingestion run; close it (or use ``with``) when done."""

    def __init__(self, options: ReaderOptions):
        self.options = options
        self._client: httpx.Client | None = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        """Created on first use, so runs over local files never open a connection pool."""
        if self._client is None:
            self._client = httpx.Client(
                follow_redirects=False,  # followed by get(), which checks each target
                timeout=self.options.timeout,
                headers={"User-Agent": self.options.user_agent},
            )
        return self._client

    def get(self, url: str) -> Response:
        """The body at ``url``; raises :class:`InputError` for any network or HTTP problem."""
        try:
            for _ in range(self.options.max_redirects + 1):
                check_url(url, allow_private=self.options.allow_private_addresses)
                with self.client.stream("GET", url) as response:
                    self._check_peer(response)
                    if response.next_request is not None:  # a redirect, to be checked
                        url = str(response.next_request.url)
                        continue
                    return self._response(response)
            raise InputError(f"more than {self.options.max_redirects} redirects")
        except httpx.TimeoutException as error:
            raise InputError(f"timed out after {self.options.timeout:g} s") from error
        except httpx.ConnectError as error:
            raise InputError(f"cannot connect to {_host(url)} ({_first_line(error)})") from error
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise InputError(f"invalid URL ({_first_line(error)})") from error
        except httpx.HTTPError as error:
            raise InputError(
                f"fetch failed ({type(error).__name__}: {_first_line(error)})"
            ) from error

    def _check_peer(self, response: httpx.Response) -> None:
        """The address the connection reached must pass the address check too (unless a
        proxy made the connection, or private addresses are allowed)."""
        if self.options.allow_private_addresses or getproxies():
            return
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer:
            check_peer(peer[0], response.url.host)

    def _response(self, response: httpx.Response) -> Response:
        if response.status_code >= 400:
            phrase = response.reason_phrase or "error"
            raise InputError(f"HTTP {response.status_code} {phrase}")
        body = self._read_capped(response)
        media_type = response.headers.get("content-type", "").split(";")[0]
        return Response(
            url=str(response.url),
            content_type=media_type.strip().lower(),
            body=body,
            encoding=response.charset_encoding,
        )

    def _read_capped(self, response: httpx.Response) -> bytes:
        limit = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise InputError(
                f"response of {size_label(int(declared))} is over the {size_label(limit)} limit"
            )
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise InputError(f"response larger than the {size_label(limit)} limit")
            chunks.append(chunk)
        return b"".join(chunks)


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
