"""The ``llm`` extractor: ask a model for events and quotes, check them, keep what holds.

Per batch of documents: split each article into chunks, take what the cache already has,
send the rest to the server with up to ``concurrency`` requests in flight, then check and
build each document's items on the calling thread. A failed request (timeout, refusal,
malformed JSON, unreachable server, spent budget) becomes a one-line entry in the
report's ``diagnostics.errors``; the document keeps whatever else it has (with ``both``,
all the rules' output) and the run goes on.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from pydantic import ValidationError
from spacy.tokens import Doc
from sqlalchemy.exc import SQLAlchemyError

from accord.extract.llm.client import ChatClient, ClientSettings, LLMError, parse_json
from accord.extract.llm.items import Built, ItemBuilder
from accord.extract.llm.merge import add_quote, merge_into
from accord.extract.llm.options import LLMOptions, LLMSettingsError, api_key
from accord.extract.llm.prompt import Chunk, chunks, messages, prompt_version
from accord.extract.llm.schema import ModelAnswer, ModelEvent, ModelQuote
from accord.nlp.docviews import doc_text
from accord.store.llm_cache import CachedAnswer, LLMCache, cache_key, text_hash


class LLMExtractor:
    """A registered extractor (``__call__``) that also batches requests (``extract_batch``,
    the registry's batch seam)."""

    def __init__(self, options: LLMOptions):
        self.options = options
        self.client = ChatClient(
            ClientSettings(
                url=options.url,
                model=options.model,
                timeout=options.timeout,
                retries=options.retries,
                token_budget=options.token_budget,
                api_key=api_key(),
            )
        )
        self.cache = _open_cache(options.cache_db) if options.cache_db else None
        self.version = prompt_version()

    def __call__(self, doc: Doc) -> None:
        self.extract_batch([doc])

    def extract_batch(self, docs: list[Doc]) -> None:
        """Ask about every chunk of ``docs`` at once, then check and keep each document's items.

        A document the topic gate found off-topic (with ``both``) or with no text is not sent.
        """
        wanted = [doc for doc in docs if doc._.accord.on_topic and doc_text(doc).strip()]
        parts = [chunks(doc_text(doc)) for doc in wanted]
        answers = iter(self._answers([chunk for chunk_list in parts for chunk in chunk_list]))
        for doc, chunk_list in zip(wanted, parts, strict=True):
            self._apply(doc, [(chunk, next(answers)) for chunk in chunk_list])
        if self.cache is not None:
            self.cache.flush()

    # --- requests -------------------------------------------------------------------
    def _answers(self, pending: list[Chunk]) -> list[tuple[CachedAnswer | LLMError, bool]]:
        """Each chunk's answer (or error) and whether it came from the cache."""
        hashes = [text_hash(chunk.text) for chunk in pending]
        keys = [cache_key(self.options.model, self.version, hashed) for hashed in hashes]
        cached = self.cache.get_many(keys) if self.cache is not None else {}
        results: list = [(cached[key], True) if key in cached else None for key in keys]
        missing = [index for index, result in enumerate(results) if result is None]
        with ThreadPoolExecutor(max_workers=self.options.concurrency) as pool:
            fetched = list(pool.map(lambda index: self._ask(pending[index]), missing))
        for index, answer in zip(missing, fetched, strict=True):
            results[index] = (answer, False)
            if isinstance(answer, CachedAnswer) and self.cache is not None:
                self.cache.put(keys[index], self.options.model, self.version, hashes[index], answer)
        return results

    def _ask(self, chunk: Chunk) -> CachedAnswer | LLMError:
        try:
            completion = self.client.complete(messages(chunk))
            # a malformed answer is an error, never cached
            parse_json(completion.content, completion.finish_reason)
        except LLMError as error:
            return error
        return CachedAnswer(
            completion.content, completion.prompt_tokens, completion.completion_tokens
        )

    # --- items ----------------------------------------------------------------------
    def _apply(self, doc: Doc, answers: list[tuple[Chunk, tuple]]) -> None:
        analysis = doc._.accord
        diagnostics = analysis.diagnostics
        diagnostics.extractor = self.options.mode
        diagnostics.model = self.options.model
        builder = ItemBuilder(
            doc_text(doc),
            [sent.start_char for sent in doc.sents],
            analysis,
            self.options.model,
            actor_at=lambda start, end: _mentioned_actor(doc, start, end),
        )
        for chunk, (answer, from_cache) in answers:
            diagnostics.cached += from_cache
            diagnostics.requests += not from_cache
            if isinstance(answer, LLMError):
                diagnostics.errors.append(f"llm: {answer}")
                continue
            if not from_cache:
                diagnostics.prompt_tokens += answer.prompt_tokens
                diagnostics.completion_tokens += answer.completion_tokens
            builder.add(chunk, _validated(parse_json(answer.answer), builder.built))
        built = builder.built
        if self.options.mode == "both":
            diagnostics.agreed = merge_into(analysis, built.events, built.quotes)
        else:
            analysis.events.extend(built.events)
            for quote in built.quotes:
                add_quote(analysis, quote)
        diagnostics.lang = built.language
        diagnostics.kept = {"events": len(built.events), "quotes": len(built.quotes)}
        diagnostics.dropped = dict(sorted(built.dropped.items()))
        diagnostics.fuzzy = built.fuzzy


def _open_cache(db_url: str) -> LLMCache:
    try:
        return LLMCache(db_url)
    except (SQLAlchemyError, ValueError) as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise LLMSettingsError(f"cannot open the answer cache in {db_url!r}: {reason}") from None


def _mentioned_actor(doc: Doc, start: int, end: int) -> str | None:
    """The actor the actors extractor found at a character span, if it found one there."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        mention = doc._.accord.mention_covering(token)
        if mention is not None:
            return mention.actor
    return None


def _validated(raw: dict, built: Built) -> ModelAnswer:
    """The answer's items that match the schema; the rest counted as dropped, not fatal."""
    kept: dict[str, list] = {"events": [], "quotes": []}
    for kind, model in (("events", ModelEvent), ("quotes", ModelQuote)):
        items = raw.get(kind)
        for item in items if isinstance(items, list) else []:
            try:
                kept[kind].append(model.model_validate(item))
            except ValidationError:
                built.dropped[f"{kind}.invalid"] += 1
    language = raw.get("language")
    return ModelAnswer(language=language if isinstance(language, str) else None, **kept)
