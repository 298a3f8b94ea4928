from accord.nlp.segment import headline_lines


def test_first_line_without_full_stop_is_a_headline():
    text = (
        "Envoys meet in Geneva as truce nears\nThe envoys met on Monday. They talked.\nMore text."
    )
    assert headline_lines(text) == [(0, 36)]


def test_body_lines_and_the_last_line_are_not_headlines():
    text = "Officials met on Monday to discuss the truce.\nA second paragraph follows here"
    assert headline_lines(text) == []


def test_headline_is_its_own_sentence(nlp):
    from accord.report import analyze

    report = analyze(
        "Ministers say talks will resume\nThe ministers said talks would resume on Friday.",
        nlp=nlp,
    )
    assert report.sentences[0].text == "Ministers say talks will resume"
    assert report.sentences[0].headline
    assert not report.sentences[1].headline


def test_a_headline_is_one_sentence(nlp):
    from accord.report import analyze

    report = analyze(
        "News\nUS, Armenia to meet again after first round Georgia\n"
        "The first round of talks took place on Saturday.",
        nlp=nlp,
    )
    texts = [sentence.text for sentence in report.sentences]
    assert "US, Armenia to meet again after first round Georgia" in texts


def test_the_lead_after_a_dateline_is_a_sentence_of_its_own(nlp):
    # parsed with the dateline, "ACCRA" became a second subject of the lead's verb and the
    # lead's rebel group was read as no party
    text = (
        "ACCRA, Oct 29 (AP) – A major rebel group in Ghana on Wednesday announced a "
        "ceasefire with the military after Nigerian-mediated talks."
    )
    doc = nlp(text)
    assert [sentence.text for sentence in doc.sents][0] == "ACCRA, Oct 29 (AP) –"
    stances = {(s.party, s.stance) for s in doc._.accord.stances}
    assert ("GHA.MIL", "accepted") in stances and ("GHA.REB", "accepted") in stances


def test_a_dateline_below_a_headline_with_a_full_stop_is_found(nlp):
    from accord.nlp.datelines import dateline

    text = (
        "Nigeria mediated ceasefire between Ghanaian rebels and military.\n\n"
        "Accra, Oct 29 (AP/UNB) – A major rebel group in Ghana on Wednesday announced a "
        "ceasefire with the military."
    )
    doc = nlp(text)
    start, end = dateline(doc)
    assert text[start:end] == "Accra, Oct 29 (AP/UNB) – "
    assert ("GHA.REB", "accepted") in {(s.party, s.stance) for s in doc._.accord.stances}


def test_a_line_opening_with_no_place_is_no_dateline(nlp):
    from accord.nlp.datelines import dateline

    text = (
        "Talks resume in Lome.\n\n"
        "BREAKING NEWS – Ghana and Togo resumed talks on Monday, officials said."
    )
    assert dateline(nlp(text)) == (0, 0)


def test_a_dateline_ending_its_place_with_a_full_stop_is_found_and_the_lead_kept_whole(nlp):
    # the agency style "MOSCOW. May 18 (Interfax) -": cut from it, the lead was once split
    # after its first word, and the first signatory lost
    from accord.nlp.datelines import dateline

    text = (
        "ACCRA. March 13 (Agency) - Ghanaian President Kofi Mensah and Togolese President "
        "Ama Dzidzor have signed a border treaty, an agency correspondent reported."
    )
    doc = nlp(text)
    start, end = dateline(doc)
    assert text[start:end] == "ACCRA. March 13 (Agency) - "
    lead = [sentence.text for sentence in doc.sents][-1]
    assert lead.startswith("Ghanaian President Kofi Mensah and Togolese President")
    stances = {(s.party, s.stance) for s in doc._.accord.stances}
    assert {("GHA.GOV", "accepted"), ("TGO.GOV", "accepted")} <= stances


def test_a_line_s_first_sentence_does_not_end_after_its_first_word(nlp):
    # after a caption line the parser once cut "Israel | and Syria agreed …" (and "Addis |
    # Abeba — …"): the second word of a line starts no sentence unless the first ends one
    text = "Guns near the border. PIC/AFP\n\nGhana and Togo agreed to a ceasefire.\nYes. No."
    doc = nlp.get_pipe("accord_paragraphs")(nlp.make_doc(text))
    starts = {token.text: token.is_sent_start for token in doc}
    assert starts["Ghana"] is True and starts["and"] is False
    assert starts["No"] is not False  # "Yes." ends a sentence
