"""Media as speakers and relays, and characterising statements (issue 13)."""

from __future__ import annotations

from accord.report import analyze


def quotes_of(nlp, text: str):
    return analyze(text, outlet="Example Wire", published="2025-03-14", nlp=nlp).quotes


def only(quotes, needle: str):
    found = [q for q in quotes if needle.lower() in q.content.lower()]
    assert len(found) == 1, [(q.speaker, q.content) for q in quotes]
    return found[0]


def test_a_state_owned_agency_speaks_as_itself(nlp):
    text = (
        "The two delegations met in the port city on Friday. Russia's state news agency TASS "
        "wrote that the delegation had tabled a draft on prisoner exchanges."
    )
    quote = only(quotes_of(nlp, text), "tabled a draft")
    assert quote.speaker_actor == "TASS"


def test_an_outlet_listed_only_as_a_relay_speaks_as_itself(nlp):
    text = (
        "The talks went into a second day. Bloomberg reported that the two sides had "
        "swapped lists of detainees."
    )
    quote = only(quotes_of(nlp, text), "swapped lists")
    assert quote.speaker_actor == "BLOOMBERG"


def test_sources_of_an_outlet_are_anonymous_and_relayed(nlp):
    text = (
        "The delegations left the venue at noon. No new round is scheduled before June, "
        "according to AFP sources."
    )
    quote = only(quotes_of(nlp, text), "no new round")
    assert quote.speaker_kind == "anonymous"
    assert quote.speaker_actor is None
    assert quote.via == "AFP"


def test_an_agency_reporting_a_claim_is_the_relay_of_the_claimant(nlp):
    text = (
        "Fighting went on near the river. The Somali government said on Tuesday the "
        "rebels had seized a border post, Anadolu Agency reported."
    )
    quote = only(quotes_of(nlp, text), "seized a border post")
    assert quote.speaker_actor == "SOM.GOV"
    assert quote.via == "ANADOLU"
    assert not [q for q in quotes_of(nlp, text) if q.speaker_actor == "ANADOLU"]


def test_a_reporter_relaying_sources_keeps_the_sources_as_speaker(nlp):
    text = (
        "The envoys arrived late. Speaking on air, Al Jazeera's correspondent Maria Lopez said "
        "sources in the Chadian army told her that two generals would lead the team."
    )
    quote = only(quotes_of(nlp, text), "two generals")
    assert quote.speaker_actor == "TCD.MIL"
    assert quote.via in ("ALJAZEERA", "AL-JAZEERA")


def test_an_outlet_relaying_a_clause_with_another_cue_inside_keeps_its_citation(nlp):
    text = (
        "Washington had urged both sides to attend and had warned the rebels that it would "
        "back sanctions if they stayed away, Axios reported, citing two U.S. officials."
    )
    quote = only(quotes_of(nlp, text), "urged both sides")
    assert quote.speaker_kind == "anonymous"
    assert quote.via == "AXIOS"


def test_calling_a_thing_something_is_a_statement(nlp):
    text = (
        "The accord was signed at noon. President Anna Berg called the accord a "
        "“firm basis for a lasting peace” and left the hall."
    )
    quote = only(quotes_of(nlp, text), "firm basis")
    assert quote.speaker == "Anna Berg"
    assert quote.kind == "mixed"
    assert quote.content.startswith("the accord")


def test_describing_a_thing_as_something_is_a_statement(nlp):
    text = "The truce began on Sunday. Minister Omar Haddad described the truce as meant to last."
    quote = only(quotes_of(nlp, text), "the truce as meant")
    assert quote.kind == "indirect"
    assert quote.speaker == "Omar Haddad"


def test_the_minister_refers_back_to_the_named_minister(nlp):
    text = (
        "Foreign Minister Lena Varga spoke after the round. According to Varga, the round "
        "was useful.\n\n"
        '"We secured the return of 200 detainees," the minister stated.\n\n'
        "Varga also stressed the need for pressure.\n\n"
        '"Today we showed our commitment to peace," the Foreign Minister stated.'
    )
    quotes = quotes_of(nlp, text)
    assert only(quotes, "secured the return").speaker == "Lena Varga"
    assert only(quotes, "commitment to peace").speaker == "Lena Varga"


def test_a_title_with_a_nationality_refers_back_to_the_named_speaker_of_that_side(nlp):
    text = (
        "The round closed on Friday. Maria Costa, whose ministry hosts the envoys in "
        "Portugal’s second city, Porto, told reporters the talks will continue. The Portuguese "
        "senior official added that both delegations would return in June."
    )
    quotes = quotes_of(nlp, text)
    assert only(quotes, "talks will continue").speaker == "Maria Costa"
    assert only(quotes, "return in June").speaker == "Maria Costa"
    assert not [q for q in quotes if q.speaker == "Porto"]


def test_a_quoted_phrase_in_reported_speech_makes_it_mixed(nlp):
    text = (
        "The envoys met on Monday. The ministry said a “frank exchange” took place between "
        "the two delegations."
    )
    quote = only(quotes_of(nlp, text), "took place")
    assert quote.kind == "mixed"


def test_a_titled_name_the_ner_misses_is_a_person_of_the_dateline_state(nlp):
    text = (
        'NAIROBI – The round of talks "has run its course" as long as the shelling goes on, '
        "presidential adviser Wanjiru Otieno said on Friday."
    )
    quote = only(quotes_of(nlp, text), "run its course")
    assert quote.speaker_kind == "named"
    assert quote.speaker == "Wanjiru Otieno"
    assert quote.speaker_actor == "KEN.GOV"


def test_a_person_keeps_the_side_an_apposition_names(nlp):
    text = (
        "The other delegation turned down the draft at the second session in Geneva, the "
        "head of the Chadian delegation, presidential aide Idriss Mahamat, said.\n\n"
        '"We offered a truce," Mahamat told reporters.'
    )
    quotes = quotes_of(nlp, text)
    assert only(quotes, "turned down the draft").speaker_actor == "TCD.GOV"
    assert only(quotes, "offered a truce").speaker_actor == "TCD.GOV"


def test_according_to_a_person_covers_a_clause_with_a_coordinated_cue(nlp):
    text = (
        "The round ended in Geneva. According to Mahamat, his side was ready to accept the "
        "draft, but the other side turned it down and insisted on a longer truce."
    )
    quote = only(quotes_of(nlp, text), "ready to accept")
    assert quote.speaker == "Mahamat"
    assert quote.via is None


def test_an_outlet_citing_its_source_relays_an_anonymous_speaker(nlp):
    text = (
        "The round closed at noon. No venue is settled for June, Interfax reported with "
        "reference to a source."
    )
    quote = only(quotes_of(nlp, text), "no venue is settled")
    assert quote.speaker_kind == "anonymous"
    assert quote.via == "INTERFAX"


def test_a_parenthetical_preposition_is_not_the_statement(nlp):
    text = "The round closed. Niger, on the other hand, insists on talks in Niamey first."
    quote = only(quotes_of(nlp, text), "talks in niamey")
    assert "other hand" not in quote.content


def test_who_is_urged_belongs_to_the_statement(nlp):
    text = (
        "The round closed. The UN envoy urged neighbouring states to push both camps towards "
        "a truce."
    )
    quote = only(quotes_of(nlp, text), "push both camps")
    assert quote.content.startswith("neighbouring states")
    assert quote.speaker_actor == "UN"


def test_a_joint_chiefs_of_staff_is_the_military(nlp):
    text = (
        "The drills began. Radar had tracked both missiles, the South Korean Joint Chiefs of "
        "Staff told reporters."
    )
    quote = only(quotes_of(nlp, text), "radar had tracked")
    assert quote.speaker_actor == "KOR.MIL"


def test_an_outlet_reporting_citing_sources_relays_anonymous_sources(nlp):
    text = (
        "The talks ended. Kan reported, citing sources, that the delegation would return to "
        "Cairo on Monday."
    )
    quote = only(quotes_of(nlp, text), "would return")
    assert quote.speaker_kind == "anonymous"
    assert quote.via == "KAN"
    assert not quote.content.startswith("citing")


def test_according_to_an_outlet_citing_officials(nlp):
    text = (
        "The talks ended. According to Axios, citing two US officials, the envoy will travel "
        "to Doha next week."
    )
    quote = only(quotes_of(nlp, text), "envoy will travel")
    assert quote.speaker_kind == "anonymous"
    assert quote.speaker_actor == "USA.GOV"
    assert quote.via == "AXIOS"


def test_the_paper_is_the_outlet_named_before(nlp):
    text = (
        "The talks ended. The Sudan Tribune said the army was ready. The newspaper quoted a "
        "source close to the RSF as saying the group would attend the talks."
    )
    quote = only(quotes_of(nlp, text), "would attend")
    assert quote.speaker_kind == "anonymous"
    assert quote.speaker_actor == "RSF"
    assert quote.via == "SUDAN-TRIBUNE"


def test_a_headline_attributed_to_state_tv_is_the_state_media(nlp):
    text = (
        "Iran rejects nuclear plan, state TV says\n"
        "TEHRAN – The talks in Muscat ended on Sunday without a date for another round."
    )
    quote = only(quotes_of(nlp, text), "rejects nuclear plan")
    assert quote.speaker_actor == "IRN.MED"
    assert quote.kind == "indirect"


def test_people_familiar_with_the_talks_are_anonymous(nlp):
    text = (
        "Ceasefire talks between the army and the rebels ended in Geneva. Two people familiar "
        "with the talks said a draft was exchanged."
    )
    quote = only(quotes_of(nlp, text), "draft was exchanged")
    assert quote.speaker_kind == "anonymous"


def test_an_embedded_post_is_a_direct_statement_dated_by_the_post(nlp):
    text = (
        "Ceasefire talks between the army and the rebels ended in Nairobi on Sunday.\n\n"
        "We will not accept any plan that ignores our sovereignty. pic.twitter.com/abc123\n"
        "— Kenya's Ministry of Foreign Affairs (@MFA_Kenya) May 6, 2024\n\n"
        "The talks are expected to resume in June."
    )
    quote = only(quotes_of(nlp, text), "ignores our sovereignty")
    assert quote.kind == "direct"
    assert quote.speaker == "Kenya's Ministry of Foreign Affairs"
    assert quote.speaker_actor == "KEN.GOV"
    assert str(quote.date) == "2024-05-06"
    assert "pic.twitter" not in quote.content


def test_an_unattributed_quote_in_the_next_paragraph_is_a_quote_of_its_own(nlp):
    text = (
        "Ceasefire talks between the army and the rebels went on in Geneva.\n\n"
        "“We have a text but not yet a deal,” the envoy Lena Varga said on Monday.\n\n"
        "“The border clause stays open. We meet again in a week.”"
    )
    quotes = quotes_of(nlp, text)
    first = only(quotes, "not yet a deal")
    second = only(quotes, "border clause")
    assert first is not second
    assert second.speaker == first.speaker == "Lena Varga"


def test_being_quick_to_claim_has_a_speaker(nlp):
    text = (
        "Ceasefire talks between the two sides ended in Geneva. Officials in N'Djamena were "
        "quick to claim that the other side had walked out."
    )
    quote = only(quotes_of(nlp, text), "walked out")
    assert quote.speaker_actor == "TCD.GOV"


def test_a_title_cut_off_by_an_abbreviation_still_names_the_side(nlp):
    text = (
        "Talks on shipping in the Red Sea stalled in Muscat. Houthi military spokesman Brig. "
        "Gen. Adam Yusuf said the rockets had hit the cargo ship."
    )
    quote = only(quotes_of(nlp, text), "hit the cargo ship")
    assert quote.speaker_actor == "HOUTHIS"


def test_a_negated_speech_verb_is_not_a_statement(nlp):
    text = (
        "Ceasefire talks between the army and the rebels resumed in Geneva. The army has "
        "never said that its envoys carry a mandate to sign."
    )
    assert not [q for q in quotes_of(nlp, text) if "mandate to sign" in q.content]


def test_a_quoted_label_after_a_possessive_keeps_reported_speech_indirect(nlp):
    text = (
        "Ceasefire talks between the army and the rebels resumed in Geneva. An official said "
        'the army would go ahead with its "operation in the north" as planned.'
    )
    quote = only(quotes_of(nlp, text), "go ahead")
    assert quote.kind == "indirect"


def test_a_statement_named_by_its_participle_is_its_issuers(nlp):
    text = (
        "The talks stalled in Geneva. Chad's foreign ministry issued a short statement "
        "dismissing the draft tabled by the mediators on Sunday."
    )
    quote = only(quotes_of(nlp, text), "dismissing the draft")
    assert quote.speaker_actor == "TCD.GOV"


def test_a_statement_saying_reports_its_clause(nlp):
    text = (
        "The talks stalled in Geneva. Niger's foreign ministry published a statement saying "
        "it would send no envoy until the shelling stops."
    )
    quote = only(quotes_of(nlp, text), "send no envoy")
    assert quote.speaker_actor == "NER.GOV"
    assert quote.content.startswith("it would")


def test_accused_x_of_y_with_of_on_the_object(nlp):
    text = (
        "Fighting resumed near the lake on Monday. A Chadian army officer accused the rebels "
        "of shelling two villages on the shore."
    )
    quote = only(quotes_of(nlp, text), "of shelling two villages")
    assert quote.content.startswith("the rebels")
    assert quote.speaker_actor == "TCD.MIL"


def test_a_statement_described_by_its_side_speaks_for_that_side(nlp):
    text = (
        "Ceasefire talks between the two armies resumed. The talks went on late into the "
        "night, a Chadian army statement said."
    )
    quote = only(quotes_of(nlp, text), "late into the night")
    assert quote.speaker_actor == "TCD.MIL"


def test_a_name_the_speaker_deals_with_is_not_the_speaker(nlp):
    """ "Mediators in the Libya talks", "the UN envoy to Yemen": the place names what the
    speaker works on, not whom the speaker speaks for."""
    mediators = only(
        quotes_of(nlp, "Mediators in the Libya talks said a new draft was ready."), "draft"
    )
    assert mediators.speaker_actor is None
    envoy = only(
        quotes_of(nlp, "The UN envoy to Yemen said both sides had accepted the truce."), "truce"
    )
    assert envoy.speaker_actor == "UN"


def test_an_unlisted_outlet_citing_someone_relays_the_cited_speaker(nlp):
    from accord.report import analyze

    text = (
        "Israel and Hamas held talks. Egypt's state-run Nile Star News TV, citing a senior "
        "official, reported that talks had resumed."
    )
    quotes = analyze(text, outlet="Wire", published="2025-03-14", nlp=nlp).quotes
    quote = next(q for q in quotes if "talks had resumed" in q.content)
    assert quote.speaker_kind == "anonymous"
    assert quote.via == "NILE-STAR-NEWS-TV"


def test_a_post_on_a_page_of_one_paragraph_a_line_is_only_the_lines_above_its_signature(nlp):
    # no blank line anywhere: the article's own paragraphs are no part of the post
    text = (
        "The Foreign Ministry of Kenya reports that it is worried that the rebels have walked "
        "out of the latest round of talks in Geneva, the only forum dealing with the war.\n"
        "The ministry said that the co-chairs had planned the session for early October "
        "and that leaving the talks was a blow to everyone involved in the process.\n"
        "We ask the rebels to come back to the table at once. pic.twitter.com/abc123\n"
        "— Jan Novak (@jannovak) October 7, 2020\n"
        "The ministry also asked the co-chairs to act."
    )
    posted = [q for q in quotes_of(nlp, text) if q.speaker == "Jan Novak"]
    assert [q.content for q in posted] == ["We ask the rebels to come back to the table at once."]


def test_a_broadcaster_named_in_apposition_is_that_outlet_never_an_earlier_group(nlp):
    from accord.report import analyze

    text = (
        "Ceasefire talks between Togo and the Volta Front rebels resumed in Accra. "
        "The talks would resume on Friday, the state broadcaster GBC said. "
        "The Ghana Times said the rebels had agreed. The newspaper said a deal was near."
    )
    quotes = analyze(text, nlp=nlp).quotes
    actors = {q.content.split()[1]: q.speaker_actor for q in quotes}
    assert actors["talks"] == "GBC"
    assert [q.speaker_actor for q in quotes if "deal was near" in q.content] == ["GHANA_TIMES"]


def test_a_state_agency_with_its_territory_as_possessor_is_no_outlet(nlp):
    from accord.report import analyze

    text = (
        "Ceasefire talks between Togo and the Volta Front rebels resumed in Accra. "
        "Togo's civil defence agency said five people were killed in the strike."
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_actor != "TOGO"


def test_an_unlisted_outlet_named_by_its_noun_relays_the_statement_it_reports(nlp):
    """ "Y said Z, the state broadcaster GBC reported": Y speaks, through an outlet no list
    has, and Z ends before the relay's own clause."""
    text = (
        "The delegations met in Accra. Togo's foreign minister said the talks would resume "
        "next week, the state broadcaster GBC reported."
    )
    quote = only(quotes_of(nlp, text), "resume next week")
    assert quote.speaker_actor == "TGO.GOV"
    assert quote.via == "GBC"
    assert quote.content.rstrip(" ,") == "the talks would resume next week"


def test_a_state_body_citing_someone_is_the_speaker_not_a_relay(nlp):
    # only a news outlet relays what it cites; a ministry, like a party, asserts it itself
    text = "The Ghanaian Foreign Ministry said, citing a border official, that the talks had ended."
    quote = only(quotes_of(nlp, text), "talks had ended")
    assert quote.speaker_actor == "GHA.GOV" and not quote.via
