"""The offline English check: stop-word share and script."""

from __future__ import annotations

from accord.ingest.language import english_share, latin_share, non_english_reason
from ingest_support import FRENCH, OTHER_STORY, RUSSIAN, STORY

SPANISH = (
    "Las delegaciones de los dos gobiernos se reunieron el martes en Ginebra para una tercera "
    "ronda de negociaciones sobre un intercambio de prisioneros, dijo un mediador."
)
GERMAN = (
    "Die Delegationen der beiden Regierungen trafen sich am Dienstag in Genf zu einer dritten "
    "Verhandlungsrunde über einen Gefangenenaustausch, sagte ein Vermittler."
)
NUMBERS_AND_NAMES = (
    "Officials said on Monday that the 2024 budget of 3.5 billion dollars, approved by "
    "parliament, would fund roads, schools and hospitals in 12 provinces."
)


def test_english_articles_pass():
    for text in (STORY, OTHER_STORY, NUMBERS_AND_NAMES):
        assert non_english_reason(text) is None, text[:40]


def test_other_languages_are_refused_with_a_reason():
    for text in (FRENCH, SPANISH, GERMAN):
        assert non_english_reason(text).startswith("not English (only"), text[:40]
    assert non_english_reason(RUSSIAN) == "not English (mostly non-Latin script)"


def test_short_texts_are_not_judged():
    assert non_english_reason("Cessez-le-feu à Genève") is None


def test_shares():
    assert english_share(STORY) > 0.35
    assert english_share(FRENCH) < 0.1
    assert latin_share(RUSSIAN) < 0.1
    assert latin_share(FRENCH) > 0.9
