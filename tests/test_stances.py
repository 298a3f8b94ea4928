"""The stances extractor: parties' positions in a negotiation, with who claims them."""

from __future__ import annotations

import json

import pytest

from accord.eval.scoring import score_report
from accord.report import analyze

pytestmark = pytest.mark.slow


def stances_of(text, nlp, published="2026-03-10"):
    report = analyze(text, outlet="Test Outlet", published=published, nlp=nlp)
    return {(s.party, s.stance): s for s in report.stances}


def test_accept_reject_and_mediation_with_claimers(nlp):
    text = (
        "Talks stall in Istanbul\n"
        "Ukraine accepted the Turkish ceasefire proposal on Monday, its foreign minister said.\n"
        "Russia rejected the plan during the talks in Istanbul.\n"
        "Turkey mediated the talks.\n"
    )
    found = stances_of(text, nlp)
    assert found[("UKR.GOV", "accepted")].claimed_by == "UKR.GOV"
    assert found[("RUS.GOV", "rejected")].claimed_by == "outlet"
    assert ("TUR.GOV", "mediating") in found
    assert {s.process for s in found.values()} == {"RUS–UKR talks"}
    assert found[("UKR.GOV", "accepted")].date.isoformat() == "2026-03-09"
    assert "ceasefire" in found[("UKR.GOV", "accepted")].proposal


def test_a_party_named_in_apposition_to_its_descriptor_accepts(nlp):
    # the parse makes "paramilitary" the conjunct and the name its apposition
    text = (
        "Earlier, the Ethiopian army and the paramilitary Tigray Defence Forces (TDF) "
        "accepted the truce."
    )
    found = stances_of(text, nlp)
    assert {("ETH.MIL", "accepted"), ("TPLF", "accepted")} <= set(found), found


def test_a_mediator_seen_at_work_twice_holds_one_mediating_stance(nlp):
    text = (
        "Rwanda and Congo signed a US-brokered peace deal in Washington on Friday. "
        "The talks, mediated by the United States, will resume in July."
    )
    report = analyze(text, outlet="Test Outlet", published="2025-06-28", nlp=nlp)
    mediating = [s for s in report.stances if s.party == "USA.GOV" and s.stance == "mediating"]
    assert len(mediating) == 1, report.stances
    # its evidence keeps both sentences
    assert len({e.sentence for e in mediating[0].evidence}) == 2


def test_separate_agreements_announced_with_two_sides_bind_each(nlp):
    text = "Turkey announced separate agreements with Armenia and Azerbaijan on border crossings."
    found = stances_of(text, nlp)
    assert {("ARM.GOV", "accepted"), ("AZE.GOV", "accepted")} <= set(found), found
    assert ("TUR.GOV", "mediating") in found, found


def test_a_refusal_with_a_missing_component_is_a_condition_not_a_rejection(nlp):
    text = (
        "Hamas agreed to the Egyptian proposal for a truce on Sunday.\n"
        "Hamas said it will not accept an agreement that does not include a full withdrawal.\n"
    )
    found = stances_of(text, nlp)
    assert ("HAMAS", "rejected") not in found
    accepted = found[("HAMAS", "accepted")]
    assert any("withdrawal" in condition for condition in accepted.conditions)


def test_delegations_coming_and_going(nlp):
    text = (
        "The Sudanese army sent a delegation to Jeddah for the talks.\n"
        "The Egyptian delegation was still in Jeddah on Friday, while the Chadian delegation "
        "is returning home, an official said.\n"
    )
    found = stances_of(text, nlp)
    assert found[("EGY.GOV", "attending")].round == "Jeddah round"
    assert ("TCD.GOV", "withdrew") in found


def test_a_withdrawal_is_from_the_talks_not_of_troops_under_a_deal(nlp):
    text = (
        "Ceasefire talks in Geneva\n"
        "The Chadian government announced its withdrawal from the talks on Monday.\n"
        "The rebels began the withdrawal of their fighters from the border town under the "
        "agreement with the army.\n"
    )
    found = stances_of(text, nlp)
    assert ("TCD.GOV", "withdrew") in found  # leaving the talks, read through "from"
    # fighters pulled back under an agreement carry it out; nobody left the talks
    assert [party for party, stance in found if stance == "withdrew"] == ["TCD.GOV"]


def test_a_delegation_that_left_for_a_place_is_on_its_way_not_withdrawing(nlp):
    text = (
        "Truce talks open in Nairobi\n"
        "The Ethiopian army said its delegation left for Nairobi on Friday for the talks.\n"
        "The Eritrean delegation will head to Nairobi on Sunday, an official said.\n"
        "The Somali delegation left Nairobi on Saturday, officials said.\n"
    )
    found = stances_of(text, nlp)
    assert ("ETH.MIL", "attending") in found or ("ETH.GOV", "attending") in found
    assert not {party for party, stance in found if stance == "withdrew"} & {"ETH.MIL", "ETH.GOV"}
    assert ("ERI.GOV", "attending") in found
    assert ("SOM.GOV", "withdrew") in found


def test_the_sides_are_those_at_the_table_not_the_authors_of_an_initiative(nlp):
    text = (
        "Talks open in Jeddah\n"
        "Under a Saudi-American initiative, the Sudanese army sent a delegation to Jeddah.\n"
        "The Rapid Support Forces also sent a delegation to Jeddah for the talks.\n"
    )
    found = stances_of(text, nlp)
    assert {s.process for s in found.values()} == {"RSF–SDN talks"}
    assert ("SAU.GOV", "mediating") in found and ("USA.GOV", "mediating") in found


def test_an_agreement_between_two_sides_in_force_binds_both_and_co_signatories_accept(nlp):
    text = (
        "Truce holds\n"
        "A ceasefire between Ethiopia and Eritrea, mediated by Kenya, came into effect on "
        "Wednesday.\n"
        "The Kenyan envoy signed the deal along with a Somali minister in Nairobi.\n"
        "The meeting revived hopes of a truce between Sudan and Chad.\n"
    )
    found = stances_of(text, nlp)
    assert found[("ETH.GOV", "accepted")].evidence[0].rule == "stances.agreement_between"
    assert ("ERI.GOV", "accepted") in found
    assert ("KEN.GOV", "mediating") in found
    assert ("KEN.GOV", "accepted") in found  # an envoy signs for its government
    assert ("SOM.GOV", "accepted") in found
    # a ceasefire only in prospect binds no one, and is no talks between its sides
    assert not {party for party, _ in found} & {"SDN.GOV", "TCD.GOV"}


def test_a_truce_announced_with_a_partner_binds_the_announcer_and_the_partner(nlp):
    text = (
        "Truce in the east\n"
        "The Volta Front on Wednesday announced a ceasefire with the Ghanaian army.\n"
    )
    found = stances_of(text, nlp)
    assert ("VOLTA_FRONT", "accepted") in found
    assert ("GHA.MIL", "accepted") in found or ("GHA.GOV", "accepted") in found


def test_a_side_open_to_talks_proposes_them_and_one_not_ready_rejects_them(nlp):
    text = (
        "Talks in doubt\n"
        "Ghana is open to dialogue with the Volta Front, its minister said.\n"
        "Togo is not ready for talks with the Volta Front.\n"
    )
    found = stances_of(text, nlp)
    assert ("GHA.GOV", "proposed") in found
    assert ("TGO.GOV", "rejected") in found


def test_a_third_party_that_chairs_or_hosts_the_talks_mediates(nlp):
    text = (
        "Talks resume\n"
        "The Kenyan foreign minister chaired the meeting in Nairobi on Friday.\n"
        "Ethiopian and Eritrean envoys sat down for a Qatari-mediated meeting.\n"
        "The talks were facilitated by the OSCE.\n"
    )
    found = stances_of(text, nlp)
    assert "stances.chair" in {e.rule for e in found[("KEN.GOV", "mediating")].evidence}
    assert ("QAT.GOV", "mediating") in found
    assert ("OSCE", "mediating") in found


def test_a_pronoun_for_unnamed_mediators_is_not_the_place_of_the_talks(nlp):
    text = (
        "Truce talks\n"
        "Mediators in the Sudan truce process announced on Sunday that they proposed a new "
        "compromise to bring the army and the RSF closer together.\n"
    )
    found = stances_of(text, nlp)
    assert ("SDN.GOV", "proposed") not in found


def test_a_stance_by_the_mediators_is_each_mediator_the_article_names(nlp):
    text = (
        "Truce talks\n"
        "Mediators in the Sudan truce process announced on Sunday that they proposed a different "
        "plan to bring the army and the RSF closer together.\n"
        "The army rejected the plan while the RSF accepted it.\n"
        "Qatar and Egypt are the mediators.\n"
    )
    found = stances_of(text, nlp)
    rules = {e.rule for e in found[("QAT.GOV", "mediating")].evidence}
    assert "stances.verb.proposed.named.third_party" in rules
    assert ("EGY.GOV", "mediating") in found
    assert not [party for party, _ in found if party.startswith("<")]


def test_talks_refused_with_a_party_put_no_one_at_the_table(nlp):
    text = "Talks stall\nNorth Korea fired missiles, rejecting fresh peace talks with Seoul.\n"
    found = stances_of(text, nlp)
    assert ("PRK.GOV", "rejected") in found
    assert ("KOR.GOV", "attending") not in found


def test_a_signed_document_with_a_proper_title_is_a_proposal_named_by_it(nlp):
    text = (
        "Truce signed\n"
        "After five days of talks in Nairobi, the Ethiopian army and the TPLF signed a "
        "Declaration of Principles on humanitarian access, the mediators said.\n"
    )
    found = stances_of(text, nlp)
    assert found[("ETH.MIL", "accepted")].proposal == "Declaration of Principles"
    assert found[("TPLF", "accepted")].proposal == "Declaration of Principles"


def test_a_third_party_announcing_talks_between_two_sides_mediates_them(nlp):
    text = (
        "Talks to start\n"
        "Egypt confirmed direct negotiations between Sudan's army and the Rapid Support Forces "
        "would open in Nairobi on Saturday.\n"
        "The Sudanese army also confirmed talks between the army and the Rapid Support Forces.\n"
    )
    found = stances_of(text, nlp)
    assert found[("EGY.GOV", "mediating")].evidence[0].rule == "stances.announced_talks"
    assert ("SDN.MIL", "mediating") not in found


def test_a_third_party_pressing_both_sides_about_the_talks_mediates(nlp):
    text = (
        "Talks resume\n"
        "Sudan's army and the Rapid Support Forces resumed talks in Nairobi on Monday.\n"
        "Kenya urged both sides to reach a ceasefire within a week.\n"
        "The African Union called on the two parties to stay at the table.\n"
        "Norway urged both sides to show restraint.\n"
    )
    found = stances_of(text, nlp)
    assert found[("KEN.GOV", "mediating")].evidence[0].rule == "stances.urged_sides"
    # what the sides are pressed to do must be about the talks
    assert ("NOR.GOV", "mediating") not in found


def test_a_third_partys_efforts_to_reach_a_deal_are_mediation_a_sides_are_not(nlp):
    text = (
        "Truce talks\n"
        "Qatar has been involved in discreet efforts, with the support of Egypt, to secure a "
        "deal on a truce between Israel and Hamas.\n"
        "Hamas rejected the proposal on Monday, and Israel accepted it.\n"
        "Israel said its efforts to reach a deal would go on.\n"
    )
    found = stances_of(text, nlp)
    assert found[("QAT.GOV", "mediating")].evidence[0].rule == "stances.effort"
    assert ("EGY.GOV", "mediating") in found  # it backs the effort
    assert ("ISR.GOV", "mediating") not in found
    assert {s.process for s in found.values()} == {"HAMAS–ISR talks"}


def test_a_truce_brokered_by_another_mediator_is_another_proposal(nlp):
    text = (
        "Talks open in Jeddah\n"
        "Under a Saudi-American initiative, the Sudanese army sent a delegation to Jeddah.\n"
        "Days earlier the army had endorsed a seven-day truce brokered by South Sudan.\n"
        "The Rapid Support Forces also sent a delegation to Jeddah.\n"
    )
    found = stances_of(text, nlp)
    assert found[("SDN.MIL", "accepted")].proposal.startswith("SSD ")
    assert found[("SAU.GOV", "mediating")].proposal.startswith("SAU/USA ")


def test_an_agreed_exchange_is_accepted_by_both_sides(nlp):
    text = (
        "Talks in Istanbul\n"
        "Russia and Ukraine held talks in Istanbul on Friday.\n"
        "The minister called the meeting useful because of the agreed prisoner exchange.\n"
    )
    found = stances_of(text, nlp, published="2025-05-17")
    for party in ("RUS.GOV", "UKR.GOV"):
        assert found[(party, "accepted")].evidence[0].rule == "stances.agreed_object.sides"
    assert not [party for party, _ in found if party.startswith("<")]


def test_talks_declared_over_by_a_party_is_withdrawal_but_not_when_denied(nlp):
    text = (
        "Israel declared that the round of talks in Doha had ended.\n"
        "The United States said the talks had not ended.\n"
    )
    found = stances_of(text, nlp)
    assert ("ISR.GOV", "withdrew") in found
    assert ("USA.GOV", "withdrew") not in found


def test_talks_that_ended_as_a_time_are_no_declaration(nlp):
    text = "The Kenyan envoy said after the talks in Addis Ababa ended that work would go on.\n"
    found = stances_of(text, nlp)
    assert not [party for party, stance in found if stance == "withdrew"]


def test_a_request_is_not_a_stance(nlp):
    text = "The envoy urged Russia to accept the ceasefire proposal in the talks.\n"
    found = stances_of(text, nlp)
    assert ("RUS.GOV", "accepted") not in found
    # an appeal is a request too: the one appealing accepts nothing
    text = "Ghana appealed to Togo to respect the ceasefire agreed in the talks.\n"
    assert ("GHA.GOV", "accepted") not in stances_of(text, nlp)


def test_sport_has_no_stances(nlp):
    text = (
        "City beat United in the derby\n"
        "The club rejected a takeover offer from an investment fund and the coach accepted "
        "the draw.\n"
    )
    assert stances_of(text, nlp) == {}


def test_seed_stances_reach_the_target(nlp, seed_path, seed_gold_path):
    gold = json.loads(seed_gold_path.read_text(encoding="utf-8"))
    report = analyze(
        seed_path.read_text(encoding="utf-8"),
        outlet=gold["outlet"],
        published=gold["published"],
        nlp=nlp,
    )
    assert score_report(gold, report).stances.f1 >= 0.85
    assert len({s.process for s in report.stances}) == 1


def test_cleft_subjects_descriptions_and_pronoun_objects(nlp):
    text = (
        "Talks on the Angolan ceasefire plan in Luanda\n"
        "Rwanda said it was M23 that had rejected the plan.\n"
        "An M23 spokesman told reporters that the group had accepted the ceasefire plan.\n"
        "Burundi turned it down as well, its foreign minister said.\n"
    )
    found = stances_of(text, nlp)
    rejected = found.get(("M23", "rejected"))
    assert rejected is not None and rejected.claimed_by == "RWA.GOV"
    assert found[("M23", "accepted")].claimed_by == "M23"
    assert ("BDI.GOV", "rejected") in found


def test_a_states_army_holds_its_own_stance(nlp):
    found = stances_of("Norway's army accepted the truce proposal on Monday.\n", nlp)
    assert ("NOR.MIL", "accepted") in found
    assert ("NOR.GOV", "accepted") not in found


def test_a_possessive_head_is_shared_by_the_coordinated_names(nlp):
    text = "Chile and Peru's militaries have agreed to observe a ceasefire along the border.\n"
    found = stances_of(text, nlp)
    assert {("CHL.MIL", "accepted"), ("PER.MIL", "accepted")} <= set(found)


def test_each_coordinated_owner_of_the_delegations_attends(nlp):
    text = (
        "Talks between Norwegian and Swedish delegations took place in Oslo on Monday.\n"
        "Negotiations between Chilean and Peruvian representatives were held in Lima.\n"
    )
    found = stances_of(text, nlp)
    for party in ("NOR.GOV", "SWE.GOV", "CHL.GOV", "PER.GOV"):
        assert (party, "attending") in found


def test_the_sides_are_the_two_sides_of_the_talks(nlp):
    text = (
        "Turkey urged delegations from Chile and Peru to seize the chance as the sides met "
        "in Lima for peace talks.\n"
        "Chile accepted the truce proposal. Peru rejected the truce proposal.\n"
        "Both sides agreed to a prisoner exchange on Friday.\n"
    )
    found = stances_of(text, nlp)
    assert {("CHL.GOV", "attending"), ("PER.GOV", "attending")} <= set(found)
    assert ("PER.GOV", "accepted") in found
    assert not any(party.startswith("TUR") and s != "mediating" for party, s in found)


def test_a_reporter_of_a_subjectless_clause_is_not_its_doer(nlp):
    text = (
        "After seven days of negotiations in Lima, the Chilean Armed Forces and the "
        "paramilitary Northern Front (NF) signed a pledge to spare civilians, the State "
        "Department said.\n"
    )
    found = stances_of(text, nlp)
    assert ("USA.GOV", "accepted") not in found


def test_talks_in_apposition_to_hosts_name_no_mediator(nlp):
    text = "Lima hosts first direct Chile-Bolivia talks in ten years\nChile accepted the plan.\n"
    found = stances_of(text, nlp)
    assert ("CHL.GOV", "mediating") not in found
    assert ("BOL.GOV", "mediating") not in found


def test_a_regional_bloc_mediates_under_its_own_name(nlp):
    text = (
        "The talks between Chile and Peru opened on Tuesday in Lima under the mediation of "
        "the regional bloc IGAD.\n"
    )
    found = stances_of(text, nlp)
    assert ("IGAD", "mediating") in found


def test_talks_that_involve_delegations_have_them_at_the_table(nlp):
    text = (
        "The Lima talks on a ceasefire in the border war involve delegations from Chile and "
        "Peru.\n"
        "Chile accepted the truce proposal.\n"
    )
    found = stances_of(text, nlp)
    assert {("CHL.GOV", "attending"), ("PER.GOV", "attending")} <= set(found)


def test_talks_yet_to_include_someone_do_not_seat_them(nlp):
    text = (
        "Chile accepted the truce proposal on Monday, paving the way for talks to include "
        "the rebels and the government of Peru.\n"
    )
    found = stances_of(text, nlp)
    assert ("PER.GOV", "attending") not in found


def test_a_short_name_given_to_the_talks_stands_for_them(nlp):
    text = (
        "The 5th round of the Lima Border Talks (LBT) on the border war was held on May 2.\n"
        "The LBT are chaired by the OSCE and the UN.\n"
        "Chile accepted the truce proposal.\n"
    )
    found = stances_of(text, nlp)
    assert {("OSCE", "mediating"), ("UN", "mediating")} <= set(found)


def test_they_after_a_coordinated_subject_is_every_member(nlp):
    """ "Norway, Kenya and Brazil said they had presented a plan": each of the three."""
    text = (
        "In a joint statement, Norway, Kenya and Brazil said they had presented a new truce "
        "plan to the two sides."
    )
    parties = {party for party, _ in stances_of(text, nlp)}
    assert {"NOR.GOV", "KEN.GOV", "BRA.GOV"} <= parties, parties


def test_a_stance_takes_the_day_its_sentence_or_the_narrative_gives(nlp):
    narrative = (
        "Truce talks open in Geneva\n"
        "On Friday, Armenian and Azerbaijani delegations sat down for talks in Geneva. "
        "Armenia and Azerbaijan agreed to a prisoner exchange, the Armenian negotiator said.\n"
    )
    found = stances_of(narrative, nlp, published="2026-03-09")  # a Monday
    assert found[("ARM.GOV", "accepted")].date.isoformat() == "2026-03-06"
    cited = (
        "Talks in Geneva\n"
        "The Azerbaijani army has sent negotiators to Geneva for ceasefire talks.\n"
        "Under the French plan, a delegation of the Azerbaijani army left for Geneva to "
        "talk about the truce, the agency reported, citing an army statement released on "
        "Saturday.\n"
    )
    found = stances_of(cited, nlp, published="2026-03-09")
    assert found[("AZE.MIL", "attending")].date.isoformat() == "2026-03-07"
    assert found[("FRA.GOV", "proposed")].date.isoformat() == "2026-03-09"


def test_a_delegation_leaving_for_a_city_attends_and_a_meeting_on_a_condition_does_not(nlp):
    text = (
        "Ceasefire talks\n"
        "A delegation of the Armenian government left for Geneva to discuss the truce.\n"
        "The presidents of Armenia and Azerbaijan could meet for talks if the negotiations "
        "make progress, a spokesman said.\n"
    )
    found = stances_of(text, nlp)
    assert ("ARM.GOV", "attending") in found
    assert ("ARM.GOV", "withdrew") not in found
    assert ("AZE.GOV", "attending") not in found


def test_the_delegation_is_the_one_told_of_before(nlp):
    text = (
        "Talks in Geneva\n"
        "Armenia has sent a delegation to Geneva for ceasefire talks under a joint French and "
        "US initiative.\n"
        "The government said that the delegation left for Geneva on Friday evening.\n"
    )
    found = stances_of(text, nlp, published="2026-03-09")
    assert found[("ARM.GOV", "attending")].date.isoformat() == "2026-03-06"
    assert ("USA.GOV", "attending") not in found and ("FRA.GOV", "attending") not in found


def test_a_third_party_met_by_a_side_is_not_at_the_table(nlp):
    text = (
        "Ceasefire talks\n"
        "Armenia and Azerbaijan held talks in Geneva on the ceasefire proposal.\n"
        "The Armenian minister spoke after a meeting with the Swiss foreign minister.\n"
    )
    found = stances_of(text, nlp)
    assert ("ARM.GOV", "attending") in found and ("AZE.GOV", "attending") in found
    assert ("CHE.GOV", "attending") not in found


def test_what_a_speaker_says_a_party_should_do_is_not_its_stance(nlp):
    text = (
        "Gaza talks\n"
        "A Hamas official said Israel should come to agree to a truce soon.\n"
        "Hamas accepted the ceasefire proposal, the Israeli minister said.\n"
    )
    found = stances_of(text, nlp)
    assert ("HAMAS", "accepted") in found
    assert ("ISR.GOV", "accepted") not in found


def test_a_deal_reached_is_accepted_and_one_aimed_at_is_not(nlp):
    reached = stances_of(
        "Truce deal\nArmenia reached a ceasefire agreement with Azerbaijan on Wednesday.\n", nlp
    )
    assert ("ARM.GOV", "accepted") in reached and ("AZE.GOV", "accepted") in reached
    aimed = stances_of(
        "Truce deal\nMediators are working to reach a ceasefire agreement between Armenia "
        "and Azerbaijan.\nThe Armenian delegation reached Geneva on Monday for the talks.\n",
        nlp,
    )
    assert ("ARM.GOV", "accepted") not in aimed and ("AZE.GOV", "accepted") not in aimed


def test_a_medium_told_of_a_position_relays_it_and_does_not_mediate(nlp):
    text = (
        "Truce talks\n"
        "An Armenian official told Reuters that Armenia had agreed to the ceasefire proposal.\n"
    )
    found = stances_of(text, nlp)
    assert ("ARM.GOV", "accepted") in found
    assert not any(party == "REUTERS" for party, _ in found)


def test_representatives_of_several_bodies_are_each_body(nlp):
    text = (
        "Talks\n"
        "The meetings, co-chaired this year by the representatives of the AU, EU and UN, "
        "involve representatives from Ethiopia and Eritrea.\n"
    )
    found = stances_of(text, nlp)
    for party in ("AU", "EU", "UN"):
        assert (party, "mediating") in found
    assert ("ETH.GOV", "attending") in found and ("ERI.GOV", "attending") in found


def test_the_backers_of_a_proposal_put_it_forward_too(nlp):
    text = (
        "Colombia talks\n"
        "Norway, with support from Cuba and Mexico, presented a bridging proposal to "
        "Colombia and the FARC. Colombia accepted the proposal and the FARC rejected it.\n"
    )
    found = stances_of(text, nlp)
    for party in ("NOR.GOV", "CUB.GOV", "MEX.GOV"):
        assert (party, "mediating") in found


def test_a_stance_asked_about_is_not_stated(nlp):
    text = (
        "Gaza talks\n"
        "Talks are set for Doha on Thursday, two officials said, though it is still unclear "
        "whether Hamas will participate.\n"
        "It is not clear whether Israel will attend the talks. Hamas will accept the deal if "
        "Israel withdraws.\n"
    )
    found = stances_of(text, nlp)
    assert ("HAMAS", "attending") not in found and ("ISR.GOV", "attending") not in found
    # a condition is not a question: the acceptance on terms is stated, as a reservation
    assert ("HAMAS", "reservations") in found


def test_an_intention_an_agency_and_earlier_talks_hold_no_stance(nlp):
    text = (
        "Talks\n"
        "The Serbian plan to portray the Brussels round as a sequel to the 2013 accord "
        "has failed, Kosovo said. RIA Novosti reported that the round had ended.\n"
        "Ethiopia has taken part in failed talks with Egypt.\n"
    )
    found = stances_of(text, nlp)
    assert not any(party == "SRB.GOV" for party, _ in found)
    assert not any(party == "RIA" for party, _ in found)
    assert ("ETH.GOV", "attending") not in found and ("EGY.GOV", "attending") not in found


def test_the_three_mediators_are_the_three_named_just_before(nlp):
    text = (
        "Gaza talks\n"
        "In a joint communique, Qatar, Egypt and the US called the round useful. The "
        "communique said that a compromise text had been submitted by the three mediators "
        "to Israel and Hamas.\nHamas rejected the compromise text.\n"
    )
    found = stances_of(text, nlp)
    assert ("EGY.GOV", "mediating") in found and ("USA.GOV", "mediating") in found
    assert ("QAT.GOV", "proposed") in found or ("QAT.GOV", "mediating") in found


def test_talks_the_tagger_reads_as_a_verb_still_seat_the_sides(nlp):
    """The small model tags "talks" VERB after a noun modifier; as a subject it is the noun."""
    found = stances_of("Ceasefire talks between Peru and Chile began on Saturday.\n", nlp)
    assert {("PER.GOV", "attending"), ("CHL.GOV", "attending")} <= set(found)


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        # a subject the parse hangs on a split auxiliary
        (
            "Ghana and Senegal have been mediating between Mali and Niger in the border talks.\n",
            {"GHA.GOV", "SEN.GOV"},
        ),
        (
            "Talks between Peru and Chile, with Brazil and Norway as guarantors, resumed.\n",
            {
                "BRA.GOV",
                "NOR.GOV",
            },
        ),
        ("Kenya has played a mediating role in the talks between Peru and Chile.\n", {"KEN.GOV"}),
        (
            "Kenya's role as mediator in the talks between Peru and Chile was praised.\n",
            {"KEN.GOV"},
        ),
        ("Angola invited Peru and Chile to peace talks in Luanda.\n", {"AGO.GOV"}),
    ],
)
def test_ways_of_saying_a_third_party_mediates(nlp, text, mediators):
    found = stances_of(text, nlp)
    assert {party for party, stance in found if stance == "mediating"} == mediators


def test_inviting_one_party_is_no_mediation(nlp):
    found = stances_of("Angola invited Peru to talks in Luanda.\n", nlp)
    assert not any(stance == "mediating" for _, stance in found)


def test_a_withdrawal_under_an_agreement_is_no_withdrawal_from_talks(nlp):
    found = stances_of("Under the agreement, Chilean forces will withdraw from Tacna.\n", nlp)
    assert not any(stance == "withdrew" for _, stance in found)


def test_a_mediator_named_by_a_shorter_form_of_a_hyphenated_name(nlp):
    """The full name is learned with its office; "Jonas al-Berg" is the same person even
    though the tokenizer splits "al-Berg" and the full name's last word is "al-Berg"."""
    text = (
        "Peru and Chile held talks in Lima on Saturday.\n"
        "Present was Norway's Foreign Minister Jonas bin Karl al-Berg.\n"
        "Jonas al-Berg, who acted as the chief mediator in the talks, said they would go on.\n"
    )
    assert ("NOR.GOV", "mediating") in stances_of(text, nlp)


def test_sides_that_send_representatives_for_meetings_attend(nlp):
    text = (
        "Colombia's army chief Jorge Salas and Carlos Vega, who leads the ELN, sent "
        "representatives to the port city of Colon on Sunday for meetings on a truce.\n"
    )
    found = stances_of(text, nlp)
    assert {("COL.MIL", "attending"), ("ELN", "attending")} <= set(found)


def test_representatives_sent_elsewhere_are_no_delegation(nlp):
    text = "Peru sent representatives to the funeral in Lima, where talks with Chile were held.\n"
    assert ("PER.GOV", "attending") not in stances_of(text, nlp)


def test_whoever_opens_the_talks_hosts_them_unless_a_side(nlp):
    opened = "Peru and Chile resumed talks in Oslo. The talks opened with a speech by the {}.\n"
    found = stances_of(opened.format("Norwegian foreign minister"), nlp)
    assert ("NOR.GOV", "mediating") in found
    found = stances_of(opened.format("Chilean foreign minister"), nlp)
    assert ("CHL.GOV", "mediating") not in found


def test_the_state_hosting_two_sides_talks_mediates(nlp):
    found = stances_of("Talks in Kenya between Peru and Chile began on Saturday.\n", nlp)
    assert ("KEN.GOV", "mediating") in found
    found = stances_of("Talks in Lima between Peru and Chile began on Saturday.\n", nlp)
    assert not any(stance == "mediating" for _, stance in found)


def test_talks_held_with_a_third_partys_help_are_mediated_by_it(nlp):
    found = stances_of("Peru and Chile resumed talks with the help of Norway.\n", nlp)
    assert ("NOR.GOV", "mediating") in found
    assert ("NOR.GOV", "attending") not in found


def test_the_one_thanked_for_its_mediation_mediates(nlp):
    text = "Peru and Chile resumed talks in Lima.\nBoth sides thanked Norway for its mediation.\n"
    assert ("NOR.GOV", "mediating") in stances_of(text, nlp)


def test_a_places_warring_parties_are_the_two_sides(nlp):
    text = (
        "Talks between Peru's army and the ELN rebels resumed in Lima.\n"
        "Peru's warring parties signed a declaration on aid late Monday, Norway said.\n"
    )
    found = stances_of(text, nlp)
    assert {("PER.MIL", "accepted"), ("ELN", "accepted")} <= set(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway's mediation efforts were praised.",
        "Norway's special envoy met both sides.",
        "The Norwegian minister met both sides on Tuesday.",
        "Norway said it would continue its efforts to bring the two sides together.",
        "Norway helped bring the two sides to the table.",
        "Norway hosted the two delegations.",
    ],
)
def test_who_meets_gathers_or_hosts_both_sides_mediates(nlp, sentence):
    found = stances_of("Peru and Chile held talks in Lima on Monday.\n" + sentence + "\n", nlp)
    assert ("NOR.GOV", "mediating") in found
    assert ("NOR.GOV", "attending") not in found


def test_the_sides_meeting_each_other_do_not_mediate(nlp):
    found = stances_of("Peru and Chile held talks in Lima.\nThe two sides met on Tuesday.\n", nlp)
    assert not any(stance == "mediating" for _, stance in found)


def test_a_delegation_at_the_place_where_talks_were_held_attends(nlp):
    text = "The talks were held in Oslo on Monday.\nPeru's negotiators are in Oslo.\n"
    assert ("PER.GOV", "attending") in stances_of(text, nlp)


def test_delegations_taking_part_attend(nlp):
    text = "Talks opened in Oslo on Monday.\nDelegations from Peru and Chile are taking part.\n"
    assert {("PER.GOV", "attending"), ("CHL.GOV", "attending")} <= set(stances_of(text, nlp))


@pytest.mark.parametrize(
    ("sentence", "mediators"),
    [
        ("Mediators Norway, Kenya and Ghana pushed for a deal.", {"NOR.GOV", "KEN.GOV", "GHA.GOV"}),
        ("The mediating countries, Norway and Kenya, proposed a new text.", {"NOR.GOV", "KEN.GOV"}),
    ],
)
def test_mediators_named_beside_a_mediator_word(nlp, sentence, mediators):
    found = stances_of("Peru and Chile held talks in Lima on Monday.\n" + sentence + "\n", nlp)
    assert {party for party, stance in found if stance == "mediating"} == mediators
    assert not any(stance == "proposed" for _, stance in found)


def test_the_talks_own_short_name_is_no_party(nlp):
    text = (
        "The Lima Discussions (LD), the regional mediation forum, met on Monday.\n"
        "Peru and Chile held talks at the LD.\n"
    )
    assert not any(party == "LD" for party, _ in stances_of(text, nlp))


@pytest.mark.parametrize(
    ("sentence", "stance", "parties"),
    [
        ("Norway, along with Kenya, is mediating the talks.", "mediating", {"NOR.GOV", "KEN.GOV"}),
        ("Peru, together with Bolivia, rejected the plan.", "rejected", {"PER.GOV", "BOL.GOV"}),
    ],
)
def test_a_subjects_companion_takes_the_same_stance(nlp, sentence, stance, parties):
    found = stances_of("Peru and Chile held talks in Lima on Monday.\n" + sentence + "\n", nlp)
    assert {party for party, s in found if s == stance} == parties


def test_who_leads_talks_between_two_others_mediates_a_side_leading_its_own_attends(nlp):
    found = stances_of("A Dutch diplomat led the talks between Serbia and Kosovo in Brussels.", nlp)
    assert ("NLD.GOV", "mediating") in found
    assert ("NLD.GOV", "attending") not in found
    assert {("SRB.GOV", "attending"), ("KOS.GOV", "attending")} <= set(found)
    own = stances_of("Russia's deputy foreign minister led the talks with Ukraine.", nlp)
    assert ("RUS.GOV", "attending") in own
    assert ("RUS.GOV", "mediating") not in own


def test_a_party_expected_or_scheduled_to_attend_is_attending_as_planned(nlp):
    found = stances_of("Kenya is expected to attend the peace talks in Addis Ababa.", nlp)
    assert ("KEN.GOV", "attending") in found
    asked = stances_of("Kenya was urged to attend the peace talks in Addis Ababa.", nlp)
    assert ("KEN.GOV", "attending") not in asked


def test_talks_only_wished_for_or_weighed_seat_nobody(nlp):
    for text in (
        "Azerbaijan said it was open to talks with Armenia.",
        "The prospect of talks between Armenia and Azerbaijan has faded.",
        "Any talks between Armenia and Azerbaijan would need Turkish support.",
        "Azerbaijan is ready to hold talks with Armenia.",
    ):
        found = stances_of(text, nlp)
        assert not {p for p, s in found if s == "attending"}, text


def test_a_third_party_meeting_a_side_about_the_talks_goes_between_them(nlp):
    found = stances_of(
        "Russian and Ukrainian delegations held talks in Istanbul on Friday. The Turkish "
        "president met the Russian negotiator on Saturday to discuss the talks.",
        nlp,
    )
    assert ("TUR.GOV", "mediating") in found
    assert ("TUR.GOV", "attending") not in found


def test_an_organisation_of_states_at_the_table_is_there_to_mediate(nlp):
    found = stances_of(
        "Envoys of the African Union attended the talks between Ethiopia and the TPLF.", nlp
    )
    assert ("AU", "mediating") in found
    assert ("AU", "attending") not in found


def test_parties_negotiating_with_each_other_attend_one_negotiating_for_others_does_not(nlp):
    found = stances_of("Serbia negotiated with Kosovo in Brussels on Monday.", nlp)
    assert {("SRB.GOV", "attending"), ("KOS.GOV", "attending")} <= set(found)
    alone = stances_of("Norway negotiated the release of the detainees.", nlp)
    assert ("NOR.GOV", "attending") not in alone
    aim = stances_of("Serbia is ready to negotiate with Kosovo.", nlp)
    assert not {p for p, s in aim if s == "attending"}


def test_a_hyphenated_pair_before_the_talks_names_both_sides_and_no_venue(nlp):
    found = stances_of("The Serbia-Kosovo talks in Brussels ended on Monday.", nlp)
    assert {("SRB.GOV", "attending"), ("KOS.GOV", "attending")} <= set(found)
    assert {s.round for (p, s_), s in found.items() if s_ == "attending"} == {"Brussels round"}
    single = stances_of("The Sudan talks in Jeddah ended on Monday.", nlp)
    assert not {p for p, s in single if s == "attending"}


def test_a_delegation_the_phrase_puts_at_the_talks_or_a_host_receives_attends(nlp):
    found = stances_of("Kosovo's delegation to the talks in Brussels was led by its premier.", nlp)
    assert ("KOS.GOV", "attending") in found
    hosted = stances_of("Qatar hosted the Israeli delegation for talks on Monday.", nlp)
    assert ("ISR.GOV", "attending") in hosted
    assert ("QAT.GOV", "attending") not in hosted


def test_talks_an_earlier_year_dates_or_that_are_frozen_seat_nobody_now(nlp):
    for text in (
        "Talks between Serbia and Kosovo were last held in March 2019.",
        "Talks between Serbia and Kosovo have been frozen since the election.",
    ):
        found = stances_of(text, nlp)
        assert not {p for p, s in found if s == "attending"}, text
    ongoing = stances_of("Serbia and Kosovo have held talks in Brussels since 2023.", nlp)
    assert ("SRB.GOV", "attending") in ongoing
    recent = stances_of("Serbia and Kosovo held talks in Brussels in February 2026.", nlp)
    assert ("SRB.GOV", "attending") in recent


def test_talks_in_a_span_of_years_are_not_dated_to_a_year(nlp):
    found = stances_of("Geneva hosts the first direct Serbia-Kosovo talks in five years.", nlp)
    assert {("SRB.GOV", "attending"), ("KOS.GOV", "attending")} <= set(found)


def test_troops_withdrawn_from_territory_have_not_left_the_talks(nlp):
    found = stances_of(
        "The Geneva talks on the conflict were postponed. Tbilisi urged Moscow to come back "
        "to the table and to respect the truce, including the withdrawal of Moscow's troops "
        "from the border territory.",
        nlp,
    )
    assert not any(stance == "withdrew" for _, stance in found)
    found = stances_of(
        "Colombia and the ELN resumed talks in Havana. The ELN announced its withdrawal from "
        "the talks on Friday.",
        nlp,
    )
    assert ("ELN", "withdrew") in found


def test_a_second_participle_on_an_agreement_names_a_second_mediator(nlp):
    # "brokered by A and sponsored by B": both participles describe the agreement
    found = stances_of(
        "The truce, brokered by Ghana after weeks of shuttle visits and sponsored by the UN, "
        "is the third attempt to end the fighting between Togo and the rebels.",
        nlp,
    )
    assert ("GHA.GOV", "mediating") in found
    assert ("UN", "mediating") in found


def test_an_acceptance_on_terms_is_a_reservation(nlp):
    # accepting "only if" or "only when" something happens is accepting on terms
    found = stances_of(
        "Togo said it would accept the peace plan only if its troops could stay.", nlp
    )
    assert ("TGO.GOV", "reservations") in found and ("TGO.GOV", "accepted") not in found
    found = stances_of(
        "A Ghanaian army official said the army will only agree to a truce when the rebels "
        "withdraw from the towns.",
        nlp,
    )
    assert ("GHA.MIL", "reservations") in found
    # a plain acceptance at a time is no condition, nor is accepting without preconditions
    found = stances_of("Ghana agreed to the truce when Togo withdrew.", nlp)
    assert ("GHA.GOV", "accepted") in found
    found = stances_of("Togo accepted the peace plan without preconditions.", nlp)
    assert ("TGO.GOV", "accepted") in found and ("TGO.GOV", "reservations") not in found


def test_coordinated_owners_of_one_body_each_accept(nlp):
    # the parse makes "Ghana" the possessor of "militaries" and "Togo" its conjunct
    found = stances_of(
        "In a rare move, Ghana and Togo’s militaries have agreed to observe a ceasefire.", nlp
    )
    assert {("GHA.MIL", "accepted"), ("TGO.MIL", "accepted")} <= set(found)


def test_the_neighbours_are_the_two_sides(nlp):
    found = stances_of(
        "Ghana and Togo held talks in Accra on Monday. The neighbours agreed to a ceasefire.", nlp
    )
    assert {("GHA.GOV", "accepted"), ("TGO.GOV", "accepted")} <= set(found)


def test_officials_representing_two_parties_attend_for_them(nlp):
    found = stances_of(
        "Late last year, officials representing Ghana and the Volta Front held talks in Lome.", nlp
    )
    assert {("GHA.GOV", "attending"), ("VOLTA_FRONT", "attending")} <= set(found)


def test_parties_involved_or_engaged_in_the_talks_attend_them(nlp):
    found = stances_of(
        "Members of the Volta Front involved in the talks said the delays were a concern.", nlp
    )
    assert ("VOLTA_FRONT", "attending") in found
    found = stances_of("Ghana has been involved in the talks since May.", nlp)
    assert ("GHA.GOV", "attending") in found
    found = stances_of("Ghana is engaged in negotiations with Togo.", nlp)
    assert ("GHA.GOV", "attending") in found
    # taking part in the fighting is no seat at the table
    assert not stances_of("Ghana was involved in the attacks.", nlp)


def test_a_party_standing_by_its_own_proposal_proposed_it(nlp):
    context = "Ghana and Togo held talks on a ceasefire in Accra. "
    found = stances_of(
        context + "Ghana stressed that it continues to stand by its own proposal.", nlp
    )
    assert ("GHA.GOV", "proposed") in found
    # an answer is to someone else's proposal, whatever "its" resolves to
    found = stances_of(context + "Togo rejected its proposal.", nlp)
    assert ("TGO.GOV", "proposed") not in found


def test_a_statement_rejecting_a_proposal_is_its_issuers_rejection(nlp):
    found = stances_of(
        "Ghana and Togo held talks in Lome. Ghana issued a statement rejecting the proposal.", nlp
    )
    assert ("GHA.GOV", "rejected") in found


def test_parties_agreeing_on_terms_accept_them(nlp):
    text = (
        "Ghana and the Volta Front held talks in Accra this week. The parties agreed that all "
        "fighters shall return to their camps within three months."
    )
    found = stances_of(text, nlp)
    assert {("GHA.GOV", "accepted"), ("VOLTA_FRONT", "accepted")} <= set(found)
    # two parties sharing a view, or one party agreeing with one, accept no terms
    found = stances_of("Ghana and Togo held talks. They agreed that the talks were useful.", nlp)
    assert not any(stance == "accepted" for _, stance in found)
    found = stances_of("Ghana held talks with Togo. Ghana agreed that fighters must leave.", nlp)
    assert ("GHA.GOV", "accepted") not in found


def test_a_sponsor_named_on_something_other_than_talks_mediates_nothing(nlp):
    found = stances_of("Ghana blamed the raid on Togolese-sponsored gunmen.", nlp)
    assert not any(stance == "mediating" for _, stance in found)
    found = stances_of("Ghana and Togo met for Qatar-sponsored talks.", nlp)
    assert ("QAT.GOV", "mediating") in found


def test_both_names_of_a_hyphened_pair_before_a_noun_hold_its_stance(nlp):
    found = stances_of(
        "Ghana and Togo held talks. The plan was presented by US-EU envoys in Accra.", nlp
    )
    assert {("USA.GOV", "mediating"), ("EU", "mediating")} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        # the same two parties accepting "the protocol" and "the framework": one agreement
        "Ghana and Togo signed the protocol on Monday. "
        "The framework was signed by Ghana and Togo in Lome.",
        # the same truce named twice, a third signatory joining the second time
        "Ghana and Togo signed a Nigerian-brokered ceasefire on Monday. "
        "Ghana, Togo and Benin also signed the Lome truce.",
    ],
)
def test_one_agreement_named_twice_is_accepted_once(nlp, text):
    report = analyze(text, outlet="Test Outlet", published="2026-03-10", nlp=nlp)
    accepted = [s for s in report.stances if s.stance == "accepted"]
    assert len({s.proposal for s in accepted}) == 1
    assert sorted(s.party for s in accepted if s.party in ("GHA.GOV", "TGO.GOV")) == [
        "GHA.GOV",
        "TGO.GOV",
    ]
    assert all(len(s.evidence) >= 1 for s in accepted)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo held talks in Lome. Ghana has warned Togo to pull its troops back "
        "from the border.",
        "Ghana and the Volta Front signed a ceasefire. As part of the agreement, the Volta "
        "Front will withdraw its troops from Kpalime.",
    ],
)
def test_a_military_pullback_is_no_withdrawal_from_the_talks(nlp, text):
    assert not [s for s in stances_of(text, nlp).values() if s.stance == "withdrew"]


def test_withdrawing_a_delegation_is_leaving_the_talks(nlp):
    text = "Ghana and Togo held talks in Lome. Togo withdrew its delegation on Monday."
    assert ("TGO.GOV", "withdrew") in stances_of(text, nlp)
