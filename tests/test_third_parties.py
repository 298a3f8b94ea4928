"""One reader of who stands between the sides (mediators and hosts), shared by side nouns,
event mentions, counterparts and quote speakers, so that they agree."""

from __future__ import annotations

import pytest

from accord.extract.events.mentions import named_mediators
from accord.model import Document
from accord.nlp.pipeline import make_doc


def _third_parties(nlp, text, before_word=None):
    doc = nlp(make_doc(nlp, Document.from_text(text)))
    analysis = doc._.accord
    before = None
    if before_word is not None:
        before = next(t.i for t in doc if t.text == before_word)
    return named_mediators(analysis, doc, before)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the agent of a mediating or hosting verb
        ("The truce between Armenia and Azerbaijan was brokered by Qatar.", {"QAT"}),
        ("Talks between Colombia and the ELN were hosted by Cuba.", {"CUB"}),
        # the subject of one, also through a verb it complements
        ("Norway mediated talks between Colombia and the ELN.", {"NOR"}),
        ("Kenya offered to mediate between Ethiopia and Eritrea.", {"KEN"}),
        # the owner, modifier or "of" complement of a mediating noun
        ("Ethiopia and Eritrea met under the auspices of the African Union.", {"AU"}),
        ("Under Turkish mediation, Somalia and Ethiopia met in Ankara.", {"TUR"}),
        # a name in apposition, with its conjuncts
        ("Egypt and Qatar, the mediators, met Israeli officials.", {"EGY", "QAT"}),
        # only the "by" agent of a convening verb stands outside: a government convening its
        # own cabinet hosts nobody's talks
        ("The talks were convened by Angola.", {"AGO"}),
        ("Ukraine convened its security council on Monday.", set()),
        # news media never mediate
        ("Talks were hosted by Al Jazeera in a studio debate.", set()),
    ],
)
def test_who_the_text_shows_mediating_or_hosting(nlp, text, expected):
    assert _third_parties(nlp, text) == expected


def test_only_what_the_text_showed_before_a_word(nlp):
    text = "Sudan and the RSF met in Jeddah. Later talks were mediated by Kenya."
    assert _third_parties(nlp, text, before_word="Later") == set()
    assert _third_parties(nlp, text) == {"KEN"}
