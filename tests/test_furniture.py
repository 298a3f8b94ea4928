"""Page furniture (captions, credits, teasers, tickers, disclaimers, banners, timestamps) is not
article text: nothing is extracted from it, and the report still lists it by kind."""

import pytest

from accord.nlp.furniture import classify_line, furniture_lines


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Delegates arrive for talks in Nairobi, March 3, 2026. REUTERS/Jane Doe", "caption"),
        ("A soldier stands guard near the border (AP Photo/John Roe)", "caption"),
        ("FILE PHOTO: The foreign minister speaks to reporters in Geneva", "caption"),
        ("FILE - Togolese troops patrol near the border town of Aflao in 2023.", "caption"),
        ("Delegates leave the hall in Accra after the talks. (AP Photo)", "caption"),
        ("Rebel fighters patrol the town. Photo by Sam Poe/AFP via Getty Images", "caption"),
        ("(Reporting by Ana Lopez; Editing by Tom Hale)", "credit"),
        ("Additional reporting by Omar Said in Cairo", "credit"),
        ("By Jane Doe | Staff Writer", "credit"),
        ("By AFP", "credit"),
        ("3 Min Read", "credit"),
        ("Related: Rebels reject truce offer after border clashes", "teaser"),
        ("READ MORE: Ministers to meet again next week", "teaser"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "disclaimer"),
        (
            "(This story has not been edited by our staff and is auto-generated from a "
            "syndicated feed.)",
            "disclaimer",
        ),
        ("(This version of the story corrects the spelling of the envoy's name)", "disclaimer"),
        ("We use cookies to improve your experience. Accept all", "banner"),
        ("Share | Tweet | Email", "banner"),
        ("December 31, 2013 / 2:25 PM / 4 years ago", "timestamp"),
        ("Tuesday, 7 January 2014 09:12 GMT", "timestamp"),
        ("READ: Kenyan envoy meets rebels in Nairobi", "teaser"),
        (
            "Troops patrol the border near Kassala on Monday [Jane Roe/AFP]",
            "caption",
        ),
        (
            "Kenya's foreign minister shakes hands with a rebel envoy in Nairobi, Kenya, "
            "on Thursday, March 5, 2026.",
            "caption",
        ),
        ("Families queue for water at a camp near the river. Image Credit: AFP", "caption"),
        ("Envoys leave the palace after the second round of talks. AFP PHOTO", "caption"),
        ("Delegates walk to the conference hall in Oslo. Photo: Sam Poe", "caption"),
        (
            "A still image taken from a video released by the army shows troops near Lome",
            "caption",
        ),
        (
            "Ghana's president (pictured in Accra on May 2) urged both sides to talk",
            "caption",
        ),
        ("Today: March 28, 2025", "banner"),
        (
            "Togo's envoy and Ghana's foreign minister sign the accord in Lome. "
            "Photo courtesy of the Togolese Foreign Ministry.",
            "caption",
        ),
        (
            "Cocoa prices climb  • Black Stars to face Togo in friendly  • Ghana holds "
            "rates  • Volta floods ease",
            "ticker",
        ),
    ],
)
def test_furniture_kinds(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the rebels had withdrawn from the town.",
        "NAIROBI, March 3 (Reuters) - The government and the rebels agreed on a truce.",
        "Rebels reject truce offer",  # a headline
        "The minister said the photo released by the army was taken last year.",
        "Talks resumed on Monday at 10 a.m. in Doha, mediators said.",
        "The truce was signed in Nairobi on March 5, 2026.",
        "GOMA, Congo, May 6 (AP) — Fighting resumed near the city.",
        "Ghana's president (pictured) urged both sides to return to the talks.",
        "Today, the two delegations met in Accra.",
        "Files released by the ministry show the convoy left Lome on Monday.",
        "The minister said a photo courtesy of a local journalist showed the convoy in Lome.",
        "Talks resumed • officials said the two delegations met in Accra.",
    ],
)
def test_article_text_is_not_furniture(line):
    assert classify_line(line) is None


def test_a_date_stamp_running_into_a_line_covers_only_itself():
    text = " date 2026-03-05 Rebels and government resume talks in Oslo\n\nBody sentence one.\n"
    assert furniture_lines(text) == [(1, 16, "timestamp")]
    assert text[1:16] == "date 2026-03-05"


def test_a_headline_shaped_line_inside_the_body_is_an_inline_heading():
    text = (
        "Rebels and government resume talks\n\n"
        "The two delegations met in Oslo on Monday for a second round of talks.\n\n"
        "Envoy visits border town in surprise trip\n\n"
        "The talks continue on Tuesday, a mediator said.\n"
    )
    start = text.index("Envoy")
    assert furniture_lines(text) == [(start, start + 41, "inline_heading")]


def test_furniture_lines_give_character_ranges():
    text = "Headline of the story\nBody sentence one.\n(Reporting by Ana Lopez)\n"
    assert furniture_lines(text) == [(41, 65, "credit")]
    assert text[41:65] == "(Reporting by Ana Lopez)"


ARTICLE = (
    "Government and rebels agree to resume talks\n"
    "NAIROBI, March 3 (Reuters) - The Ethiopian government and the Tigray People's "
    "Liberation Front agreed on Tuesday to resume talks in Nairobi, the African Union said.\n"
    "Delegates of the Ethiopian government shake hands after they signed the truce in "
    "Pretoria. REUTERS/Jane Doe\n"
    "Related: Sudan's army rejects the ceasefire proposal, says the rebels attacked Khartoum\n"
    '"We will return to the table next week," the government\'s negotiator told reporters.\n'
    "(Reporting by Ana Lopez; Editing by Tom Hale)\n"
)


@pytest.mark.slow
def test_nothing_is_extracted_from_furniture():
    from accord.report import analyze

    report = analyze(ARTICLE, outlet="Reuters", published="2026-03-03")
    marked = [(s.text.split()[0], s.furniture) for s in report.sentences if s.furniture]
    # the caption's two sentences are both caption; the body's sentences are not furniture
    assert marked == [
        ("Delegates", "caption"),
        ("REUTERS/Jane", "caption"),
        ("Related:", "teaser"),
        ("(Reporting", "credit"),
    ]
    furniture_starts = [s.start for s in report.sentences if s.furniture]
    furniture_ends = [s.end for s in report.sentences if s.furniture]
    spans = [(a, b) for a, b in zip(furniture_starts, furniture_ends, strict=True)]

    def inside(start):
        return any(a <= start < b for a, b in spans)

    items = (
        [e for ev in report.events for e in ev.evidence]
        + [e for q in report.quotes for e in q.evidence]
        + [e for s in report.stances for e in s.evidence]
    )
    assert items, "the article body itself yields records"
    assert not [e.text for e in items if inside(e.start)]
    assert not [
        q.content for q in report.quotes if "rejects" in q.content or "attacked" in q.content
    ]
    assert any("return to the table" in q.content for q in report.quotes)


@pytest.mark.slow
def test_the_text_after_a_date_stamp_is_read_as_its_own_sentence():
    from accord.report import analyze

    text = (
        " date 2026-03-05 Kenya hosts talks between Sudan's army and the RSF in Nairobi\n\n"
        "Delegations of the army and the paramilitary group met on Thursday in Nairobi.\n"
    )
    report = analyze(text, outlet="Example Wire", published="2026-03-05")
    first, second = report.sentences[:2]
    assert (first.text, first.furniture) == ("date 2026-03-05", "timestamp")
    assert second.text.startswith("Kenya hosts") and second.headline and not second.furniture
    assert any(e.start == second.start for ev in report.events for e in ev.evidence)
