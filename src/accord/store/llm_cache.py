"""The store's cache of language-model answers, keyed by (model, prompt version, text hash).

A re-run over the same articles, or an ``accord eval``, asks the server nothing it has
asked before. Reads and writes happen on the caller's thread only (the request threads
never touch the database).

With SQLite an ``accord ingest`` holds its write transaction open across a batch, and
SQLite allows one writer at a time, so a cache write can find the file locked; it is
then kept and written at the next batch (or when the process ends) instead of waiting.
"""

from __future__ import annotations

import atexit
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import OperationalError

from accord.store.corpus import Corpus
from accord.store.schema import llm_cache

LOCKED_WAIT_MS = 200  # how long a cache write waits for a locked SQLite file


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cache_key(model: str, prompt_version: str, hashed_text: str) -> str:
    return hashlib.sha256(f"{model}\0{prompt_version}\0{hashed_text}".encode()).hexdigest()


@dataclass(frozen=True)
class CachedAnswer:
    answer: str
    prompt_tokens: int
    completion_tokens: int


@dataclass(frozen=True)
class CacheStats:
    """What the cache holds; the token counts are what making its answers cost once."""

    entries: int
    hits: int
    prompt_tokens: int
    completion_tokens: int
    models: dict[str, int]

    def as_dict(self) -> dict:
        return {
            "entries": self.entries,
            "hits": self.hits,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "models": self.models,
        }


class LLMCache:
    """Cached answers in the store at ``db_url``."""

    def __init__(self, db_url: str | None = None) -> None:
        self.corpus = Corpus(db_url)
        self.engine = self.corpus.engine
        self._pending: list[dict] = []
        atexit.register(self.flush)

    def close(self) -> None:
        self.flush()
        atexit.unregister(self.flush)
        self.corpus.close()

    def get_many(self, keys: list[str]) -> dict[str, CachedAnswer]:
        """The cached answers among ``keys`` (counting a hit on each)."""
        if not keys:
            return {}
        found = {row["key"]: row for row in self._pending if row["key"] in keys}
        query = select(llm_cache).where(llm_cache.c.key.in_(set(keys)))
        with self.engine.connect() as connection:
            found.update({row.key: row._mapping for row in connection.execute(query)})
        if found:
            self._count_hits(list(found))
        return {
            key: CachedAnswer(row["answer"], row["prompt_tokens"], row["completion_tokens"])
            for key, row in found.items()
        }

    def put(
        self, key: str, model: str, version: str, hashed_text: str, answer: CachedAnswer
    ) -> None:
        self._pending.append(
            {
                "key": key,
                "model": model,
                "prompt_version": version,
                "text_hash": hashed_text,
                "answer": answer.answer,
                "prompt_tokens": answer.prompt_tokens,
                "completion_tokens": answer.completion_tokens,
                "hits": 0,
                "created": datetime.now(UTC),
            }
        )

    def flush(self) -> None:
        """Write the answers not yet stored; keep them for later if the store is locked."""
        if not self._pending:
            return
        try:
            with self.engine.begin() as connection:
                self._short_wait(connection)
                stored = {
                    row.key
                    for row in connection.execute(
                        select(llm_cache.c.key).where(
                            llm_cache.c.key.in_([row["key"] for row in self._pending])
                        )
                    )
                }
                fresh = {row["key"]: row for row in self._pending if row["key"] not in stored}
                if fresh:
                    connection.execute(llm_cache.insert(), list(fresh.values()))
            self._pending.clear()
        except OperationalError:
            pass  # locked by an open ingest transaction: retried at the next flush

    def _count_hits(self, keys: list[str]) -> None:
        try:
            with self.engine.begin() as connection:
                self._short_wait(connection)
                connection.execute(
                    update(llm_cache)
                    .where(llm_cache.c.key.in_(keys))
                    .values(hits=llm_cache.c.hits + 1)
                )
        except OperationalError:
            pass  # a hit count is statistics only; never worth blocking a run

    def _short_wait(self, connection) -> None:
        if self.engine.dialect.name == "sqlite":
            connection.execute(text(f"PRAGMA busy_timeout = {LOCKED_WAIT_MS}"))

    def stats(self) -> CacheStats:
        with self.engine.connect() as connection:
            entries, hits, prompt, completion = connection.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(llm_cache.c.hits), 0),
                    func.coalesce(func.sum(llm_cache.c.prompt_tokens), 0),
                    func.coalesce(func.sum(llm_cache.c.completion_tokens), 0),
                )
            ).one()
            models = dict(
                connection.execute(
                    select(llm_cache.c.model, func.count()).group_by(llm_cache.c.model)
                ).all()
            )
        return CacheStats(int(entries), int(hits), int(prompt), int(completion), models)

    def clear(self, model: str | None = None) -> int:
        """Delete cached answers (of one model, or all); returns how many."""
        self._pending.clear()
        statement = delete(llm_cache)
        if model:
            statement = statement.where(llm_cache.c.model == model)
        with self.engine.begin() as connection:
            return connection.execute(statement).rowcount
