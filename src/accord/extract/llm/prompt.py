"""The request a model gets: the team's system prompt, the schema and one chunk of article.

Long articles are split at paragraph breaks into chunks of at most ``max_chars``, each
overlapping the previous one by its last paragraph, so an item stated across a break is
still seen whole once; items found twice in the overlap are deduplicated by their aligned
spans afterwards.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

from accord.data import data_path, load_data
from accord.extract.llm.schema import answer_json_schema

MAX_CHUNK_CHARS = 6000
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True)
class Chunk:
    """A stretch of the article sent in one request; ``start`` is its offset in the article."""

    start: int
    text: str


@cache
def system_prompt() -> str:
    modes = "; ".join(f"{action}: {', '.join(words)}" for action, words in event_modes().items())
    return load_data("llm/prompt")["system"].replace("{modes}", modes)


def event_modes() -> dict[str, list[str]]:
    """The modes the prompt offers per PLOVER type; a model's other modes are not kept."""
    return load_data("llm/prompt")["modes"]


@cache
def prompt_version() -> str:
    """A short hash of the prompt file and the answer schema: part of every cache key."""
    digest = hashlib.sha256(data_path("llm/prompt").read_bytes())
    digest.update(repr(sorted(answer_json_schema().items())).encode())
    return digest.hexdigest()[:12]


def user_message(chunk: Chunk) -> str:
    return f"Article:\n<<<\n{chunk.text}\n>>>"


def messages(chunk: Chunk) -> list[dict]:
    return [
        {"role": "system", "content": system_prompt()},
        {"role": "user", "content": user_message(chunk)},
    ]


def chunks(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[Chunk]:
    """Split at paragraph breaks into chunks of at most ``max_chars`` with one paragraph of overlap.

    A single paragraph longer than ``max_chars`` is its own chunk (cut at the limit).
    """
    if len(text) <= max_chars:
        return [Chunk(0, text)]
    paragraphs = _paragraph_spans(text)
    result: list[Chunk] = []
    index = 0
    while index < len(paragraphs):
        start = paragraphs[index][0]
        end = index
        while end + 1 < len(paragraphs) and paragraphs[end + 1][1] - start <= max_chars:
            end += 1
        stop = min(paragraphs[end][1], start + max_chars)
        result.append(Chunk(start, text[start:stop]))
        if end + 1 >= len(paragraphs):
            break
        index = end if end > index else end + 1  # overlap: the last paragraph starts the next
    return result


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for separator in _PARAGRAPH_BREAK.finditer(text):
        if separator.start() > position:
            spans.append((position, separator.start()))
        position = separator.end()
    if position < len(text):
        spans.append((position, len(text)))
    return spans
