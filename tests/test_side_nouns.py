"""Bare nouns for an armed side ("the rebels", "communist rebels") and descriptions of a
side ("the government") resolve to the conflict's sides: the group the text names, else the
open-world rebels of the state they are paired with; never a mediator, a host or a venue."""

from __future__ import annotations

import pytest

from accord.model import Document
from accord.nlp.pipeline import make_doc
from accord.report import analyze
from accord.resolve.coref import Candidate, antecedent


def _mentions(nlp, text):
    doc = nlp(make_doc(nlp, Document.from_text(text)))
    return doc._.accord.mentions


def _actors_of(mentions, text):
    return [m.actor for m in mentions if m.text == text]


def test_a_side_description_passes_over_the_mediator():
    mediator = Candidate(
        "NOR.GOV", sentence=1, token=20, is_subject=True, is_state=True, is_person=False
    )
    side = Candidate(
        "PHL.GOV", sentence=0, token=5, is_subject=False, is_state=True, is_person=False
    )
    found = antecedent([side, mediator], "state", 2, 30, third_parties=frozenset({"NOR"}))
    assert found is side
    # with no side in reach the mediator is still the antecedent, and without third parties
    # plain salience decides
    assert antecedent([mediator], "state", 2, 30, third_parties=frozenset({"NOR"})) is mediator
    assert antecedent([side, mediator], "state", 2, 30) is mediator


def test_a_state_body_takes_its_sector_named_long_before():
    army = Candidate("MMR.MIL", 0, 2, is_subject=True, is_state=True, is_person=False, sector="MIL")
    mediator = Candidate(
        "CHN.GOV", sentence=5, token=60, is_subject=True, is_state=True, is_person=False
    )
    assert antecedent([army], "state", 6, 70, sector="MIL") is army
    # a state in the window still comes first, and the sector is the description's
    assert antecedent([army, mediator], "state", 6, 70, sector="MIL") is mediator
    assert (
        antecedent([army, mediator], "state", 6, 70, "MIL", third_parties=frozenset({"CHN"}))
        is army
    )


@pytest.mark.slow
def test_the_rebels_refer_back_to_the_group_named_long_before(nlp):
    mentions = _mentions(
        nlp,
        "The ELN kidnapped two soldiers in Arauca last week. Colombia's defence minister "
        "condemned the kidnapping. Officials in Bogota declined to comment. Venezuela offered "
        "to help. Cuba said it was ready to host talks. The rebels said they would free them.",
    )
    assert _actors_of(mentions, "The rebels") == ["ELN"]


@pytest.mark.slow
def test_rebels_paired_with_a_state_are_its_open_world_rebels(nlp):
    mentions = _mentions(
        nlp,
        "Norway is facilitating talks between the Philippine government and communist rebels. "
        "A Norwegian envoy met the rebels in Oslo on Tuesday.",
    )
    assert _actors_of(mentions, "communist rebels") == ["PHL.REB"]
    assert _actors_of(mentions, "the rebels") == ["PHL.REB"]


@pytest.mark.slow
def test_a_venue_host_or_mediator_gives_no_side(nlp):
    mentions = _mentions(
        nlp,
        "Colombia's government and the ELN will resume talks. A Norwegian diplomat led the "
        "talks between the government and the rebels in Caracas last year.",
    )
    assert _actors_of(mentions, "the rebels") == ["ELN"]
    assert _actors_of(mentions, "the government") == ["COL.GOV"]
    mentions = _mentions(nlp, "Kenya hosted the summit. The rebels rejected the offer.")
    assert _actors_of(mentions, "The rebels") == []  # not KEN.REB: Kenya only hosts
    mentions = _mentions(nlp, "The delegations met in Caracas. The rebels in Caracas left.")
    assert not any(m.actor.endswith(".REB") for m in mentions)  # a capital is a venue


@pytest.mark.slow
def test_the_government_is_the_side_not_the_mediator(nlp):
    mentions = _mentions(
        nlp,
        "Sudan's army and the RSF resumed talks in Jeddah under Saudi mediation. "
        "The paramilitaries accused the government of stalling.",
    )
    assert _actors_of(mentions, "the government") == ["SDN.GOV"]
    assert _actors_of(mentions, "The paramilitaries") == ["RSF"]
    mentions = _mentions(
        nlp,
        "Ethiopia's army fought Fano militiamen in Amhara. Kenya offered to mediate. "
        "The government said it would not talk to the militia.",
    )
    assert _actors_of(mentions, "The government") == ["ETH.GOV"]  # Kenya only mediates


@pytest.mark.slow
def test_a_bare_plural_takes_a_named_group_only_when_it_is_the_only_one(nlp):
    mentions = _mentions(
        nlp, "Congo's army fought the M23 near Goma. Rebels also attacked a camp in Ituri."
    )
    assert _actors_of(mentions, "Rebels") == ["M23"]
    mentions = _mentions(
        nlp,
        "Congo's army fought the M23 near Goma and the ADF near Beni. Islamist rebels also "
        "attacked a camp.",
    )
    assert _actors_of(mentions, "Islamist rebels") == []  # the adjective may name either


@pytest.mark.slow
def test_rebels_named_before_their_group_take_the_one_group_the_text_names(nlp):
    mentions = _mentions(
        nlp, "Rebels attacked a camp near Goma on Monday. The M23 said it had taken the camp."
    )
    assert _actors_of(mentions, "Rebels") == ["M23"]
    mentions = _mentions(
        nlp,
        "Rebels attacked a camp in Ghana's Volta region on Monday. The Volta Liberation "
        "Front (VLF) said it had taken the camp.",
    )
    assert _actors_of(mentions, "Rebels") == ["VLF"]
    # with two groups named further down, the noun names neither
    mentions = _mentions(
        nlp,
        "Rebels attacked a camp on Monday. The M23 and the ADF both denied taking part.",
    )
    assert _actors_of(mentions, "Rebels") == []


@pytest.mark.slow
def test_a_located_rebel_group_named_further_down_is_that_group(nlp):
    mentions = _mentions(
        nlp,
        "A rebel group in Myanmar announced a truce with the military on Wednesday. The "
        "Ta’ang National Liberation Army said it would withdraw from two towns.",
    )
    assert _actors_of(mentions, "A rebel group") == ["TNLA"]
    # the name printed with a typographic apostrophe is the listed group, not a description
    assert _actors_of(mentions, "The Ta’ang National Liberation Army") == ["TNLA"]


@pytest.mark.slow
def test_a_possessor_says_whose_fighters_they_are(nlp):
    mentions = _mentions(nlp, "Russia said its fighters had captured the village.")
    assert not any(m.text.endswith("fighters") for m in mentions)
    mentions = _mentions(nlp, "Hamas said its fighters had ambushed a patrol.")
    assert _actors_of(mentions, "its fighters") == ["HAMAS"]


@pytest.mark.slow
def test_the_rebels_take_a_group_minted_after_the_actors_pass(nlp):
    report = analyze(
        "Myanmar's junta and the Sagaing Liberation Army agreed to a ceasefire in talks "
        "hosted by China. The rebels said they would withdraw from two towns.",
        nlp=nlp,
    )
    assert [q.speaker_actor for q in report.quotes] == ["SAGAING_LIBERATION_ARMY"]
    mentions = _mentions(
        nlp,
        "Norway brokered the meeting between the Philippine government and the National "
        "Democratic Front. The government accused the rebels of extortion.",
    )
    assert _actors_of(mentions, "the rebels") == ["NATIONAL_DEMOCRATIC_FRONT"]


@pytest.mark.slow
def test_the_group_takes_a_group_minted_after_the_actors_pass(nlp):
    mentions = _mentions(
        nlp,
        "The Volta Liberation Front (VLF) met Ghana's government in Accra on Monday. The "
        "armed group pledged to release three soldiers. The group's leader said talks would "
        "resume.",
    )
    assert _actors_of(mentions, "The armed group") == ["VLF"]
    assert _actors_of(mentions, "The group") == ["VLF"]
    # an indefinite group is someone else
    mentions = _mentions(
        nlp,
        "The Volta Liberation Front (VLF) met Ghana's government in Accra. A group of "
        "residents protested outside.",
    )
    assert [m.actor for m in mentions if "group" in m.text] == []


def test_an_unresolved_headline_subject_does_not_hold_a_later_description(nlp):
    mentions = _mentions(
        nlp,
        "Talks aim to test pilot projects where the powerful armed group operates\n\n"
        "Ghana's government has opened talks with Hamas in Accra. Officials signed a "
        "statement. According to a communique, the armed group pledged to release hostages.",
    )
    assert _actors_of(mentions, "the armed group") == ["HAMAS"]
    # with no actor named in between, the unresolved subject still holds
    mentions = _mentions(
        nlp,
        "The army accepted the proposal put forward by Egypt. The army added that it would "
        "withdraw.",
    )
    assert _actors_of(mentions, "The army") == []


@pytest.mark.slow
def test_the_rebels_as_speakers_are_no_relay_and_no_state(nlp):
    report = analyze(
        "MANILA (Reuters) - Norway is facilitating talks between the Philippine government and "
        "communist rebels. The rebels said they were ready to meet government negotiators.",
        outlet="Wire",
        nlp=nlp,
    )
    assert [q.speaker_actor for q in report.quotes] == ["PHL.REB"]
    report = analyze(
        "MOSCOW (Reuters) - Russia said its troops had taken the village. The rebels said they "
        "had withdrawn.",
        outlet="Wire",
        nlp=nlp,
    )
    assert [q.speaker_actor for q in report.quotes] == ["RUS.GOV", None]


@pytest.mark.slow
def test_a_minted_group_is_not_the_mediators(nlp):
    report = analyze(
        "Norway is facilitating talks between the Philippine government and the National "
        "Democratic Front (NDF). A Norwegian envoy met NDF leaders in Oslo. Norway's foreign "
        "minister said the talks would resume.",
        nlp=nlp,
    )
    assert [(actor.id, actor.country) for actor in report.actors] == [("NDF", "PHL")]


@pytest.mark.slow
def test_the_group_takes_the_armed_side_named_last_beyond_the_window(nlp):
    mentions = _mentions(
        nlp,
        "The M23 seized a border town in June. Congo's president called for calm. Uganda "
        "closed its border. Kenya sent troops. Angola hosted a summit in Luanda. The group "
        "said it would withdraw.",
    )
    assert _actors_of(mentions, "The group") == ["M23"]
    mentions = _mentions(
        nlp,
        "Amnesty International sent observers to the border. The group said it would "
        "publish a report.",
    )
    assert _actors_of(mentions, "The group") == ["AMNESTY"]  # in the window: no jump


def test_a_side_description_with_nothing_to_refer_to_is_the_armed_groups_state(nlp):
    # no state named before "the junta": the MNDAA's country is the one meant
    mentions = _mentions(nlp, "The MNDAA said the junta broke the truce.")
    assert _actors_of(mentions, "the junta") == ["MMR.MIL"]
    mentions = _mentions(nlp, "The ELN still fights the government in the north.")
    assert _actors_of(mentions, "the government") == ["COL.GOV"]
    # groups of two countries say nothing of which state it is; "the country" is not a side
    mentions = _mentions(nlp, "The government said it would meet the M23 and the TNLA.")
    assert _actors_of(mentions, "The government") == []
    mentions = _mentions(nlp, "The ELN said the country would not be safe until talks resumed.")
    assert _actors_of(mentions, "the country") == []


@pytest.mark.slow
def test_an_ethnic_group_is_no_state_a_description_refers_back_to(nlp):
    mentions = _mentions(
        nlp,
        "Togo's opposition met on Monday. Its leader called on ethnic Ghanaians to abandon "
        "the central government.",
    )
    assert "GHA.GOV" not in _actors_of(mentions, "the central government")
