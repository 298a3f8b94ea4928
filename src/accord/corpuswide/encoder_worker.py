"""The claim encoder's helper process: ``python -m accord.corpuswide.encoder_worker OUT``.

Reads batches of texts as JSON lines on stdin and appends, per batch, one JSON line to
``OUT`` holding the texts and their vectors as base64 float32 bytes (exactly what the
encoder computed, so the parent's comparisons match an in-process encoding). Runs until
stdin closes. See :mod:`accord.corpuswide.encoder` for why it is a process.
"""

from __future__ import annotations

import base64
import json
import sys

import numpy as np

from accord.corpuswide.embedding import default_embedder


def main(out_path: str) -> None:
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


if __name__ == "__main__":
    main(sys.argv[1])
