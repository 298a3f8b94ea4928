"""The claim encoder that works ahead in a helper process during ingest."""

from __future__ import annotations

import io
import json
import math
import sys

import pytest

import accord.corpuswide.encoder as encoder_module
from accord.corpuswide.contradictions import default_embedder
from accord.corpuswide.encoder import BackgroundEncoder

TEXTS = [
    "the talks in Cairo have ended",
    "the ceasefire proposal was accepted",
    "troops will withdraw from the border villages",
    "the delegation returned home",
]


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


@pytest.mark.slow
def test_helper_vectors_match_encoding_in_process(monkeypatch):
    monkeypatch.setattr(encoder_module, "PREFETCH_FROM", 2)
    encoder = BackgroundEncoder()
    encoder.prefetch(TEXTS[:3])  # enough to start the helper
    encoder.prefetch(TEXTS[3:])
    assert encoder._helper is not None
    encoder.close()
    assert set(encoder._vectors) == set(TEXTS), "every prefetched text came back"
    local = default_embedder()(TEXTS)
    ahead = encoder(TEXTS)
    for mine, theirs in zip(ahead, local, strict=True):
        assert _cosine(mine, theirs) > 0.9999


def test_small_runs_do_not_start_the_helper():
    calls = []
    encoder = BackgroundEncoder()
    encoder._embed = lambda texts: calls.append(list(texts)) or [[1.0, 0.0] for _ in texts]
    encoder.prefetch(TEXTS)  # far below PREFETCH_FROM
    assert encoder._helper is None
    assert encoder(TEXTS[:2]) == [[1.0, 0.0], [1.0, 0.0]]
    assert calls == [sorted(TEXTS[:2])], "only the texts asked for are encoded, once"


def test_a_helper_that_cannot_start_leaves_encoding_to_the_caller(monkeypatch):
    monkeypatch.setattr(encoder_module, "PREFETCH_FROM", 1)
    monkeypatch.setattr(encoder_module.sys, "executable", "/nonexistent/python")
    encoder = BackgroundEncoder()
    encoder._embed = lambda texts: [[float(len(text)), 1.0] for text in texts]
    encoder.prefetch(TEXTS)
    assert encoder(TEXTS[:1]) == [[float(len(TEXTS[0])), 1.0]]


def test_a_callers_own_encoder_is_used_and_nothing_is_prefetched(monkeypatch):
    monkeypatch.setattr(encoder_module, "PREFETCH_FROM", 1)
    encoder = BackgroundEncoder(lambda texts: [[0.5] for _ in texts])
    encoder.prefetch(TEXTS)
    assert encoder._helper is None
    assert encoder(TEXTS) == [[0.5]] * len(TEXTS)


def test_the_helper_runs_only_where_a_core_is_spare(monkeypatch):
    from accord.engines import ray_engine

    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    monkeypatch.setattr(ray_engine.os, "cpu_count", lambda: 2)
    assert not ray_engine.spare_core(workers=2)  # two local workers take both cores
    assert not ray_engine.spare_core(workers=1)  # one worker and the driver
    assert ray_engine.spare_core(workers=2, address="10.0.0.5:6379")  # workers elsewhere
    monkeypatch.setattr(ray_engine.os, "cpu_count", lambda: 8)
    assert ray_engine.spare_core(workers=2)


class _RecordingHelper:
    """Stands in for the helper process: keeps what is written to its stdin."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.stdin = self

    def write(self, line: str) -> None:
        self.lines.append(line)

    def flush(self) -> None:
        pass


def test_a_commit_point_with_nothing_new_sends_the_helper_nothing(monkeypatch):
    # an empty batch once stopped the helper: every later text was encoded again at the end
    monkeypatch.setattr(encoder_module, "PREFETCH_FROM", 1)
    helper = _RecordingHelper()
    monkeypatch.setattr(BackgroundEncoder, "_start", lambda self: setattr(self, "_helper", helper))
    encoder = BackgroundEncoder()
    encoder.prefetch(TEXTS[:2])
    encoder.prefetch([])  # a commit point that saved no document
    encoder.prefetch(TEXTS[1:2])  # nothing the helper has not had
    encoder.prefetch(TEXTS[2:])
    assert [json.loads(line) for line in helper.lines] == [sorted(TEXTS[:2]), sorted(TEXTS[2:])]


def test_the_helper_skips_an_empty_batch_and_encodes_the_next(monkeypatch, tmp_path):
    from accord.corpuswide import encoder_worker

    fake = lambda texts: [[float(len(text)), 1.0] for text in texts]  # noqa: E731
    monkeypatch.setattr(encoder_worker, "default_embedder", lambda: fake)
    batches = [TEXTS[:1], [], TEXTS[1:]]
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(json.dumps(b) + "\n" for b in batches)))
    out = tmp_path / "vectors.jsonl"
    encoder_worker.main(str(out))
    encoder = BackgroundEncoder(prefetch=False)
    encoder._read(out)
    assert encoder._vectors == {text: fake([text])[0] for text in TEXTS}
