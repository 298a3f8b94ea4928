"""The local streaming engine: inputs → dedupe → ``nlp.pipe`` in batches → store.

Everything is a generator, so only one batch of documents and reports is in
memory at a time whatever the corpus size; the store commits every
``commit_every`` documents. Exact duplicates (same content hash as a stored
document) are skipped; near-duplicates (MinHash LSH, e.g. a wire story reprinted
by several outlets) are analysed and stored like any document but linked to the
earlier one as ``copy_of``. A bad input, or a document the pipeline cannot
process, becomes a row in the errors table and the run goes on. Once the run's
documents are stored, the corpus-wide contradictions and negotiation boards take them
in (:func:`accord.corpuswide.incremental.refresh`): every engine's run ends there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol

from spacy.language import Language

from accord.corpuswide.contradictions import Embed, claim_texts
from accord.corpuswide.encoder import BackgroundEncoder
from accord.corpuswide.incremental import Refreshed, refresh
from accord.ingest import IngestFailure, NearDuplicateIndex, ReaderOptions, iter_inputs
from accord.model import Document, Report
from accord.report import analyze_documents
from accord.store.corpus import Corpus, Writer
from accord.store.neardup import StoredNearDuplicates

NEW, DUPLICATE, NEAR_DUPLICATE, FAILED = "new", "duplicate", "near_duplicate", "failed"
SKIPPED = "skipped"  # judged off-topic by the relevance pre-filter; recorded with the reason


class NearDuplicates(Protocol):
    """What the engine needs of a near-duplicate index (``accord.ingest.NearDuplicateIndex``)."""

    def signature(self, text: str) -> bytes: ...

    def add(self, doc_id: str, signature: bytes) -> str | None: ...


@dataclass
class IngestSummary:
    """What one ingest run did, by outcome; ``failures`` says which inputs failed and why."""

    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    failed: int = 0
    skipped: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    #: the update of the cross-document analyses that ended the run
    refreshed: Refreshed = field(default_factory=Refreshed)

    @property
    def stored(self) -> int:
        """Documents written to the store in this run (new and near-duplicates)."""
        return self.new + self.near_duplicate

    @property
    def anything_ingested(self) -> bool:
        """False when every input failed (or there was none): the CLI then exits non-zero."""
        return self.stored + self.duplicate + self.skipped > 0

    def as_dict(self) -> dict:
        return {
            "new": self.new,
            "duplicate": self.duplicate,
            "near_duplicate": self.near_duplicate,
            "failed": self.failed,
            "skipped": self.skipped,
            "failures": [vars(failure) for failure in self.failures],
            "refreshed": self.refreshed.as_dict(),
        }


Progress = Callable[[str, Document | IngestFailure], None]
#: Analyses a batch of documents elsewhere (``accord.engines.ray_engine``): per document, in
#: order, its report or the one-line reason its analysis failed.
Analyze = Callable[[list[Document]], Iterable[Report | str]]


class Relevance(Protocol):
    """What the engine needs of a pre-filter (``accord.ingest.prefilter.Prefilter``)."""

    def check(self, text: str): ...  # -> an object with ``relevant`` and ``reason``


@dataclass
class _Accepted:
    document: Document
    signature: bytes | None


def load_signatures(corpus: Corpus, index: NearDuplicates) -> int:
    """Fill an in-memory index (``accord.ingest.NearDuplicateIndex``) with the stored
    documents' signatures; the default index lives in the store and needs no loading."""
    count = 0
    for doc_id, signature in corpus.signatures():
        index.add(doc_id, signature)
        count += 1
    return count


def ingest_inputs(
    inputs: list[str],
    corpus: Corpus,
    nlp: Language,
    *,
    options: ReaderOptions | None = None,
    **settings,
) -> IngestSummary:
    """Read files, folders, URLs, feeds or stdin and ingest them, near-duplicates linked
    against everything already stored. ``settings`` are :func:`ingest`'s keywords."""
    return ingest(iter_inputs(inputs, options=options), corpus, nlp, **settings)


def ingest(
    items: Iterable[Document | IngestFailure],
    corpus: Corpus,
    nlp: Language,
    *,
    near_duplicates: NearDuplicates | None = None,
    batch_size: int = 32,
    commit_every: int = 64,
    on_item: Progress | None = None,
    prefilter: Relevance | None = None,
    analyze: Analyze | None = None,
    embed: Embed | None = None,
    prefetch_claims: bool = True,
) -> IngestSummary:
    """Analyse and store every document of ``items``; record every failure; then bring the
    corpus-wide contradictions and boards up to date with what is stored.

    ``near_duplicates`` defaults to the index kept in the store
    (:class:`~accord.store.neardup.StoredNearDuplicates`: flat memory, shared across
    runs); an in-memory index must first be filled by :func:`load_signatures`.
    ``prefilter`` skips off-topic documents (recorded in the errors table with the reason);
    ``analyze`` replaces the in-process ``nlp.pipe`` (the Ray engine passes its own);
    ``embed`` replaces the sentence encoder that compares claims; ``prefetch_claims=False``
    keeps its work at the end of the run instead of in a helper process during it (for
    an engine whose workers already use every core of this machine).
    """
    run = _Run(corpus, nlp, near_duplicates, batch_size, on_item or (lambda *_: None))
    run.prefilter, run.analyze = prefilter, analyze
    # claim texts are encoded on another core while later batches are parsed
    run.encoder = BackgroundEncoder(embed, prefetch=prefetch_claims)
    try:
        with corpus.writer(commit_every) as writer:
            run.writer = writer
            if near_duplicates is None:
                run.index = StoredNearDuplicates(writer.connection, NearDuplicateIndex().signature)
            for batch in _chunks(run.accepted(items), batch_size):
                run.store(batch)
        # after the writer committed: the update reads what is stored, this run's documents
        # and any an earlier, interrupted run left
        run.summary.refreshed = refresh(corpus, embed=run.encoder)
    finally:
        run.encoder.close()
    return run.summary


class _Run:
    """The state of one ingest run: the summary and the ids accepted but not yet stored."""

    def __init__(self, corpus, nlp, index, batch_size, on_item) -> None:
        self.corpus = corpus
        self.nlp = nlp
        self.index = index
        self.batch_size = batch_size
        self.on_item = on_item
        self.summary = IngestSummary()
        self.writer: Writer | None = None
        self.unsaved: set[str] = set()  # accepted into the current batch, not yet saved
        self.prefilter: Relevance | None = None
        self.analyze: Analyze | None = None
        self.encoder: BackgroundEncoder | None = None

    def accepted(self, items: Iterable[Document | IngestFailure]) -> Iterator[_Accepted]:
        """Documents to analyse: failures recorded, duplicates counted, signatures taken."""
        for item in items:
            if isinstance(item, IngestFailure):
                self.fail(item, item)
                continue
            if item.id in self.unsaved or self.writer.has_document(item.id):
                self.summary.duplicate += 1
                self.on_item(DUPLICATE, item)
                continue
            if len(item.text) > self.nlp.max_length:
                reason = (
                    f"text too long to analyse ({len(item.text):,} characters; "
                    f"the limit is {self.nlp.max_length:,})"
                )
                self.fail(_failure(item, reason), item)
                continue
            relevance = self.prefilter.check(item.text) if self.prefilter else None
            if relevance is not None and not relevance.relevant:
                self.skip(item, relevance.reason)
                continue
            signature = self.index.signature(item.text) if self.index is not None else None
            self.unsaved.add(item.id)
            yield _Accepted(item, signature)

    def store(self, batch: list[_Accepted]) -> None:
        """Analyse a batch and write it: each document's row as its report arrives, the
        records together (one statement per table) at each commit point, so documents are
        still committed every ``commit_every`` and an interrupted run loses no more."""
        saved: list[tuple[Document, Report, str]] = []
        for accepted, report in self.analyzed(batch):
            document = accepted.document
            if report is None:
                continue
            # indexed only once analysed, so a failed document is never a copy's original
            copy_of = None
            if accepted.signature is not None:
                copy_of = self.index.add(document.id, accepted.signature)
            self.writer.save_new_document(document, report, copy_of, accepted.signature)
            saved.append((document, report, NEAR_DUPLICATE if copy_of else NEW))
            if len(saved) >= self.writer.until_commit:
                self._save_records(saved)
                saved = []
        self._save_records(saved)
        self.unsaved.clear()

    def _save_records(self, saved: list[tuple[Document, Report, str]]) -> None:
        self.writer.save_new_records([(document, report) for document, report, _ in saved])
        self.encoder.prefetch(
            claim_texts(
                (q for _, report, _ in saved for q in report.quotes),
                (s for _, report, _ in saved for s in report.sentences if report.document.outlet),
            )
        )
        for document, _, outcome in saved:
            setattr(self.summary, outcome, getattr(self.summary, outcome) + 1)
            self.on_item(outcome, document)

    def analyzed(self, batch: list[_Accepted]) -> Iterator[tuple[_Accepted, Report | None]]:
        """Reports for a batch, in order; a document whose analysis failed is recorded."""
        documents = [accepted.document for accepted in batch]
        if self.analyze is not None:
            results = self.analyze(documents)
        else:
            results = analyze_batch(documents, self.nlp, self.batch_size)
        for accepted, result in zip(batch, results, strict=True):
            if isinstance(result, str):
                self.fail(_failure(accepted.document, result), accepted.document)
                yield accepted, None
            elif result.diagnostics.errors and result.diagnostics.extractor == "llm":
                # the model was the only reader: not stored, so a later run tries again
                reason = "; ".join(result.diagnostics.errors)
                self.fail(_failure(accepted.document, reason), accepted.document)
                yield accepted, None
            else:
                for reason in result.diagnostics.errors:  # with both, the rules' output stays
                    failure = _failure(accepted.document, reason)
                    self.writer.record_error(
                        failure.source, failure.record or accepted.document.id, reason
                    )
                yield accepted, result

    def skip(self, document: Document, reason: str) -> None:
        """An off-topic document is not analysed, but its skip is kept with the reason."""
        failure = _failure(document, reason)
        self.writer.record_error(failure.source, failure.record or document.id, reason)
        self.summary.skipped += 1
        self.on_item(SKIPPED, document)

    def fail(self, failure: IngestFailure, item: Document | IngestFailure) -> None:
        self.writer.record_error(failure.source, failure.record, failure.reason)
        self.summary.failed += 1
        self.summary.failures.append(failure)
        self.on_item(FAILED, item)


def analyze_batch(documents: list[Document], nlp: Language, batch_size: int = 32) -> list:
    """Reports for a batch through one ``nlp.pipe``; if it breaks, document by document, so
    one document the pipeline cannot handle fails alone (its entry is the one-line reason).
    Every engine runs this, in-process or on a worker."""
    try:
        return list(analyze_documents(documents, nlp, batch_size=batch_size))
    except Exception:  # noqa: BLE001 — isolated below, per document
        pass
    results: list[Report | str] = []
    for document in documents:
        try:
            results.append(next(analyze_documents([document], nlp)))
        except Exception as error:  # noqa: BLE001 — any pipeline error fails one document
            results.append(f"analysis failed: {type(error).__name__}: {_first_line(error)}")
    return results


def _failure(document: Document, reason: str) -> IngestFailure:
    return IngestFailure(
        source=document.source or document.url or document.id,
        record=document.external_id,
        reason=reason,
    )


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[0][:200] if lines else ""


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk
