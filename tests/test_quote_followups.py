"""Follow-up attributions resolve to the person introduced in full, not the salient actor."""

import pytest

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
