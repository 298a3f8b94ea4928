"""Texts and a local web server for the ingestion tests.

All texts here were written for these tests. The server binds 127.0.0.1 on a free
port; nothing in the ingestion tests touches the internet.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORY = """Delegations resume border talks in Geneva
GENEVA, March 4 (Northwire) - Negotiators from the two governments met in Geneva on Tuesday \
for a third round of talks on a prisoner exchange and a phased withdrawal of troops from the \
disputed border area, a mediator said.
The mediator, who asked not to be named because the talks are private, said both delegations \
had agreed on a timetable for the first exchange of detainees but remained divided over the \
pace of the withdrawal and over who would monitor it.
A spokesperson for one delegation said the meeting had been constructive and that a fourth \
round was planned for later this month. The other delegation did not respond to a request for \
comment. Earlier rounds in January and February ended without a joint statement.
Both governments have accused each other of shelling villages near the border since the \
ceasefire was declared last autumn, and aid groups have asked for safe passage for food convoys.
"""

# The same wire story as a second outlet ran it: its own dateline and one sentence trimmed.
STORY_COPY = """Delegations resume border talks in Geneva
GENEVA (Eastern Herald, with Northwire) - Negotiators from the two governments met in Geneva \
on Tuesday for a third round of talks on a prisoner exchange and a phased withdrawal of troops \
from the disputed border area, a mediator said.
The mediator, who asked not to be named because the talks are private, said both delegations \
had agreed on a timetable for the first exchange of detainees but remained divided over the \
pace of the withdrawal and over who would monitor it.
A spokesperson for one delegation said the meeting had been constructive and that a fourth \
round was planned for later this month. The other delegation did not respond to a request for \
comment. Earlier rounds in January and February ended without a joint statement.
Both governments have accused each other of shelling villages near the border since the \
ceasefire was declared last autumn.
"""

OTHER_STORY = """Harbour city approves plan for new ferry terminal
The city council voted on Monday to fund a new ferry terminal on the eastern side of the \
harbour, ending a debate that has run for more than two years. Supporters said the terminal \
would cut commuting times for thousands of residents, while opponents warned that the cost \
had doubled since the first estimate was published.
The mayor said construction could begin next spring if the regional government approves the \
environmental study. A group of local fishermen said they would ask a court to review the \
decision because the new piers would block access to their moorings.
"""

FRENCH = """Les délégations des deux gouvernements se sont retrouvées mardi à Genève pour un \
troisième cycle de négociations sur un échange de prisonniers et sur un retrait progressif des \
troupes de la zone frontalière contestée, a indiqué un médiateur. Selon lui, les deux parties \
se sont entendues sur un calendrier pour le premier échange, mais restent divisées sur le \
rythme du retrait.
"""

RUSSIAN = """Делегации двух правительств встретились во вторник в Женеве на третий раунд \
переговоров об обмене пленными и о поэтапном отводе войск из спорного приграничного района, \
сообщил посредник. По его словам, стороны согласовали график первого обмена.
"""


def article_html(title: str, body: str, site: str = "Northwire", date: str = "2024-03-05") -> str:
    """A news page with navigation and footer around an article, as sites publish them."""
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>Contact us | Terms of use</footer>
</body></html>"""


EMPTY_PAGE = """<!DOCTYPE html><html><head><title>Menu</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>Terms</footer></body></html>"""

Body = bytes | Iterable[bytes]  # an iterable is streamed without a Content-Length
Route = tuple[int, str, Body] | Callable[[], tuple[int, str, Body]]


@contextlib.contextmanager
def serve(routes: dict[str, Route]) -> Iterator[str]:
    """Serve ``routes`` (path -> (status, content type, body)) and yield the base URL.

    A status of 3xx takes the body as the ``Location``; a callable route is called per
    request (to sleep, say); a body that is an iterable of chunks is sent without a
    Content-Length, ending when the connection closes.
    """

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            route = routes.get(self.path)
            if route is None:
                status, content_type, body = 404, "text/plain", b"not found"
            else:
                status, content_type, body = route() if callable(route) else route
            self.send_response(status)
            if 300 <= status < 400:
                self.send_header("Location", body.decode())
                body = b""
            self.send_header("Content-Type", content_type)
            if isinstance(body, bytes):
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for chunk in [body] if isinstance(body, bytes) else body:
                    self.wfile.write(chunk)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def slow(seconds: float, route: tuple[int, str, bytes]) -> Callable[[], tuple[int, str, bytes]]:
    def respond() -> tuple[int, str, bytes]:
        time.sleep(seconds)
        return route

    return respond


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/article"
