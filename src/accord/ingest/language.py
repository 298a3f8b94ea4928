"""A cheap, offline check that a text is English.

accord's pipeline is English-only; a French or Arabic article would yield empty or
nonsense extractions, so ingestion refuses it with a clear reason. Running text in
English is roughly 40-50 % stop words; other languages written in Latin script
share only a few short words with the English list, and non-Latin scripts share
none. No language model is needed for a judgement this coarse.
"""

from __future__ import annotations

import functools
import importlib.util
import re

MIN_WORDS = 12  # below this a stop-word share says nothing
MIN_ENGLISH_SHARE = 0.2
MIN_LATIN_SHARE = 0.5
SAMPLE_CHARS = 5000  # the opening of an article is enough to judge its language
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")  # English words are ASCII; others need no match


@functools.cache
def english_stop_words() -> frozenset[str]:
    """spaCy's English stop-word list, loaded without importing spaCy itself.

    Importing ``spacy`` pulls in thinc and takes seconds; the list is a plain
    Python file with no imports, so it is executed on its own.
    """
    package = importlib.util.find_spec("spacy")
    if package is None or not package.submodule_search_locations:
        raise RuntimeError("spaCy is not installed")
    path = f"{package.submodule_search_locations[0]}/lang/en/stop_words.py"
    namespace: dict = {}
    with open(path, encoding="utf-8") as file:
        exec(compile(file.read(), path, "exec"), namespace)
    return frozenset(namespace["STOP_WORDS"])


def english_share(text: str) -> float:
    """Share of the words in ``text`` that are English stop words."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    stop_words = english_stop_words()
    return sum(word in stop_words for word in words) / len(words)


def latin_share(text: str) -> float:
    """Share of the letters in ``text`` that are ASCII (basic Latin) letters."""
    letters = sum(map(str.isalpha, text))
    latin = sum(map(str.isalpha, text.encode("ascii", "ignore").decode("ascii")))
    return latin / letters if letters else 0.0


def non_english_reason(text: str) -> str | None:
    """Why ``text`` does not read as English, or ``None`` when it does (or is too short to tell)."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS:
        return None
    if latin_share(sample) < MIN_LATIN_SHARE:
        return "not English (mostly non-Latin script)"
    share = english_share(sample)
    if share < MIN_ENGLISH_SHARE:
        return f"not English (only {share:.0%} English stop words)"
    return None
