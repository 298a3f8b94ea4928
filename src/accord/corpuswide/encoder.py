"""Claim texts encoded in a helper process while the parser works.

The corpus-wide contradiction update at the end of an ingest run compares claims by
meaning, and encoding them (MiniLM, on the CPU) costs about a fifth of the parse.
Done at the end it adds that much to the run; done while later batches are parsed it
runs on another core and mostly disappears from the wall-clock time. It is a separate
interpreter (:mod:`accord.corpuswide.encoder_worker`), not a thread, because loading and
running the encoder holds the interpreter lock for long stretches and would stall the
parser; and not a ``multiprocessing`` child, which re-imports the caller's main script.

The helper only computes vectors (it never touches the store), and encoding is pure,
so a vector computed ahead is the one the update would compute (to float rounding:
batches are padded differently): results do not depend on the helper. It starts only
once a run has ``PREFETCH_FROM`` texts to encode (a small run is not worth its
start-up), and if it cannot start or fails, the update encodes what is missing itself.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from accord.corpuswide.embedding import Embed, default_embedder

#: Texts a run must have before the helper starts: below that, encoding at the end is
#: cheaper than starting a second interpreter and loading the encoder there.
PREFETCH_FROM = 256


class BackgroundEncoder:
    """An :data:`~accord.corpuswide.contradictions.Embed` that can be fed texts ahead of time.

    ``prefetch`` hands texts to the helper process; calling the encoder collects what
    the helper computed (waiting for it to finish) and encodes only what is still
    missing. With a caller's own ``embed`` nothing is prefetched: a stand-in given by
    a test or a bench is cheap, and the helper would use a different encoder.
    """

    def __init__(self, embed: Embed | None = None, prefetch: bool = True) -> None:
        self._prefetching = prefetch and embed is None
        self._embed = embed or default_embedder()
        self._vectors: dict[str, list[float]] = {}
        self._waiting: set[str] = set()  # prefetched, not yet sent (the helper is not up)
        self._sent: set[str] = set()
        self._helper: subprocess.Popen | None = None
        self._folder: tempfile.TemporaryDirectory | None = None

    def prefetch(self, texts: Iterable[str]) -> None:
        if not self._prefetching:
            return
        self._waiting.update(set(texts) - self._sent)
        # nothing new (a commit point that saved no document): nothing to send
        if not self._waiting or self._helper is None and len(self._waiting) < PREFETCH_FROM:
            return
        try:
            if self._helper is None:
                self._start()
            self._helper.stdin.write(json.dumps(sorted(self._waiting)) + "\n")
            self._helper.stdin.flush()
        except (OSError, ValueError):  # no helper: the update encodes everything itself
            self._prefetching = False
            return
        self._sent |= self._waiting
        self._waiting.clear()

    def close(self) -> None:
        """Stop prefetching, let the helper finish and take in its vectors."""
        self._prefetching = False
        if self._helper is None:
            return
        try:
            self._helper.stdin.close()
            # the helper says when its last vectors are written; its interpreter then takes
            # a second to tear torch down, which nobody needs to wait for
            self._helper.stdout.readline()
            self._read(self._output)
        except (OSError, ValueError, KeyError):
            pass  # those texts are encoded here when asked for
        finally:
            self._helper.kill()
            self._helper.wait()
            self._helper = None
            self._folder.cleanup()

    def __call__(self, texts: list[str]) -> list[list[float]]:
        self.close()
        missing = sorted({text for text in texts if text not in self._vectors})
        if missing:
            self._vectors.update(zip(missing, self._embed(missing), strict=True))
        return [self._vectors[text] for text in texts]

    def _start(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="accord-encoder-")
        self._output = Path(self._folder.name) / "vectors.jsonl"
        try:
            self._helper = subprocess.Popen(
                [sys.executable, "-m", "accord.corpuswide.encoder_worker", str(self._output)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
        except OSError:
            self._folder.cleanup()
            raise

    def _read(self, path: Path) -> None:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                batch = json.loads(line)
                raw = np.frombuffer(base64.b64decode(batch["data"]), dtype=np.float32)
                vectors = raw.reshape(len(batch["texts"]), batch["dim"]).tolist()
                self._vectors.update(zip(batch["texts"], vectors, strict=True))
