"""Peak memory of ``accord serve`` analysing the largest upload it accepts.

    .venv/bin/python bench/upload_rss.py [--chars 100000] [--json]

Starts ``accord serve`` on a free loopback port with an empty store, waits until the
pipeline is loaded, then posts one upload of ``--chars`` characters (the bundled example
articles repeated; the default is the text limit, ``accord.ingest.textrule``) to the web
form, as a browser does, then one short article to the API. Reports both answers'
status and time and the server's peak resident memory (``VmHWM``) after start-up and
after the upload.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from accord.ingest.textrule import MAX_TEXT_CHARS

ROOT = Path(__file__).resolve().parent.parent


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


def article_text(chars: int) -> str:
    texts = [p.read_text() for p in sorted((ROOT / "examples" / "articles").glob("*.txt"))]
    body = "\n\n".join(texts)
    return (body * (chars // len(body) + 1))[:chars]


def multipart(text: str) -> tuple[bytes, str]:
    boundary = "accordbenchboundary"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="upload"; filename="big.txt"\r\n'
        f"Content-Type: text/plain\r\n\r\n{text}\r\n--{boundary}--\r\n"
    ).encode()
    return body, f"multipart/form-data; boundary={boundary}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=MAX_TEXT_CHARS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="accord-rss-") as folder:
        command = [sys.executable, "-m", "accord.cli", "serve", "--port", str(port),
                   "--db", f"sqlite:///{folder}/store.db"]  # fmt: skip
        server = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        try:
            for _ in range(600):
                time.sleep(0.5)
                try:
                    with urllib.request.urlopen(f"{base}/api/health", timeout=2) as answer:
                        if json.load(answer)["pipeline"] == "ready":
                            break
                except OSError:
                    continue
            loaded = peak_rss_mb(server.pid)
            body, kind = multipart(article_text(args.chars))
            request = urllib.request.Request(
                f"{base}/analyse",
                data=body,
                method="POST",
                headers={"Content-Type": kind, "Origin": base},
            )
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=300) as answer:
                    status = answer.status
            except urllib.error.HTTPError as error:
                status = error.code
            seconds = time.perf_counter() - started
            # a short article right after: answered at once only if the big analysis
            # stopped at its deadline instead of holding the analyser
            small = urllib.request.Request(
                f"{base}/api/analyse",
                method="POST",
                headers={"Content-Type": "application/json"},
                data=json.dumps({"text": article_text(2000)}).encode(),
            )
            started = time.perf_counter()
            with urllib.request.urlopen(small, timeout=300) as answer:
                small_status = answer.status
            small_seconds = time.perf_counter() - started
            result = {
                "chars": args.chars,
                "status": status,
                "seconds": round(seconds, 1),
                "next_request_status": small_status,
                "next_request_seconds": round(small_seconds, 1),
                "peak_rss_mb_loaded": round(loaded),
                "peak_rss_mb_after_upload": round(peak_rss_mb(server.pid)),
            }
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(json.dumps(result) if args.json else result)


if __name__ == "__main__":
    main()
