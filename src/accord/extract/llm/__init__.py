"""A language-model extractor for any OpenAI-compatible server, registered as ``llm``.

The model proposes events and quotes; accord checks every one against the article
(:mod:`.checker`), gives actors its own neutral ids (:mod:`.items`), caches answers in the
store (:mod:`accord.store.llm_cache`) and, with ``--extractor both``, merges them into the
rules' output (:mod:`.merge`). It is never part of the default pipeline: it runs only when
the settings choose ``llm`` or ``both`` (:mod:`accord.nlp.modes`).
"""

from __future__ import annotations

from spacy.language import Language

from accord.extract.llm.options import LLMOptions, LLMSettingsError
from accord.registry import extractors


@extractors.register("llm")
def make_llm_extractor(nlp: Language, **options):
    from accord.extract.llm.extractor import LLMExtractor

    if not options:
        raise LLMSettingsError("the llm extractor needs --llm-url and --llm-model")
    return LLMExtractor(LLMOptions(**options))


#: runs only when chosen (``--extractor llm|both``), never among the rules by default
make_llm_extractor.opt_in = True
