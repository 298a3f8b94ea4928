"""Quotes and reported speech: marks, cues, speakers, follow-ups and relay chains."""

from __future__ import annotations

import json

import pytest

from accord.eval.scoring import score_report
from accord.extract.quotes.quotemarks import find_quoted
from accord.model import Document
from accord.report import analyze, analyze_documents


def quotes_of(nlp, text: str, outlet: str | None = "Example Wire", published="2025-03-14"):
    return analyze(text, outlet=outlet, published=published, nlp=nlp).quotes


def only(quotes, needle: str):
    found = [q for q in quotes if needle.lower() in q.content.lower()]
    assert len(found) == 1, [q.content for q in quotes]
    return found[0]


# --- quotation marks ----------------------------------------------------------------
def test_apostrophes_and_possessives_are_not_quote_marks():
    text = "Egypt’s envoy met the group' leaders and said “the door is open,” officials said."
    quoted = [q.text(text) for q in find_quoted(text)]
    assert quoted == ["the door is open,"]


def test_a_stray_mark_does_not_lose_the_other_quotes():
    text = 'He called it "a trap and left. Then she said "we will return" and "soon".'
    quoted = [q.text(text) for q in find_quoted(text)]
    assert "we will return" in quoted and "soon" in quoted


def test_quote_running_over_two_paragraphs_is_one_quote():
    text = "“The first part ends here.\n\n“The second part follows,” the envoy said."
    (quoted,) = find_quoted(text)
    assert quoted.text(text) == "The first part ends here. The second part follows,"
    assert len(quoted.pieces) == 2


# --- direct quotes --------------------------------------------------------------------
def test_direct_quote_split_around_the_cue(nlp):
    text = (
        "Ukrainian Foreign Minister Taras Bondar met his Turkish counterpart on Friday. "
        '"We came to listen," Bondar said, "and we will answer in writing."'
    )
    quote = only(quotes_of(nlp, text), "we came to listen")
    assert quote.kind == "direct"
    assert "answer in writing" in quote.content
    assert quote.speaker == "Taras Bondar"
    assert quote.cue == "said"


def test_direct_quote_after_cue_with_recipient(nlp):
    text = (
        "A senior Egyptian official, who told reporters in Cairo, "
        '"The mediators will meet again next week," declined to give details.'
    )
    quote = only(quotes_of(nlp, text), "mediators will meet again")
    assert quote.kind == "direct"
    assert quote.speaker_kind == "anonymous"
    assert quote.recipient == "reporters"


def test_scare_quotes_are_not_statements(nlp):
    text = 'The army described the raid as a "precise operation" against "terrorists" in Jenin.'
    assert not [q for q in quotes_of(nlp, text) if q.kind == "direct"]


# --- reported speech ------------------------------------------------------------------
def test_said_that_clause_is_indirect_with_speaker_actor(nlp):
    text = "The White House said on Monday that the ceasefire talks would resume in Doha."
    quote = only(quotes_of(nlp, text), "ceasefire talks would resume")
    assert quote.kind == "indirect"
    assert quote.speaker_actor == "USA.GOV"
    assert quote.speaker_kind == "institution"
    assert quote.date.isoformat() == "2025-03-10"


def test_fronted_statement_and_follow_up_resolve_to_the_earlier_speaker(nlp):
    text = (
        "The delegation will stay in Qatar for another day, a senior Israeli official said, "
        "as quoted by Reuters.\n"
        "A second round is planned for next month, the official added."
    )
    quotes = quotes_of(nlp, text)
    first = only(quotes, "stay in Qatar")
    second = only(quotes, "second round is planned")
    assert first.speaker_kind == "anonymous" and first.speaker_actor == "ISR.GOV"
    assert first.via == "REUTERS"
    assert second.speaker == first.speaker and second.speaker_actor == "ISR.GOV"
    assert second.via == "REUTERS"  # a follow-up keeps the chain it came through
    assert first.chain == [first.speaker, "Reuters", "Example Wire"]


def test_according_to_names_the_speaker(nlp):
    text = "According to the Kremlin, the two presidents will speak by phone on Tuesday."
    quote = only(quotes_of(nlp, text), "two presidents will speak")
    assert quote.cue == "according to"
    assert quote.speaker_actor == "RUS.GOV"


def test_according_to_no_one_is_no_quote(nlp):
    # a page cut off mid-attribution ("…, according to of") names no speaker
    text = "The note is drafted in third person and is never signed, according to of"
    assert not [q for q in quotes_of(nlp, text) if "never signed" in q.content]


def test_told_the_publishing_outlet_is_a_recipient_not_a_relay(nlp):
    text = 'A Hamas official told Example Wire, "We have received the new proposal."'
    quote = only(quotes_of(nlp, text), "received the new proposal")
    assert quote.recipient == "Example Wire"
    assert quote.via is None


def test_told_an_agency_is_the_relay(nlp):
    text = "Kremlin spokesman Dmitry Orlov told Reuters that Moscow was ready for a new round."
    quote = only(quotes_of(nlp, text), "ready for a new round")
    assert quote.via == "REUTERS"
    assert quote.speaker == "Dmitry Orlov"


def test_mixed_quote_holds_the_speakers_own_words(nlp):
    text = 'Kazakhstan\'s foreign minister said the process was "painfully slow" but alive.'
    quote = only(quotes_of(nlp, text), "the process was")
    assert quote.kind == "mixed"


def test_headline_forms(nlp):
    text = "Erdogan: Ankara is ready to host the talks\nTurkey said it had invited both sides."
    quote = only(quotes_of(nlp, text), "ready to host the talks")
    assert quote.cue == ":"
    assert quote.speaker == "Erdogan"


def test_pronoun_follow_up_after_a_direct_quote(nlp):
    text = (
        "Iranian Foreign Minister Ali Rahimi arrived in Muscat on Saturday.\n"
        '"We are here to negotiate, not to surrender," he said.'
    )
    quote = only(quotes_of(nlp, text), "here to negotiate")
    assert quote.speaker == "Ali Rahimi"


def test_a_pronoun_follows_up_the_name_in_apposition_to_a_subject(nlp):
    text = (
        "Ghana and Togo held ceasefire talks in Accra on Monday.\n"
        "The head of the Ghanaian delegation, Kofi Mensah, believes a deal can be signed "
        'quickly: "We are optimistic," he said.'
    )
    quote = only(quotes_of(nlp, text), "We are optimistic")
    assert quote.speaker == "Kofi Mensah"


def test_a_titled_office_speaks_for_the_state_in_view(nlp):
    """ "The President's Office" names no country: it is the government of the state the
    text is about, as "the government" would be (never one fixed country's)."""
    for country, actor in (("Togo", "TGO.GOV"), ("Ghana", "GHA.GOV")):
        text = (
            f"{country} held ceasefire talks with the Volta Front in Kpalime.\n"
            "The President's Office said the talks would resume on Monday."
        )
        quote = only(quotes_of(nlp, text), "the talks would resume")
        assert quote.speaker_actor == actor


def test_quote_spans_mark_the_quoted_voice(nlp):
    from accord.nlp.pipeline import make_doc

    text = 'The UN said the convoy "could not pass" the checkpoint.'
    doc = nlp(make_doc(nlp, Document.from_text(text)))
    analysis = doc._.accord
    start = text.index("could")
    assert analysis.quote_at(start) == analysis.quotes[0].id
    assert analysis.quote_at(text.index("The UN")) is None


# --- the seed ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_score(nlp, seed_path, seed_gold_path):
    gold = json.loads(seed_gold_path.read_text(encoding="utf-8"))
    document = Document.from_text(
        seed_path.read_text(encoding="utf-8"), outlet=gold["outlet"], published=gold["published"]
    )
    report = next(analyze_documents([document], nlp))
    return score_report(gold, report), report


def test_seed_quotes_meet_the_targets(seed_score):
    score, _ = seed_score
    assert score.quotes.f1 >= 0.9
    assert score.quote_kind.value >= 0.9
    assert score.quote_via.value >= 0.9


def test_seed_every_quote_has_evidence_spans(seed_score):
    _, report = seed_score
    for quote in report.quotes:
        assert quote.content_span is not None and quote.speaker_span is not None
        assert quote.evidence and quote.evidence[0].rule.startswith("quotes.")
        assert quote.chain[-1] == "Al Mayadeen English"


def test_abbreviated_title_and_a_quote_that_goes_on(nlp):
    text = (
        '"We will be in Doha on Sunday," army spokesman Brig. Gen. Omar Salih said. '
        '"The ceasefire must come first."'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Omar Salih"
    assert "ceasefire must come first" in quote.content  # one statement, two sentences


@pytest.mark.parametrize(
    ("text", "needle", "actor"),
    [
        (
            "The Rapid Support Forces attacked the city. "
            "A paramilitary official said the assault would go on.",
            "assault would go on",
            "RSF",
        ),
        (
            "The M23 rebels took the town. Rebel sources said talks were off.",
            "talks were off",
            "M23",
        ),
        (
            "Sudan's army shelled the bridge. Military sources said the army had retaken it.",
            "retaken",
            "SDN.MIL",
        ),
    ],
)
def test_a_described_speaker_speaks_for_the_actor_the_description_refers_to(
    nlp, text, needle, actor
):
    assert only(quotes_of(nlp, text), needle).speaker_actor == actor


def test_a_named_speaker_keeps_the_name_before_its_appositive_title(nlp):
    text = (
        "The Rapid Support Forces attacked the city. "
        "Omar Haddad, the paramilitary's chief negotiator, said talks would resume."
    )
    quote = only(quotes_of(nlp, text), "talks would resume")
    assert quote.speaker == "Omar Haddad"


def test_a_role_refers_back_only_to_a_speaker_of_that_role(nlp):
    text = (
        "Israel and Hamas held talks in Cairo on Monday. Two people familiar with the talks "
        "said a deal was close. “We will not surrender,” the commander said."
    )
    quote = only(quotes_of(nlp, text), "not surrender")
    assert quote.speaker == "commander"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Norway and Cuba mediated the talks in Havana. The mediators said a deal was close.",
            "NOR.GOV",
        ),
        ("Talks under Qatari mediation resumed. Mediators said a deal was close.", "QAT.GOV"),
        ("The talks resumed in Havana. Mediators said a deal was close.", None),
    ],
)
def test_the_mediators_are_those_shown_mediating_before(nlp, text, actor):
    assert only(quotes_of(nlp, text), "deal was close").speaker_actor == actor


def test_a_dateline_is_no_part_of_a_fronted_statement(nlp):
    text = (
        "Iran rejects US proposal, state TV says\n"
        "TEHRAN (Wire) - Iran has rejected a US proposal on its nuclear program, state "
        "television reported on Monday.\n"
    )
    quote = only(quotes_of(nlp, text), "nuclear program")
    assert quote.content.startswith("Iran has rejected")
    assert quote.speaker_actor == "IRN.MED"


def test_a_dateline_of_several_words_is_no_part_of_the_speaker(nlp):
    from accord.report import analyze

    report = analyze(
        "ADDIS ABABA, Oct 2 (Wire) - Peru accused Chile on Thursday of preparing a war.\n",
        outlet="Wire",
        published="2025-10-02",
        nlp=nlp,
    )
    assert [q.speaker for q in report.quotes] == ["Peru"]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("“We have a deal,” lamented Ama Owusu, the head of the Togolese team.", "We have a deal"),
        ("“A momentous step,” Ama Owusu of the Volta Front celebrated.", "A momentous step"),
        ("Ama Owusu complained that the Togolese side had stalled the talks.", "had stalled"),
    ],
)
def test_a_less_common_speech_verb_still_attributes_the_quote(nlp, sentence, content):
    text = "Ceasefire talks between Togo and the Volta Front resumed in Accra on Monday. "
    quote = only(quotes_of(nlp, text + sentence), content)
    assert quote.speaker.startswith("Ama Owusu")


def test_according_to_a_source_a_commitment_is_what_the_source_says(nlp):
    text = (
        "Ceasefire talks between Togo and the Volta Front resumed in Accra on Monday. "
        "According to a statement from the Togolese government, both sides pledged to meet "
        "again next week."
    )
    quote = only(quotes_of(nlp, text), "meet again")
    assert quote.speaker_actor == "TGO.GOV" and quote.content.startswith("both sides pledged")
    relayed = text.replace("a statement from the Togolese government", "Reuters")
    quote = only(quotes_of(nlp, relayed), "meet again")
    assert quote.speaker == "both sides"


def test_a_verbless_headline_statement_before_its_cue_is_quoted(nlp):
    text = (
        "Togo and Benin still members, ECOWAS insists\n"
        "Ceasefire talks between Togo and the Volta Front resumed in Accra on Monday."
    )
    quote = only(quotes_of(nlp, text), "still members")
    assert quote.speaker_actor == "ECOWAS"


def test_an_agencys_trailing_report_is_a_relay_not_the_statement(nlp):
    text = (
        "Ceasefire talks between Togo and the Volta Front resumed in Accra on Monday. "
        "Information Minister Kofi Mensah said on Friday after a cabinet meeting that "
        "ministers reviewed the army's proposal and approved it, the Ghana News Agency reported."
    )
    quotes = quotes_of(nlp, text)
    assert not [q for q in quotes if "News Agency reported" in q.content]
    quote = only(quotes, "reviewed the army's proposal")
    assert quote.speaker.endswith("Mensah") and quote.content.startswith("ministers")


@pytest.mark.parametrize(
    ("said", "needle", "speaker"),
    [
        # the cue read as a participle of the name right before it
        (
            "“We have a deal for the hostages in the region,” Mensah posted on his social "
            "media site. “They will be released shortly. Thank you!”",
            "We have a deal",
            "Mensah",
        ),
        # … or of the last noun of the name's apposition
        (
            "“Taken together, these gestures represent significant progress,” analyst Ama "
            "Owusu, researcher at the International Crisis Group, highlighted on Monday.",
            "significant progress",
            "Ama Owusu",
        ),
    ],
)
def test_the_speaker_of_a_trailing_cue_the_parser_hung_on_a_noun(nlp, said, needle, speaker):
    text = "Talks between Togo and the Volta Front resumed in Accra on Monday.\n" + said
    assert only(quotes_of(nlp, text), needle).speaker == speaker


def test_the_that_clause_of_a_claim_a_cue_takes_is_the_statement(nlp):
    text = (
        "Talks between Togo and the Volta Front resumed in Accra on Monday. Togo's Foreign "
        "Minister Kofi Mensah has denied Ghanaian President Ama Owusu's claim that a ceasefire "
        "agreement has been reached."
    )
    quote = only(quotes_of(nlp, text), "ceasefire agreement has been reached")
    assert quote.speaker == "Kofi Mensah" and quote.content.startswith("a ceasefire")


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement issued hours later, Ama Owusu made it clear that no such deal was reached.",
        "Ama Owusu made clear that no such deal was reached.",
    ],
)
def test_made_it_clear_that_states_its_clause(nlp, sentence):
    text = "Talks between Togo and the Volta Front resumed in Accra on Monday. " + sentence
    quote = only(quotes_of(nlp, text), "no such deal")
    assert quote.content.startswith("no such deal") and quote.speaker == "Ama Owusu"


def test_making_progress_is_no_statement(nlp):
    text = "Talks between Togo and the Volta Front resumed. The army made progress in the north."
    assert not quotes_of(nlp, text)
