"""Open-world actors: groups no gazetteer lists are still coded, with stable ids."""

import pytest

from accord.resolve.open_actors import is_acronym, kind_of, mint_id, slug


def test_ids_come_from_the_acronym_or_the_name():
    assert mint_id("National Liberation Army", "ELN") == "ELN"
    assert mint_id("Arakan Army", None) == "ARAKAN_ARMY"
    assert mint_id("Tigray People's Liberation Front", None) == "TIGRAY_PEOPLE_LIBERATION_FRONT"
    assert slug("SPLM-IO") == "SPLM_IO"


@pytest.mark.parametrize("text", ["ELN", "M23", "TPLF", "SPLM-IO", "KIA"])
def test_acronyms(text):
    assert is_acronym(text)


@pytest.mark.parametrize("text", ["Army", "I", "Monday", "A"])
def test_not_acronyms(text):
    assert not is_acronym(text)


def test_kind_from_name_and_description():
    assert kind_of(["Arakan", "Army"]) == "armed_group"
    assert kind_of(["Democratic", "Progress", "Party"]) == "party"
    assert kind_of(["an", "ethnic", "armed", "group"]) == "armed_group"
    assert kind_of(["National", "Unity", "Platform"]) == "movement"


TEXT = (
    "Talks between Bogotá and the rebels resume\n"
    "BOGOTA (Reuters) - Colombia's government and the National Liberation Army (ELN) agreed "
    "on Friday to extend their ceasefire, the rebels said in a statement.\n"
    "The ELN also accused the army of attacking its positions in Arauca.\n"
    "Dissidents of the Revolutionary Armed Forces of Colombia (FARC) rejected the talks.\n"
    "The Arakan Army, an ethnic armed group in Myanmar, was not part of the talks.\n"
)


@pytest.mark.slow
def test_unlisted_groups_are_minted_and_reused():
    from accord.report import analyze

    report = analyze(TEXT, outlet="Reuters", published="2026-03-06")
    minted = {actor.id: actor for actor in report.actors}
    assert set(minted) == {"ELN", "ARAKAN_ARMY"}
    eln = minted["ELN"]
    assert eln.minted and eln.aliases == ["ELN", "National Liberation Army"]
    assert (eln.category, eln.country) == ("armed_group", "COL")
    events = {(e.source, e.action, e.target) for e in report.events}
    assert ("COL.GOV", "AGREE", "ELN") in events
    assert ("ELN", "ACCUSE", "COL.MIL") in events
    # a listed group keeps its own id, never a minted one that shares a word of its name
    assert any(e.source == "FARC" and e.action == "REJECT" for e in report.events)
    assert not any("COLOMBIA" in (e.source or "") for e in report.events)
    # the rebels' statement is the ELN's, not the dateline agency's
    speakers = {q.speaker_actor for q in report.quotes}
    assert "ELN" in speakers and "REUTERS" not in speakers
