"""Media speak as media: a named outlet is never the state that owns or hosts it."""

import pytest

from accord.resolve.actors import resolve_phrase


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("Russia's TASS news agency", "TASS"),
        ("Turkey's Anadolu Agency", "ANADOLU"),
        ("Russian state news agency TASS", "TASS"),
        ("Qatar-based Al Jazeera", "ALJAZEERA"),
        ("Iranian state TV", "IRN.MED"),  # an unnamed state broadcaster is the state's media
        ("Israel's army", "ISR.MIL"),
    ],
)
def test_outlets_resolve_to_their_own_ids(phrase, actor):
    assert resolve_phrase(phrase) == actor


@pytest.mark.slow
def test_a_news_outlet_neither_mediates_nor_is_mediated_with(nlp):
    from accord.report import analyze

    # the parser joins the paper that reports the talks to the list of mediators
    report = analyze(
        "The peace talks in the port city of Mombasa are being facilitated by a delegation "
        "from Norway, the regional bloc IGAD and Qatar, the Addis Standard reported late "
        "on Monday.",
        published="2024-05-06",
        nlp=nlp,
    )
    sources = {event.source for event in report.events}
    assert {"NOR.GOV", "IGAD", "QAT.GOV"} <= sources
    assert "ADDIS_STANDARD" not in sources


def test_an_outlet_named_after_its_city_is_an_outlet_not_the_government(nlp):
    # "the Accra Times" is no gazetteer outlet: minted from its name, it is media, and the
    # city in its name does not make it Ghana's government
    from accord.report import analyze
    from accord.resolve.actors import is_media

    report = analyze(
        "Ghana and Togo will resume talks on Monday, the Accra Times reported.", nlp=nlp
    )
    speakers = {q.speaker_actor for q in report.quotes}
    assert speakers == {"ACCRA_TIMES"} and is_media("ACCRA_TIMES")
    assert not any(e.source == "ACCRA_TIMES" or e.target == "ACCRA_TIMES" for e in report.events)
    assert not is_media("ACCRA")  # an id that is no outlet's name
    # a station is an outlet too, and its statement is its own
    report = analyze("Ghana and Togo resumed talks, Tamale Radio reported.", nlp=nlp)
    assert {q.speaker_actor for q in report.quotes} == {"TAMALE_RADIO"}
    assert is_media("TAMALE_RADIO")


def test_a_nations_news_agencies_are_its_media_not_its_government(nlp):
    # the sector is named by two words ("news agencies"), the head alone names none
    for text in (
        "Ghanaian news agencies said the talks had ended.",
        "The Togolese news agency said so.",
    ):
        mentions = nlp(text)._.accord.mentions
        assert {m.actor for m in mentions} in ({"GHA.MED"}, {"TGO.MED"}), mentions
