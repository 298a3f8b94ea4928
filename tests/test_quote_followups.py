"""Follow-up attributions resolve to the person introduced in full, not the salient actor."""

import pytest

from accord.report import analyze

TEXT = (
    "Neighbours agree to talks\n"
    "Cambodian Prime Minister Hun Manet and Ukrainian Foreign Minister Olena Kovalenko met "
    "Russian officials in Geneva on Monday.\n"
    '"We are ready to talk," Hun said, adding that his envoy would travel on Friday.\n'
    "Russia's delegation left the city on Tuesday.\n"
    '"We have reached an agreement on prisoners," the minister stated.\n'
    "A minister from another country said the talks were premature.\n"
)


@pytest.mark.slow
def test_followups_take_the_introduced_person():
    from accord.report import analyze

    report = analyze(TEXT, outlet="Wire", published="2026-03-02")
    speakers = {(q.speaker, q.speaker_actor, q.speaker_kind) for q in report.quotes}
    assert ("Hun Manet", "KHM.GOV", "named") in speakers
    # "the minister" is the minister introduced earlier, not Russia (named last)
    agreed = [q for q in report.quotes if "agreement on prisoners" in q.content]
    assert [(q.speaker, q.speaker_actor) for q in agreed] == [("Olena Kovalenko", "UKR.GOV")]
    # "a minister" introduces someone new: never the earlier minister
    premature = [q for q in report.quotes if "premature" in q.content]
    assert premature and premature[0].speaker != "Olena Kovalenko"


NOMINAL = (
    "Talks end without a deal\n"
    "Foreign Minister Olena Kovalenko emphasised the need to keep up the pressure on Moscow.\n"
    "The Turkish foreign minister called for an immediate ceasefire.\n"
    "The government blamed the rebels for the collapse of the talks.\n"
)


@pytest.mark.slow
def test_statements_as_objects_and_prepositions():
    from accord.report import analyze

    report = analyze(NOMINAL, outlet="Wire", published="2026-03-02")
    contents = {q.content for q in report.quotes}
    assert "the need to keep up the pressure on Moscow" in contents
    assert "an immediate ceasefire" in contents
    assert any(c.startswith("the rebels for the collapse") for c in contents)


AFFILIATED = (
    "Army retakes town\n"
    "MOGADISHU, Oct 15 - Somali troops retook the town on Thursday and the Somali army "
    "said the operation would continue.\n"
    "A military official said at least 13 soldiers died in the fighting.\n"
    "Two people familiar with the operation said more troops were on the way.\n"
)


@pytest.mark.slow
def test_anonymous_sources_take_the_story_country_for_their_body():
    from accord.report import analyze

    report = analyze(AFFILIATED, outlet="Wire", published="2026-10-15")
    actors = {q.speaker: q.speaker_actor for q in report.quotes}
    assert actors["military official"] == "SOM.MIL"
    assert actors["Two people familiar with the operation"] is None


def _by_opening(text: str) -> dict:
    """The report's quotes by the first twelve characters of their content."""
    from accord.report import analyze

    report = analyze(text, outlet="Wire", published="2026-03-02")
    return {q.content[:12]: q for q in report.quotes}


@pytest.mark.slow
def test_a_title_with_the_country_word_is_the_introduced_person():
    quotes = _by_opening(
        "Ghana President Kofi Mensah suspended the talks with the rebels on Friday.\n"
        '"The dialogue is over," the Ghanaian president wrote on social media.\n'
        "The Togolese president said the decision was a mistake.\n",
    )
    dialogue, decision = quotes["The dialogue"], quotes["the decision"]
    assert (dialogue.speaker, dialogue.speaker_actor) == ("Kofi Mensah", "GHA.GOV")
    assert (decision.speaker, decision.speaker_actor) == ("Togolese president", "TGO.GOV")


@pytest.mark.slow
def test_a_hyphenated_title_is_no_name_and_refers_back():
    quotes = _by_opening(
        "President-elect Donald Trump on Tuesday became the first head of state to declare "
        "that an accord freeing the detainees had been finalised.\n"
        "Later, the president-elect said he was delighted the detainees would go home.\n",
    )
    # "X was the first leader to announce": the copula's subject speaks
    assert quotes["an accord fr"].speaker == "Donald Trump"
    assert quotes["he was delig"].speaker == "Donald Trump"


@pytest.mark.slow
def test_he_is_the_speaker_not_a_person_inside_the_statement():
    quotes = _by_opening(
        "Information Minister Peter Lado said the army had been attacked in the north.\n"
        "The information minister said that President Ngor ordered the arrest of the "
        "commander on Wednesday.\n"
        "He said the commander would be investigated.\n"
        "President Ngor arrived in Cairo on Monday.\n"
        "He said the talks would resume.\n",
    )
    assert quotes["the commande"].speaker == "Peter Lado"
    assert quotes["the talks wo"].speaker.endswith("Ngor")


@pytest.mark.slow
def test_he_may_be_a_known_person_with_a_long_name():
    quotes = _by_opening(
        "President Ana Lopez said the deal would hold.\n"
        "Norwegian Foreign Minister Espen Barth Eide held a news briefing at "
        "which he declared that the ceasefire would begin on Friday.\n"
        "Donald Trump arrived in Doha on Monday.\n"
        "He said the talks would resume.\n",
    )
    assert quotes["the ceasefir"].speaker == "Espen Barth Eide"
    assert quotes["the talks wo"].speaker == "Donald Trump"


@pytest.mark.slow
def test_he_after_a_sentence_naming_one_person():
    quotes = _by_opening(
        "A Nairobi-based analyst said the talks between the army and the rebels would fail.\n"
        "Still, the round ended under the mediation of Mr. Lars Holm, Norway's special "
        "envoy.\n"
        "He advised both parties to get ready for another round.\n",
    )
    assert quotes["both parties"].speaker == "Lars Holm"


@pytest.mark.slow
def test_a_given_name_alone_is_the_person_named_in_full_before():
    # a title the gazetteer cannot place names no actor, but the name is still the person's;
    # a follow-up by the first name (as wire copy from South Asia often writes) is that person
    quotes = _by_opening(
        "Home Minister Selim Hasan Chowdhury met the envoy on Sunday.\n"
        '"Their soldiers keep crossing into our villages," said Selim.\n'
        "Interior Minister Karim Haddad Rahman spoke on Monday.\n"
        '"Our borders must be respected by everyone," said Karim.\n',
    )
    assert quotes["Their soldie"].speaker == "Selim Hasan Chowdhury"
    assert quotes["Our borders "].speaker == "Karim Haddad Rahman"
    assert quotes["Our borders "].speaker_kind == "named"


@pytest.mark.slow
def test_the_name_after_an_office_of_a_body_is_its_holder():
    quotes = _by_opening(
        "President of the Northern Republic (NR) Adam Kovac said the fuel supply was "
        "falling.\n"
        "The spokesman of President Lena Marsh said the border would stay shut.\n",
    )
    assert quotes["the fuel sup"].speaker == "Adam Kovac"
    # the name follows a title of its own: the spokesman speaks, not the president
    assert quotes["the border w"].speaker != "Lena Marsh"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the title the actors extractor gave a mention of its own, before the name
        (
            "Togo's foreign minister Yao Agbo met envoys in Lome. "
            "The talks were useful, the minister said.",
            "Yao Agbo",
        ),
        # a title the NER left outside the person, and a country word the introduction
        # did not contradict
        (
            "Defence Minister Kofi Mensah visited the border on Monday. Ghana has resumed "
            "patrols along the border, Ghana's defence minister said in a statement.",
            "Kofi Mensah",
        ),
        (
            "Ghana is ready to bring back all prisoners, Ombudsman Kofi Mensah said on Monday. "
            '"We will not delay the exchange," the Ghanaian ombudsman said.',
            "Kofi Mensah",
        ),
    ],
)
@pytest.mark.slow
def test_a_title_alone_follows_the_person_introduced_with_it(nlp, text, speaker):
    from accord.report import analyze

    quotes = analyze(text, published="2026-03-02", nlp=nlp).quotes
    assert quotes and {quote.speaker for quote in quotes} == {speaker}


def test_a_title_speaker_is_the_one_person_given_that_title_further_down(nlp):
    text = (
        "Ceasefire talks between Togo and the Volta Front resumed in Accra on Monday. "
        "Togo's defence minister said the army would halt its advance. "
        "Defence Minister Yao Agbo later added that the talks would go on."
    )
    quotes = analyze(text, nlp=nlp).quotes
    assert [(q.speaker, q.speaker_actor) for q in quotes] == [("Yao Agbo", "TGO.GOV")] * 2


def test_a_title_in_apposition_introduces_the_person_a_later_title_follows(nlp):
    text = (
        "Ceasefire talks between Togo and the Volta Front resumed in Accra on Monday. "
        "Yao Agbo, Togo's defence minister, met the rebels in Lome. "
        "The defence minister said the army would halt its advance."
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker == "Yao Agbo"


def test_a_title_two_people_share_further_down_is_left_as_written(nlp):
    text = (
        "Ceasefire talks between Togo and the Volta Front resumed in Accra on Monday. "
        "Togo's minister said the army would halt its advance. "
        "Minister Yao Agbo and Minister Kofi Dzamesi later met the rebels."
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker not in ("Yao Agbo", "Kofi Dzamesi")
