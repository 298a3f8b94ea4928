"""Reported statements the parser shapes oddly, and the owner of "the statement said"."""

import pytest


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    from accord.report import analyze

    report = analyze(text, outlet="Wire", published="2026-03-02")
    return [(q.speaker, q.speaker_actor, q.content) for q in report.quotes]


@pytest.mark.slow
def test_a_hyphenated_word_is_no_fronting_dash():
    found = _quotes(
        "Mediators in the Sahel cease-fire talks announced late on Sunday that they had drafted "
        "a fresh compromise text.\n"
    )
    assert any(
        s.startswith("Mediators in the Sahel") and c.startswith("they had") for s, _, c in found
    )


@pytest.mark.slow
def test_a_cue_parsed_as_a_participle_of_the_opening_noun():
    found = _quotes(
        "LOME, Aug. 16 (Wire) -- Mediators of the ceasefire process announced on Saturday "
        "that the three-day meetings have ended.\n"
    )
    assert any(s.startswith("Mediators") and "meetings" in c for s, _, c in found)


@pytest.mark.slow
def test_a_characterisation_keeps_what_follows_and():
    found = _quotes(
        "In a joint statement, Kenya, Uganda and Tanzania described the consultations as frank "
        "and conducted in a cordial spirit.\n"
    )
    assert any(c.endswith("conducted in a cordial spirit") for _, _, c in found)


@pytest.mark.slow
def test_the_statement_speaks_for_whoever_issued_it():
    found = _quotes(
        "Hamas issued a statement on the talks on Monday.\n"
        "The statement said the group would not accept the offer without a withdrawal.\n"
    )
    assert ("Hamas", "HAMAS") in {(s, a) for s, a, c in found if c.startswith("the group would")}


@pytest.mark.slow
def test_a_quoted_characterisation_ends_with_its_quotation():
    found = _quotes(
        "The meeting wound up, according to a joint communique by Kenya and Uganda. The statement "
        'described the discussions as "frank and useful and were held in good faith."\n'
    )
    assert any("were held in good faith" in c for _, _, c in found)


@pytest.mark.slow
def test_signalled_spoke_of_and_expressed_concern_are_statements():
    found = _quotes(
        "The talks stalled in Addis Ababa.\n"
        "The rebels have signaled they will probably not sign the draft truce any time soon.\n"
        "The state broadcaster spoke of a lull in the talks with the possibility of resumption.\n"
        "Kenyan envoys expressed their concern over the detention of the negotiators.\n"
        "Kenyan envoys expressed skepticism after the talks.\n"
    )
    contents = [c for _, _, c in found]
    assert any(c.startswith("they will probably not sign") for c in contents)
    assert any(c.startswith("a lull in the talks") for c in contents)
    assert any(c.startswith("their concern over the detention") for c in contents)
    assert not any(c == "skepticism" for c in contents)


@pytest.mark.slow
def test_hailed_as_and_calling_it_characterise():
    found = _quotes(
        "Talks on the truce resumed in Nairobi.\n"
        "The Kenyan government hailed the deal as a turning point.\n"
        "The Ugandan ministry condemned the attack, calling it a violation of the truce.\n"
    )
    assert ("Kenyan government", "KEN.GOV", "the deal as a turning point") in found
    assert any(c == "it a violation of the truce" and a == "UGA.GOV" for _, a, c in found)


@pytest.mark.slow
def test_an_announced_object_needs_a_complement():
    found = _quotes(
        "Truce talks in Nairobi\n"
        "The Kenyan army announced a three-day truce starting on Monday.\n"
        "As the rebels announced their approval, the talks moved to a new stage.\n"
    )
    contents = [c for _, _, c in found]
    assert "a three-day truce starting on Monday" in contents
    assert not any(c.startswith("their approval") for c in contents)


@pytest.mark.slow
def test_mutual_accusations_are_the_outlets_summary():
    found = _quotes(
        "Talks stall in Jeddah\n"
        "Gunfire went on in the capital, with both camps accusing each other of "
        "starting the war.\n"
        "The army accused the paramilitary of violating the truce.\n"
    )
    contents = [c for _, _, c in found]
    assert not any("starting the war" in c for c in contents)
    assert any(c.startswith("the paramilitary of violating") for c in contents)


def test_a_kicker_in_capitals_is_no_speaker():
    from accord.extract.quotes.headline import _reads_as_name

    nlp = pytest.importorskip("spacy").blank("en")
    assert not _reads_as_name(nlp("WAR UPDATES")[:])
    assert _reads_as_name(nlp("NATO")[:])
    assert _reads_as_name(nlp("Kremlin")[:])


@pytest.mark.slow
def test_mediators_named_only_after_their_statement():
    found = _quotes(
        "Mediators in the Sahel truce process announced on Friday that they had proposed "
        "a new plan.\n"
        "The talks, mediated by Qatar and Egypt, resumed in Doha on Saturday.\n"
    )
    assert any(c.startswith("they had proposed") and a == "QAT.GOV" for _, a, c in found)


@pytest.mark.slow
def test_a_statement_quoting_its_own_minister_is_no_relay():
    from accord.report import analyze

    report = analyze(
        "Talks on the truce resumed in Nairobi.\n"
        "A Kenyan ministry statement quoted the minister as saying the delegation had arrived.\n",
        outlet="Wire",
        published="2026-03-02",
    )
    quotes = [q for q in report.quotes if q.content.startswith("the delegation had")]
    assert quotes and quotes[0].via is None


@pytest.mark.slow
def test_a_possessive_apostrophe_after_s_stays_in_the_content():
    found = _quotes(
        "Talks on the island\n"
        "Cyprus\u2019 two leaders have agreed to meet again in a wider format, the U.N. "
        "announced after talks hosted by its chief.\n"
    )
    assert any(c.startswith("Cyprus\u2019 two leaders") for _, _, c in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Belarus\u2019 opposition leaders have agreed to join a wider dialogue, the EU said.",
        "The Philippines\u2019 two largest rebel groups will meet in Oslo, Norway said.",
        "The rebels\u2019 negotiators have agreed to a wider format, the mediators said.",
    ],
)
def test_the_typographic_apostrophe_is_read_as_a_possessive(nlp, sentence):
    doc = nlp(sentence)
    assert [t.tag_ for t in doc if t.text == "\u2019"] == ["POS"]


@pytest.mark.slow
def test_a_demand_is_reported_speech():
    found = _quotes(
        "Truce talks\n"
        "The opposition demanded that the government free all detained activists before "
        "the next round.\n"
        "The ministry demanded an immediate halt to the shelling of border villages.\n"
        "Protesters outside the venue demanded answers.\n"
    )
    contents = [c for _, _, c in found]
    assert "the government free all detained activists before the next round" in contents
    assert "an immediate halt to the shelling of border villages" in contents
    assert "answers" not in contents


@pytest.mark.slow
def test_a_text_setting_terms_is_no_speaker():
    found = _quotes(
        "Regional plan\n"
        "The regional consensus demands that envoys be allowed to meet every party.\n"
    )
    assert found == []


@pytest.mark.slow
def test_according_to_an_outlet_a_side_s_demand_is_the_outlet_s_account():
    found = _quotes(
        "Truce talks\n"
        "According to Al Jazeera, the rebels demanded the withdrawal of all foreign troops "
        "from the northern provinces as a condition for a truce.\n"
    )
    assert [(s, a) for s, a, _ in found] == [("Al Jazeera", "ALJAZEERA")]
    assert found[0][2].startswith("the rebels demanded the withdrawal")


@pytest.mark.slow
def test_an_object_statement_wins_over_a_fronted_phrase():
    found = _quotes(
        "Truce talks\n"
        "Above all, according to state television, the rebels demanded the release of their "
        "commanders held in the capital.\n"
    )
    fronted = [c for _, _, c in found if c.endswith("according to state television")]
    assert fronted == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "content"),
    [
        (
            "Chad Army Chief Says No Talks With Rebels Until Towns Are Handed Back",
            "No Talks With Rebels Until Towns Are Handed Back",
        ),
        (
            "Malian PM Maiga Says Government Ready For Talks With Northern Groups",
            "Government Ready For Talks With Northern Groups",
        ),
    ],
)
def test_a_headline_says_reports_the_rest_of_the_line(headline, content):
    found = _quotes(headline + "\nThe remarks came at a news conference on Monday.\n")
    assert [c for _, _, c in found] == [content]


@pytest.mark.slow
def test_an_accusation_keeps_its_second_charge():
    found = _quotes(
        "Border clashes\n"
        "The rebel front accused the government of stalling the talks and of arresting "
        "its delegates.\n"
    )
    assert any(c.endswith("and of arresting its delegates") for _, _, c in found)


@pytest.mark.slow
def test_characterisations_with_as_report_what_was_said():
    found = _quotes(
        "Foreign Secretary Anil Mehta said troops were on alert.\n"
        "He described the shelling as deeply serious and said the capital would respond.\n"
        "Prime Minister Ali Khan thanked the mediators, portraying the accord as a product "
        "of Turkish mediation.\n"
        "The Lisbon administration has defended the raid as necessary to combat smuggling.\n"
        "The garrison defended the city for weeks and praised the volunteers.\n"
    )
    contents = {c: s for s, _, c in found}
    assert contents.get("the shelling as deeply serious") == "Anil Mehta"
    assert contents.get("the accord as a product of Turkish mediation") == "Ali Khan"
    assert "the raid as necessary to combat smuggling" in contents
    assert not any("city" in c or "volunteers" in c for c in contents)


@pytest.mark.slow
def test_a_fronted_participle_is_no_statement():
    found = _quotes(
        "Foreign Minister Ali Karimi said technical talks would be held next week.\n"
        'Speaking on state radio, he described the Paris meeting as "useful".\n'
    )
    contents = [c for _, _, c in found]
    assert 'the Paris meeting as "useful"' in contents
    assert not any(c.startswith("Speaking") for c in contents)


@pytest.mark.slow
def test_a_participle_with_a_clause_reports_a_statement():
    found = _quotes(
        "President Ali Musa revealed the raid a day later, claiming the boat "
        "held rifles bound for a smuggling ring.\n"
        "The minister left the room, speaking to reporters who were waiting outside.\n"
    )
    assert [(s, c) for s, _, c in found] == [
        ("Ali Musa", "the boat held rifles bound for a smuggling ring")
    ]


@pytest.mark.slow
def test_a_cue_hung_on_the_clause_it_introduces():
    found = _quotes(
        "While Ghana maintains the treaty was strictly bilateral, Togo has praised France "
        "for brokering it.\n"
    )
    assert ("Ghana", "GHA.GOV", "the treaty was strictly bilateral") in found


@pytest.mark.slow
def test_the_press_at_large_relays_the_inner_statement():
    found = _quotes(
        'According to media reports, Kamau expressed "relief at the result," while '
        'Otieno likewise said he was "pleased" with the meeting.\n'
    )
    assert ("Kamau", "relief at the result") in [(s, c) for s, _, c in found]


@pytest.mark.slow
def test_as_confirmed_by_names_the_speaker():
    found = _quotes(
        "At the next meeting, talks will continue on four areas, as confirmed by the Kenyan "
        "Foreign Ministry.\n"
    )
    assert [(s, a) for s, a, c in found if "talks will continue" in c] == [
        ("Kenyan Foreign Ministry", "KEN.GOV")
    ]


@pytest.mark.slow
def test_called_on_someone_to_act_is_a_request():
    found = _quotes(
        "Envoy Tom Harris said the truce held.\n"
        "He called on the country's rival factions to unite and work toward a shared future.\n"
    )
    assert any(
        s == "Tom Harris" and c.startswith("the country's rival factions to unite")
        for s, _, c in found
    )


@pytest.mark.slow
def test_each_side_accusing_the_other_is_the_outlets_summary():
    found = _quotes(
        "Each camp has accused the other of violating the pause.\n"
        "The army accused the other camp of violating the pause.\n"
    )
    assert [s for s, _, _ in found] == ["army"]


@pytest.mark.slow
def test_requests_to_someone_with_the_date_between():
    found = _quotes(
        "The rebel group announced a ceasefire with the army on Saturday.\n"
        "The move followed a plea by Otieno, who urged the group on Feb. 27 to "
        "lay down its arms and dissolve, in a message from his cell.\n"
        "Envoy Lars Holm said the talks between the army and the rebels had ended.\n"
        "He advised both parties to get ready for another round.\n"
    )
    pairs = [(s, c) for s, _, c in found]
    assert any(s == "Otieno" and "to lay down its arms" in c for s, c in pairs)
    assert ("Lars Holm", "both parties to get ready for another round") in pairs


@pytest.mark.slow
def test_a_clause_read_as_a_second_object_of_told():
    found = _quotes(
        "The army struck rebel positions on Sunday.\n"
        'Security adviser John Kamau told Radio Kaya the raids "hit several '
        'rebel commanders and removed them."\n'
        "The minister told reporters the news on Monday.\n"
    )
    assert [(s, c[:9]) for s, _, c in found] == [("John Kamau", "the raids")]


@pytest.mark.slow
def test_a_signed_agreement_is_a_text_not_a_speaker():
    found = _quotes(
        "The rebels and the army signed a deal on Monday.\n"
        "Prime Minister Ali Kamau hailed the deal, stressing that it is a "
        "real step forward.\n"
        "The accord signed on June 4 calls for the rebels' checkpoints to pass to the "
        "police.\n"
    )
    assert [(s, c) for s, _, c in found] == [("Ali Kamau", "it is a real step forward")]
