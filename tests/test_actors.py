"""Actor resolution: the gazetteer, phrase resolution, mentions, persons and coreference."""

from __future__ import annotations

import pytest

from accord.report import analyze
from accord.resolve.actors import plover_code, resolve_phrase
from accord.resolve.coref import Candidate, antecedent


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("the White House", "USA.GOV"),
        ("Reuters", "REUTERS"),
        ("a senior Israeli official", "ISR.GOV"),
        ("the Qatari Prime Minister", "QAT.GOV"),
        ("State Department spokesman Matthew Miller", "USA.GOV"),
        ("the head of Hamas' Political Bureau", "HAMAS"),
        ("the Director of Egyptian Intelligence", "EGY.SPY"),
        ('"Israel"', "ISR.GOV"),
        ("the Israeli occupation", "ISR.GOV"),
        ("the Zionist entity", "ISR.GOV"),
        ("the Kyiv regime", "UKR.GOV"),
        ("Washington", "USA.GOV"),
        ("Tel Aviv", "ISR.GOV"),
        ("Israeli soldiers", "ISR.MIL"),
        ("Palestinians", "PSE"),
        ("Serbian military police", "SRB.COP"),
        ("the European Community", "EU"),
        ("Vladimir Putin", "RUS.GOV"),
        # a compound demonym names its own community, not the second word's state
        ("the Greek Cypriot leader", "CYP.GOV"),
        ("the Turkish Cypriot leader", "TRNC"),
        # a state's own named body keeps its sector behind the possessive
        ("Israel's Mossad chief", "ISR.SPY"),
        ("the Hamas-run health ministry", "HAMAS"),
        # a territory that is no actor, whose body the gazetteer lists as a compound
        ("Gaza's health ministry", "PSE.GOV"),
        ("the Gaza Strip's health ministry", "PSE.GOV"),
        ("MONUSCO", "UN"),  # UN missions and agencies are the UN
        ("the World Health Organization", "UN"),
        # an envoy "for" or "to" a state acts for its owner, not for that state
        ("UN Special Envoy for Togo", "UN"),
        ("Ghana's ambassador to Togo", "GHA.DIP"),
        ("the African Union envoy for the Volta region", "AU"),
        ("the Ghanaian Senate", "GHA.LEG"),
        ("the Togolese Prime Minister's Office", "TGO.GOV"),
        ("the U.S. Senate", "USA.LEG"),
    ],
)
def test_resolve_phrase_names_every_side_neutrally(phrase, actor):
    assert resolve_phrase(phrase) == actor


@pytest.mark.parametrize(
    "phrase",
    [
        "an Israeli company",
        "Manchester United",
        "us",
        "Apple",
        "Israel's invasion",
        "Donetsk's health ministry",  # no body the gazetteer lists: no side guessed
        "",
        "an Iran-backed militia",  # a backer is not the actor; "Hamas-run" is the side
        # a description one side uses for a group names it only in a document that names it
        "the movement's Media Office",
        "the Resistance",
        # commentators are no party: "a Cairo-based analyst", "Russian experts"
        "a Cairo-based political analyst",
        "Russian experts",
        # many states have a congress, a senate, a house of representatives or a prime
        # minister's office: the bare name is no one country's
        "Congress",
        "the House of Representatives",
        "the Prime Minister's Office",
        # a part of the world whose name holds a state's is no state
        "Central America",
        "Latin American leaders",
        "New Guinea",
        "New Jersey",
        # a name after "anti-", "pro-" or "intra-" is what the phrase is for or against
        "anti-Russian",
        "pro-Russian separatists",
        # waters named after a state are places
        "the South China Sea",
        "the Sea of Japan",
    ],
)
def test_resolve_phrase_rejects_non_actors(phrase):
    assert resolve_phrase(phrase) is None


def test_plover_codes_for_organisations():
    assert plover_code("ISR.MIL") == "ISR"
    assert plover_code("UN") == "IGO"
    assert plover_code("HAMAS") == "PSE"
    assert plover_code(None) is None


def test_salience_prefers_nearest_sentence_then_subject():
    older = Candidate(
        "ISR.GOV", sentence=0, token=1, is_subject=True, is_state=True, is_person=False
    )
    recent_object = Candidate(
        "HAMAS", sentence=1, token=12, is_subject=False, is_state=False, is_person=False
    )
    recent_subject = Candidate(
        "USA.GOV", sentence=1, token=10, is_subject=True, is_state=True, is_person=False
    )
    found = antecedent([older, recent_object, recent_subject], "thing", sentence=2, token=30)
    assert found is recent_subject
    assert antecedent([older, recent_object], "organisation", 2, 30) is recent_object
    assert antecedent([older], "person", 2, 30) is None


def _mentions(nlp, text):
    from accord.model import Document
    from accord.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document.from_text(text)))
    return doc, doc._.accord.mentions


@pytest.mark.slow
def test_persons_are_learned_and_reused(nlp):
    doc, mentions = _mentions(
        nlp,
        "White House spokesman John Kirby said the talks would go on. "
        "Kirby added that Washington was hopeful.",
    )
    persons = [m for m in mentions if m.kind == "person"]
    assert [m.person for m in persons] == ["John Kirby", "John Kirby"]
    assert {m.actor for m in persons} == {"USA.GOV"}
    kirby = next(t for t in doc if t.text == "Kirby" and t.i > 8)
    assert doc._.accord.mention_covering(kirby).actor == "USA.GOV"


@pytest.mark.slow
def test_descriptions_and_pronouns_follow_salience(nlp):
    doc, mentions = _mentions(
        nlp,
        "A senior Israeli official spoke to reporters. Hamas said it had accepted the plan. "
        "The movement's leaders met in Doha. The official added that talks would resume.",
    )
    by_text = {m.text: m for m in mentions}
    assert by_text["A senior Israeli official"].anonymous
    assert by_text["it"].actor == "HAMAS"
    assert by_text["The official"].actor == "ISR.GOV"
    assert any(m.actor == "HAMAS" and m.text.startswith("The movement") for m in mentions)


@pytest.mark.slow
def test_a_description_naming_a_region_or_form_of_state_refers_to_such_a_state(nlp):
    def actors(text, description):
        _, mentions = _mentions(nlp, text)
        return [m.actor for m in mentions if m.text == description]

    # the nearer, more salient states are of other regions
    assert actors(
        "Qatar hosted the talks between Ghana and Togo. The Gulf state said it would keep "
        "mediating.",
        "The Gulf state",
    ) == ["QAT.GOV"]
    assert actors(
        "Armenia's envoy met Kenya's foreign minister in Nairobi. The South Caucasus nation "
        "said the visit was useful.",
        "The South Caucasus nation",
    ) == ["ARM.GOV"]
    # a head that names a form of state: a state of that form
    assert actors(
        "Oman hosted talks between Iran and the United States. The sultanate said the talks "
        "were useful.",
        "The sultanate",
    ) == ["OMN.GOV"]
    # no state of the region named: no antecedent rather than a wrong one
    assert (
        actors(
            "Kenya offered to lead a police force in Haiti. The Caribbean country has been hit by "
            "gang violence.",
            "The Caribbean country",
        )
        == []
    )


@pytest.mark.slow
def test_a_sides_description_of_a_group_needs_the_group_named_in_the_article(nlp):
    named = (
        "Hezbollah fighters withdrew from the ridge. The Resistance said it would hold its fire."
    )
    unnamed = "Partisans blew up a rail bridge. The Resistance said it would hold its fire."
    farmers = "Farmers in Punjab kept up their protest. The movement said it would block roads."
    assert any(
        m.actor == "HEZBOLLAH" and m.text == "The Resistance" for m in _mentions(nlp, named)[1]
    )
    for text in (unnamed, farmers):
        assert not any(m.actor == "HAMAS" for m in _mentions(nlp, text)[1])
        assert "HAMAS" not in {event.source for event in analyze(text, nlp=nlp).events}
    quotes = analyze(farmers, nlp=nlp).quotes
    assert [(q.speaker, q.speaker_actor) for q in quotes] == [("movement", None)], quotes


@pytest.mark.slow
def test_places_and_business_are_not_actors(nlp):
    _, mentions = _mentions(
        nlp, "The talks in Cairo ended. Norwegian energy group Statford bought a Danish firm."
    )
    assert mentions == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a demonym before "-speaking" names a language and its speakers, not the state
        ("Clashes between French-speaking government forces and separatists went on.", "FRA"),
        ("Separatists in the English-speaking regions boycotted the vote.", "GBR"),
        # the departments of a country's regions are places, not its ministries
        ("Rebels hold soldiers in the departments of Narino and Cauca in Colombia.", "COL"),
    ],
)
def test_languages_and_administrative_divisions_are_no_actors(nlp, text, wrong):
    actors = {m.actor for m in nlp(text)._.accord.mentions}
    assert not {actor for actor in actors if actor.startswith(wrong)}


def test_a_description_prefers_the_referent_with_the_same_head_noun():
    army = Candidate(
        "SDN.MIL",
        sentence=0,
        token=1,
        is_subject=True,
        is_state=True,
        is_person=False,
        sector="MIL",
        head="army",
    )
    ministry = Candidate(
        "SAU.GOV",
        sentence=5,
        token=60,
        is_subject=True,
        is_state=True,
        is_person=False,
        sector="GOV",
        head="ministry",
    )
    found = antecedent([army, ministry], "state", sentence=6, token=70, sector="MIL", head="army")
    assert found is army
    # without an earlier "army" the nearest state is taken, as before
    assert antecedent([ministry], "state", 6, 70, sector="MIL", head="army") is ministry


@pytest.mark.slow
def test_the_army_keeps_the_country_that_established_it(nlp):
    _, mentions = _mentions(
        nlp,
        "Chad's army said it had retaken the town. Rebels denied it. Niger called for calm. "
        "Mali offered help. Algeria's foreign ministry said talks would resume. "
        "The army accused the rebels of shelling the market.",
    )
    army = next(m for m in mentions if m.text == "The army")
    assert army.actor == "TCD.MIL"


@pytest.mark.slow
def test_a_bare_title_takes_the_dateline_country(nlp):
    said = "Foreign Minister Peter Mwangi said on Monday that talks with Somalia would continue."
    _, mentions = _mentions(nlp, f"NAIROBI – {said}")
    assert any(m.person == "Peter Mwangi" and m.actor == "KEN.GOV" for m in mentions)
    _, mentions = _mentions(nlp, said)  # no dateline: the country stays unknown
    assert not any(m.person == "Peter Mwangi" for m in mentions)


# --- an unresolved subject blocks a jump to a less salient actor ---------------------------


def test_an_unresolved_subject_blocks_an_earlier_actor():
    earlier = Candidate(
        "EGY.GOV", sentence=0, token=8, is_subject=False, is_state=True, is_person=False
    )
    subject = Candidate(
        None, sentence=0, token=0, is_subject=True, is_state=True, is_person=False, head="army"
    )
    found = antecedent([subject, earlier], "thing", sentence=0, token=10)
    assert found is subject and found.actor is None
    # it is not a person: "he" still finds nobody rather than the unresolved subject
    assert antecedent([subject], "person", 0, 10) is None
    # a resolved subject in the same sentence is taken as before
    resolved = Candidate(
        "TCD.MIL", sentence=0, token=0, is_subject=True, is_state=True, is_person=False, head="army"
    )
    assert antecedent([resolved, earlier], "thing", 0, 10) is resolved


def _actor_of(mentions, text):
    return [m.actor for m in mentions if m.text == text]


@pytest.mark.slow
def test_its_after_an_unresolved_subject_is_not_the_agent(nlp):
    _, mentions = _mentions(
        nlp, "The army accepted the truce drafted by Kenya, its spokesman told reporters."
    )
    assert _actor_of(mentions, "its") == []  # not KEN.GOV: the army's country is unknown
    _, mentions = _mentions(
        nlp, "Chad's army accepted the truce drafted by Kenya, its spokesman told reporters."
    )
    assert _actor_of(mentions, "its") == ["TCD.MIL"]
    _, mentions = _mentions(
        nlp, "Kenya hosted the summit. The rebels rejected the offer, and their leader left."
    )
    assert _actor_of(mentions, "their") == []  # not KEN.GOV


@pytest.mark.slow
def test_an_unresolved_subject_blocks_a_pronoun_in_the_next_sentence(nlp):
    _, mentions = _mentions(
        nlp,
        "Amnesty International sent observers to the border. "
        "The interior ministry said it would open two new crossings.",
    )
    assert _actor_of(mentions, "it") == []  # not AMNESTY
    _, mentions = _mentions(
        nlp,
        "Amnesty International sent observers to the border. "
        "The group said it would publish a report.",
    )
    assert _actor_of(mentions, "it") == ["AMNESTY"]


# --- negotiating teams -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("the Israeli negotiating team", "ISR.GOV"),
        ("the Hamas negotiating team", "HAMAS"),
        ("Hamas' technical team", "HAMAS"),
        ("the Ukrainian delegation's team", "UKR.GOV"),
        ("Kenya's security team", "KEN.GOV"),
        ("the Russian expert-level teams", "RUS.GOV"),
        ("the Somali team of negotiators", "SOM.GOV"),
    ],
)
def test_a_negotiating_team_acts_for_its_government_or_organisation(phrase, actor):
    assert resolve_phrase(phrase) == actor


@pytest.mark.parametrize(
    "phrase",
    [
        "the national team",
        "the French football team",
        "Brazil's team",
        "the Israeli national team",
        "the Kenyan rugby team",
    ],
)
def test_a_sports_team_is_not_an_actor(phrase):
    assert resolve_phrase(phrase) is None


@pytest.mark.slow
def test_team_mentions_in_text(nlp):
    _, mentions = _mentions(
        nlp,
        "The Somali negotiating team arrived in Nairobi on Monday. "
        "The FARC negotiating team met the mediators. "
        "The Kenyan delegation's team left on Tuesday. "
        "The Kenyan national team beat the Ugandan football team.",
    )
    actors = {m.text: m.actor for m in mentions}
    assert actors["The Somali negotiating team"] == "SOM.GOV"
    assert actors["The FARC negotiating team"] == "FARC"
    assert actors["The Kenyan delegation's team"] == "KEN.GOV"
    sport = [m for m in mentions if m.text.endswith("team") and "national" in m.text]
    assert sport == [] and not any("football" in m.text for m in mentions)


# --- datelines -----------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "BERLIN/PARIS (Reuters) - Germany said on Monday it would join the talks.",
        "Talks resume\nBERLIN/PARIS, June 3 (Reuters) - Germany said it would join the talks.",
        "KHARTOUM CITY, May 7 (AP) – Sudan's army said it would join the talks.",
        "TOKYO — The Japanese government said it would join the talks.",
        "BEIRUT, Lebanon (AP) — Hezbollah said it would join the talks.",
    ],
)
def test_dateline_places_are_not_actors(nlp, text):
    doc, mentions = _mentions(nlp, text)
    dash = next(t.i for t in doc if t.text in ("-", "–", "—"))
    early = [m for m in mentions if m.start < dash]
    assert all(m.actor in ("REUTERS", "AP") and m.end - m.start == 1 for m in early), early
    assert any(m.start > dash and m.kind == "name" for m in mentions)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Accra, Sep 6 (GNA) Ghana's cabinet said it would join the talks.",
        "Lome, March 9 (TNA) -- Togo's cabinet said it would join the talks.",
        # a page's date stamp before the dateline
        "date 2025-09-06 Accra, Sep 6 (GNA) Ghana's cabinet said it would join the talks.",
    ],
)
def test_a_title_case_dateline_with_date_and_agency_is_no_actor(nlp, text):
    # the agency style writes the place in title case, with a date and often no dash; the
    # date before the agency's acronym is no long form of it either
    doc, mentions = _mentions(nlp, text)
    body = next(t.i for t in doc if t.text in ("Ghana", "Togo"))
    assert [m for m in mentions if m.start < body] == []
    assert [m.actor for m in mentions if m.start == body] in (["GHA.GOV"], ["TGO.GOV"])


@pytest.mark.slow
def test_a_capital_in_prose_after_a_dateline_is_still_its_government(nlp):
    _, mentions = _mentions(
        nlp,
        "Talks stall\nMOSCOW, March 3 (Reuters) - Moscow said on Monday that Kyiv had "
        "rejected the plan. Moscow also said the talks would go on.",
    )
    assert [m.actor for m in mentions if m.text == "Moscow"] == ["RUS.GOV", "RUS.GOV"]
    assert _actor_of(mentions, "Kyiv") == ["UKR.GOV"]
    assert not any(m.text.isupper() and m.actor == "RUS.GOV" for m in mentions)


def test_a_titled_person_is_the_antecedent_of_his(nlp):
    """ "The Armenian prime minister said his country …": "his" is the unnamed minister, the
    subject of the sentence, not a person named earlier."""
    from accord import analyze

    report = analyze(
        "Michel spoke with both leaders on Saturday. The Armenian prime minister later said "
        "his country agreed to seek a truce.",
        outlet="Wire",
        published="2026-05-06",
    )
    assert ("ARM.GOV", "AGREE") in {(e.source, e.action) for e in report.events}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Negotiations between Peru and Chile resumed on Monday.", {"PER.GOV", "CHL.GOV"}),
        ("The war between Ghana and Togo entered its second month.", {"GHA.GOV", "TGO.GOV"}),
    ],
)
def test_both_sides_of_a_between_phrase_are_actors(nlp, text, sides):
    """ "between A and B" on talks or a war names the two sides, the first one too."""
    _, mentions = _mentions(nlp, text)
    assert {m.actor for m in mentions} == sides


def test_a_border_between_two_states_names_a_place(nlp):
    _, mentions = _mentions(nlp, "Shelling hit villages on the border between Peru and Chile.")
    assert "PER.GOV" not in {m.actor for m in mentions}


def test_the_country_is_the_state_not_the_body_named_before(nlp):
    _, mentions = _mentions(nlp, "Ghana's army advanced. The country has lost many soldiers.")
    assert [m.actor for m in mentions] == ["GHA.MIL", "GHA.GOV"]


def test_the_country_after_a_place_preposition_is_a_place(nlp):
    _, mentions = _mentions(nlp, "Ghana's army advanced. Fighting spread across the country.")
    assert [m.actor for m in mentions] == ["GHA.MIL"]


def test_government_troops_are_the_state_named_before(nlp):
    _, mentions = _mentions(nlp, "Ghana's army said government troops held the bridge.")
    assert [m.actor for m in mentions] == ["GHA.MIL", "GHA.MIL"]


def test_a_name_written_as_a_common_noun_is_not_the_name(nlp):
    _, mentions = _mentions(nlp, "The opposition dismissed the amnesty offered by the senate.")
    assert mentions == []


@pytest.mark.slow
def test_a_hyphenated_pair_is_two_names_and_a_hyphenated_surname_one(nlp):
    _, mentions = _mentions(nlp, "The Armenia-Azerbaijan talks ended without a deal.")
    assert [(m.text, m.actor) for m in mentions] == [
        ("Armenia", "ARM.GOV"),
        ("Azerbaijan", "AZE.GOV"),
    ]
    _, mentions = _mentions(nlp, "Qatar's Foreign Minister Khalid bin Nasser al-Thani spoke.")
    assert [m.person for m in mentions] == ["Khalid bin Nasser al-Thani"]


@pytest.mark.slow
def test_rebels_are_never_a_bloc_named_before(nlp):
    _, mentions = _mentions(
        nlp,
        "Talks between Chad's government and the rebels opened under the regional bloc IGAD. "
        "The rebel delegation was less positive. The rebels want eleven officials freed.",
    )
    referring = [m for m in mentions if m.kind == "description"]
    assert all(m.actor not in ("IGAD", "TCD.GOV") for m in referring), referring


@pytest.mark.slow
def test_the_militants_are_the_armed_group_named_before(nlp):
    _, mentions = _mentions(nlp, "Hamas said the plan was unfair. The militants rejected it.")
    assert [(m.text, m.actor) for m in mentions if m.kind == "description"] == [
        ("The militants", "HAMAS")
    ]


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        # a state's named government heading a sector noun is that sector of the state
        ("the Damascus regime troops", "SYR.MIL"),
        ("Kyiv regime forces", "UKR.MIL"),
        ("Israeli occupation forces", "ISR.MIL"),
        ("Kremlin officials", "RUS.GOV"),
        # a national church, a television channel: no part of the state's government
        ("the Serbian church", "SRB.REL"),
        ("Georgian clergy", "GEO.REL"),
        ("Iranian clerics", "IRN.REL"),
        ("an Egyptian television channel", "EGY.MED"),
        # a place noun: the country as a place and its people, not its government
        ("Armenian border villages", "ARM"),
        ("Azerbaijani territory", "AZE"),
        ("the Pakistani city", "PAK"),
        ("Indian airspace", "IND"),
        # ... but its capital and its side in talks are the government
        ("the Indian capital", "IND.GOV"),
        ("the Pakistani side", "PAK.GOV"),
        # a generic speaker takes the sector of the state body's word before it
        ("a senior Egyptian military official", "EGY.MIL"),
        ("Turkish intelligence sources", "TUR.SPY"),
        ("a Greek police spokeswoman", "GRC.COP"),
        ("Chinese government officials", "CHN.GOV"),
        # a state's named body heading the phrase is that body
        ("US Central Command", "USA.MIL"),
        # ... but another state's loaded name for a body stays with the named state
        ("the Russian occupation regime", "RUS.GOV"),
    ],
)
def test_a_sector_noun_after_a_state_name_sets_the_sector(phrase, actor):
    assert resolve_phrase(phrase) == actor


@pytest.mark.slow
def test_a_learned_surname_is_the_person_however_the_tagger_reads_it(nlp):
    doc, mentions = _mentions(
        nlp,
        "Turkish Cypriot leader Ersin Tatar met the UN envoy on Monday. "
        "Later, Tatar and the envoy discussed new crossing points.",
    )
    tatar = next(t for t in doc if t.text == "Tatar" and t.i > 8)
    assert doc._.accord.mention_covering(tatar).actor == "TRNC"


@pytest.mark.slow
def test_a_bare_country_is_no_better_antecedent_of_the_authorities(nlp):
    # "the Serbian border" names Serbia only as GOV by default; the police named before
    # it are the nearer state body of the place
    doc, mentions = _mentions(
        nlp,
        "Kosovo police surrounded the village near the Serbian border on Sunday. "
        "The local authorities said four people were detained.",
    )
    assert [(m.text, m.actor) for m in mentions if m.kind == "description"] == [
        ("The local authorities", "KOS.GOV")
    ]
    doc, mentions = _mentions(
        nlp,
        "Russia's army shelled the town. Ukraine's government protested. "
        "The government said it would respond.",
    )
    assert [(m.text, m.actor) for m in mentions if m.kind == "description"] == [
        ("The government", "UKR.GOV")
    ]


@pytest.mark.slow
def test_a_region_placed_in_a_state_is_a_place(nlp):
    _, mentions = _mentions(
        nlp, "The fighters handed over their rifles at a camp in northern Syrian Kurdistan."
    )
    assert all(m.actor != "SYR.GOV" for m in mentions), mentions


@pytest.mark.slow
def test_an_organisation_named_with_a_country_is_the_organisation(nlp):
    _, mentions = _mentions(
        nlp, "The High Representative for Bosnia and Herzegovina criticised the new law."
    )
    assert [m.actor for m in mentions] == ["OHR"]


@pytest.mark.slow
def test_bodies_based_in_a_self_governing_entity_are_its_own(nlp):
    _, mentions = _mentions(nlp, "Lawmakers in Puntland rejected the federal plan.")
    assert ("Lawmakers", "PUNTLAND") in [(m.text, m.actor) for m in mentions]


@pytest.mark.slow
def test_an_object_pronoun_is_not_the_subject_of_its_clause(nlp):
    _, mentions = _mentions(
        nlp,
        "Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti. "
        "Vucic left early, accusing him of bad faith.",
    )
    assert [(m.text, m.actor) for m in mentions if m.kind == "pronoun"] == [("him", "KOS.GOV")]


@pytest.mark.slow
def test_a_person_parsed_as_the_subjects_conjunct_is_the_next_he(nlp):
    # the parser makes the country the subject and the prime minister its conjunct; "He"
    # is still the traveller, not the president met at the end of the sentence
    _, mentions = _mentions(
        nlp,
        "KINGSTOWN, St Vincent (CMC) – St Vincent and the Grenadines Prime Minister Ralph "
        "Gonsalves travels to Togo for talks with President Faure Gnassingbe. He arrived "
        "there from Accra.",
    )
    pronouns = [(m.text, m.actor) for m in mentions if m.kind == "pronoun"]
    assert pronouns == [("He", "VCT.GOV")]


@pytest.mark.slow
def test_a_description_takes_its_modifiers_sector(nlp):
    _, mentions = _mentions(
        nlp, "Chad's army met the rebels on Monday. The army delegation will return on Friday."
    )
    assert ("The army delegation", "TCD.MIL") in [(m.text, m.actor) for m in mentions]


def test_a_dash_glued_to_a_name_is_split_from_it(nlp):
    # a dateline that lost its space: "-Israel" would otherwise be one token and no actor
    report = analyze("TEHRAN -Iran accused Israel of sabotage on Monday.", nlp=nlp)
    assert ("IRN.GOV", "ACCUSE", "ISR.GOV") in {
        (e.source, e.action, e.target) for e in report.events
    }
    # hyphenated words and negative numbers keep their hyphens
    words = [t.text for t in nlp.make_doc("a US-brokered truce left -3 degrees")]
    assert words == ["a", "US", "-", "brokered", "truce", "left", "-3", "degrees"]


def test_an_abbreviation_hyphenated_to_a_word_is_split_from_it_and_resolves(nlp):
    # "U.S.-backed" was one token, and the state behind the proposal was lost
    words = [t.text for t in nlp.make_doc("a U.S.-backed plan and U.K.-Ghana talks")]
    assert words == ["a", "U.S.", "-", "backed", "plan", "and", "U.K.", "-", "Ghana", "talks"]
    report = analyze("Togo rejects U.S.-backed ceasefire proposal.", nlp=nlp)
    assert ("USA.GOV", "proposed") in {(s.party, s.stance) for s in report.stances}


def test_an_object_description_never_refers_to_its_clauses_subject(nlp):
    # the envoy the military leaders met is not one of them
    _, found = _mentions(nlp, "Myanmar's military leaders met the envoy on Thursday.")
    assert not any(m.text == "the envoy" and m.actor == "MMR.MIL" for m in found)
    # a description elsewhere still refers back: the movement that sends is Hamas
    _, found = _mentions(nlp, "Hamas said the movement would send a delegation.")
    assert ("the movement", "HAMAS") in {(m.text, m.actor) for m in found}


def test_a_state_description_refers_to_the_body_people_acting_for_it_made_salient(nlp):
    _, found = _mentions(
        nlp,
        "Myanmar's military leaders met the envoy on Thursday. The junta said the two men "
        "discussed the peace plan.",
    )
    assert ("The junta", "MMR.MIL") in {(m.text, m.actor) for m in found}


@pytest.mark.slow
def test_a_description_heading_a_name_is_that_names_title(nlp):
    # "the West African bloc ECOWAS" is ECOWAS, however the parse splits the two, never an
    # earlier group that "the bloc" might otherwise refer back to
    _, mentions = _mentions(
        nlp,
        "Togo's rebels met army officers. The talks were mediated by a delegation from the "
        "US, the West African bloc ECOWAS, and Norway, a newspaper reported.",
    )
    described = [m for m in mentions if m.text.endswith("bloc")]
    assert described and all(m.actor == "ECOWAS" for m in described)


@pytest.mark.slow
def test_a_description_with_a_national_adjective_refers_to_that_nations_actor(nlp):
    # "the group" last named the M23; "the Sudanese armed group" can only be the RSF
    _, mentions = _mentions(
        nlp,
        "The M23 said the group would not attend. Fighting continued between Sudan's army and "
        "the RSF, after the Sudanese armed group's attack on a base.",
    )
    described = [m for m in mentions if m.text.startswith("the Sudanese armed group")]
    assert described and all(m.actor == "RSF" for m in described)


@pytest.mark.slow
def test_a_state_named_inside_a_description_owns_it(nlp):
    # the earlier "forces" would give these to Ghana; the name inside says whose they are
    _, mentions = _mentions(
        nlp,
        "Ghanaian security forces guarded the site. Ghana's cabinet blamed the United "
        "States-led multinational forces for the raid.",
    )
    described = [m for m in mentions if m.text.endswith("multinational forces")]
    assert described and all(m.actor == "USA.MIL" for m in described)


@pytest.mark.slow
def test_an_office_holder_is_learned_though_the_demonym_before_the_title_is_tagged_a_person(nlp):
    # the small English model tags "Moldovan" as a person here
    report = analyze(
        "Moldovan Prime Minister Ion Munteanu said on Friday that the plan threatens the "
        "country. Munteanu said in a video message that gas can be bought. "
        "He accused Russia of lying.",
        nlp=nlp,
    )
    accusations = {(e.source, e.target) for e in report.events if e.action == "ACCUSE"}
    assert ("MDA.GOV", "RUS.GOV") in accusations


@pytest.mark.slow
def test_a_plural_pronoun_after_a_coordination_stands_for_each_member(nlp):
    report = analyze(
        "The Ghanaian and Togolese delegations met in Lome on Friday. They agreed to a ceasefire.",
        nlp=nlp,
    )
    accepted = {s.party for s in report.stances if s.stance == "accepted"}
    assert {"GHA.GOV", "TGO.GOV"} <= accepted
    report = analyze("Ghana and Togo met in Lome on Friday. They agreed to a ceasefire.", nlp=nlp)
    assert any(
        (e.source, e.target) in {("GHA.GOV", "TGO.GOV"), ("TGO.GOV", "GHA.GOV")}
        for e in report.events
        if e.action == "AGREE"
    )
    # a single antecedent stays single
    report = analyze("Ghana met Togo's envoy on Friday. They agreed to a ceasefire.", nlp=nlp)
    assert {s.party for s in report.stances if s.stance == "accepted"} <= {"GHA.GOV"}


@pytest.mark.slow
def test_a_plural_of_an_organisation_noun_names_no_one_organisation(nlp):
    # "the parties" are the sides of the talks, not the United Nations named last
    _, mentions = _mentions(
        nlp,
        "The United Nations facilitated the talks in Geneva. The parties agreed to meet again.",
    )
    assert not any(m.text == "The parties" for m in mentions)
    # a plural the gazetteer lists itself still refers back to its group
    _, mentions = _mentions(
        nlp, "The Volta Front said on Monday it would attend. The rebels sent a delegation."
    )
    assert ("The rebels", "VOLTA_FRONT") in {(m.text, m.actor) for m in mentions}


def test_a_news_agency_named_in_a_photo_credit_is_no_side_of_the_fighting(nlp):
    # the agency's acronym is minted as an outlet: "the militants" do not refer back to it
    doc = nlp(
        "Ghanaian soldiers patrol the border. Picture: Kofi Mensah/African News Agency (ANA)\n"
        "ACCRA, July 29 (ANA) – Ghanaian forces have killed at least 14 insurgents near the "
        "border, an army spokesman said. The militants attacked a base in the north on Wednesday."
    )
    militants = [m for m in doc._.accord.mentions if "militants" in m.text]
    assert all(m.actor != "ANA" for m in militants)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Togolese shelled the Ghanaian border post overnight.", "TGO"),
        ("The French shelled the rebel positions near Gao overnight.", "FRA"),
    ],
)
def test_the_with_an_invariant_demonym_names_the_people(nlp, text, source):
    """A demonym whose plural is the same word ("Togolese", "French") names the people
    after "the", as "the Ghanaians" does; "the Iranian" stays one person."""
    assert source in {event.source for event in analyze(text, nlp=nlp).events}


@pytest.mark.slow
def test_the_with_a_singular_demonym_is_one_person_not_the_state(nlp):
    mentions = nlp("The Ghanaian declined to comment on the talks.")._.accord.mentions
    assert not any(m.actor and m.actor.startswith("GHA") for m in mentions)


@pytest.mark.slow
def test_a_titled_envoy_for_a_state_acts_for_the_envoys_owner(nlp):
    """ "Ghana's Special Representative for Togo John Mensah met …": Ghana meets Togo; the
    state after "for" is the one the envoy is sent to."""
    text = (
        "Ghana's Special Representative for Togo John Mensah met the Togolese Foreign "
        "Minister Robert Dussey in Lome."
    )
    events = {(e.source, e.action, e.target) for e in analyze(text, nlp=nlp).events}
    assert ("GHA.GOV", "CONSULT", "TGO.GOV") in events


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Civil society groups in Ghana demanded an immediate ceasefire.", "GHA.CVL"),
        ("Tribal elders in Togo called for talks.", "TGO.CVL"),
        ("Opposition groups in Togo rejected the plan.", "TGO.OPP"),
    ],
)
def test_a_located_body_is_read_from_its_whole_phrase(nlp, text, actor):
    # "civil society groups": the known phrase the noun ends, not "groups" alone
    assert actor in {mention.actor for mention in nlp(text)._.accord.mentions}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Gunmen attacked a police academy in Accra on Monday.", "GHA.COP"),
        ("Rebel groups in Togo said they would attend.", "TGO.REB"),
    ],
)
def test_a_body_and_what_it_holds_take_the_sector_of_the_word_before(nlp, text, actor):
    assert actor in {m.actor for m in nlp(text)._.accord.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Togo blamed the coalition for a deadly drone strike in Lome.",
        "Military operations in Ghana continued through the week.",
        "A prisoner exchange in Accra was postponed.",
    ],
)
def test_an_act_placed_in_a_country_is_no_actor_of_that_country(nlp, text):
    # the place of a strike or an exchange is where it happened, not who carried it out
    assert not [m for m in nlp(text)._.accord.mentions if m.rule == "located"]


def test_a_longer_place_name_is_not_read_by_its_last_word_alone(nlp):
    # "Republic" alone is a town in the United States; the name is the Congo's
    doc = nlp("Soldiers in eastern Democratic Republic of Congo said the convoy had left.")
    assert {m.actor for m in doc._.accord.mentions if m.rule == "located"} == {"COD.MIL"}


def test_a_ministry_named_by_its_portfolio_refers_back_like_the_ministry(nlp):
    doc = nlp(
        "Ghana sent a note to Togo on Sunday. "
        "The Ministry of Foreign Affairs said the talks would resume on Monday."
    )
    assert ("GHA.GOV", "coref.state") in {(m.actor, m.rule) for m in doc._.accord.mentions}
    assert [q.speaker_actor for q in doc._.accord.quotes] == ["GHA.GOV"]


def test_a_ministry_of_a_named_state_is_that_state_s(nlp):
    doc = nlp("Ghana sent a note on Sunday. The Ministry of Foreign Affairs of Togo replied.")
    assert "TGO.GOV" in {m.actor for m in doc._.accord.mentions}
    assert not [m for m in doc._.accord.mentions if m.rule == "coref.state"]


def test_a_state_body_with_nothing_named_before_is_the_datelines_state(nlp):
    doc = nlp("ACCRA, May 6 (Agency) - The Ministry of Defence said the convoy had left.")
    assert [q.speaker_actor for q in doc._.accord.quotes] == ["GHA.GOV"]
    doc = nlp("The Ministry of Defence said the convoy had left.")
    assert [q.speaker_actor for q in doc._.accord.quotes] == [None]


def test_the_country_an_act_falls_on_refers_back_while_one_crossed_is_a_place(nlp):
    doc = nlp("Ghana said Togolese strikes on the country had killed five.")
    assert ("the country", "GHA.GOV") in {(m.text, m.actor) for m in doc._.accord.mentions}
    doc = nlp("Ghana said protests had spread across the country.")
    assert "the country" not in {m.text for m in doc._.accord.mentions}


@pytest.mark.slow
def test_a_titled_name_the_tagger_misreads_is_a_person_and_its_surname_follows(nlp):
    """ "Central African Republic President Faustin-Archange Touadera": a hyphenated name the
    tagger takes for an organisation is still the titled person (of a country named in
    three words), and "Touadera's office" later speaks for the same side."""
    report = analyze(
        "Central African Republic President Faustin-Archange Touadera welcomed the deal. It "
        "will be signed in Bangui next week, Touadera's office said.",
        nlp=nlp,
    )
    assert [(q.speaker, q.speaker_actor) for q in report.quotes] == [
        ("Touadera's office", "CAF.GOV")
    ]
    # a body's name after a title word is no person
    from accord.model import Document
    from accord.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document.from_text("ACCRA, May 6 (Wire) - The Minister Council met.")))
    assert not any(m.kind == "person" for m in doc._.accord.mentions)


def test_a_state_description_in_a_where_clause_is_the_place_s_state(nlp):
    # "government forces" in the clause about northern Togo are Togo's, not the Ghanaian
    # troops' named just before
    _, found = _mentions(
        nlp, "Ghanaian troops entered northern Togo, where government forces have been fighting."
    )
    assert ("government forces", "TGO.MIL") in {(m.text, m.actor) for m in found}


def test_a_hyphenated_cease_fire_is_one_word_read_as_ceasefire(nlp):
    # AP style writes "cease-fire": split into "cease - fire" it was no truce to accept
    words = [(t.text, t.lemma_) for t in nlp("They broke the Cease-Fire and two cease-fires.")]
    assert ("Cease-Fire", "ceasefire") in words and ("cease-fires", "ceasefire") in words
    report = analyze("Ghana and Togo agreed to a cease-fire on Monday.", nlp=nlp)
    stances = {(s.party, s.stance) for s in report.stances}
    assert {("GHA.GOV", "accepted"), ("TGO.GOV", "accepted")} <= stances


def test_a_part_of_the_world_named_in_a_text_is_no_state(nlp):
    doc = nlp(
        "The Norwegian embassy in Mexico and Central America said the talks would resume. "
        "Latin American leaders welcomed the news."
    )
    assert "USA.GOV" not in {m.actor for m in doc._.accord.mentions}


def test_the_government_in_a_governments_reported_words_is_its_own(nlp):
    _, mentions = _mentions(
        nlp,
        "The talks will resume in Lome, Togo, the Norwegian embassy said. On Monday, "
        "Ghana's president said that the government and the opposition were close to a deal.",
    )
    assert [m.actor for m in mentions if m.text == "the government"] == ["GHA.GOV"]
