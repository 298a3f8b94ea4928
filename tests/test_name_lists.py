"""Names in a comma list that the parser reads as appositions (accord.nlp.lists)."""

import pytest

from accord.report import analyze


@pytest.mark.slow
def test_a_name_in_the_middle_of_a_list_is_a_member_not_an_apposition(nlp):
    report = analyze(
        "The meeting was attended by representatives from Greece, Turkey, and Britain.", nlp=nlp
    )
    attending = {s.party for s in report.stances if s.stance == "attending"}
    assert attending == {"GRC.GOV", "TUR.GOV", "GBR.GOV"}


@pytest.mark.slow
def test_a_describing_apposition_stays_an_apposition(nlp):
    doc = nlp("The talks were attended by Kofi Mensah, President of Ghana, and Yao Agbo.")
    president = next(t for t in doc if t.text == "President")
    assert president.dep_ != "conj"


@pytest.mark.slow
def test_a_list_that_goes_on_from_the_middle_name_keeps_every_member(nlp):
    report = analyze(
        "The envoy said that Ghana, Togo, and other West African states had “embraced” the truce.",
        nlp=nlp,
    )
    accepted = {s.party for s in report.stances if s.stance == "accepted"}
    assert {"GHA.GOV", "TGO.GOV"} <= accepted


@pytest.mark.slow
def test_a_described_acronym_in_a_list_is_a_member(nlp):
    # the tagger reads "ECOWAS" as a common noun here; it is still a name in the list
    mediating = _mediating(
        nlp,
        "The talks between Ghana and Togo are being mediated by a delegation from Norway, "
        "the West African bloc ECOWAS, and Kenya.",
    )
    assert {"NOR.GOV", "ECOWAS", "KEN.GOV"} <= mediating


@pytest.mark.slow
def test_a_last_name_the_parser_hung_elsewhere_rejoins_the_list(nlp):
    # the parser hangs "Benin" on the verb and "ECOWAS" on "Togo": all three mediate
    report = analyze(
        "The peace talks in Lome are being mediated by a delegation from Togo, the regional "
        "bloc ECOWAS, and Benin, the Ghana News Agency reported.",
        nlp=nlp,
    )
    mediators = {e.source for e in report.events if e.action == "CONSULT"}
    assert mediators == {"TGO.GOV", "ECOWAS", "BEN.GOV"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("place", "bloc"),
    [
        ("Benin's main port city of Cotonou", "West African trade bloc ECOWAS"),
        ("Togo's capital", "East African trade bloc IGAD"),
    ],
)
def test_a_middle_name_the_parser_hung_on_the_verb_rejoins_the_list(nlp, place, bloc):
    # the parser reads the bloc as an adverbial noun or a conjunct of the verb, and "Norway"
    # as its conjunct: all three mediate
    mediating = _mediating(
        nlp,
        "Ghana and the Volta Front began peace talks on Tuesday. "
        f"The peace talks in {place} are being mediated by a delegation from the US, the "
        f"{bloc}, and Norway, the Accra Standard reported on Wednesday.",
    )
    assert {"USA.GOV", bloc.split()[-1], "NOR.GOV"} <= mediating


def _mediating(nlp, text: str) -> set[str]:
    """The parties the report's stances show mediating."""
    return {s.party for s in analyze(text, nlp=nlp).stances if s.stance == "mediating"}


@pytest.mark.slow
def test_a_list_of_named_groups_keeps_every_member(nlp):
    # the parser hangs "Volta militias" (a group a name heads) on the army's acronym as an
    # apposition, and the rest of the list on it
    doc = nlp(
        "The Front condemned military actions by FARDC, Volta militias, the TNF, "
        "and Togolese troops."
    )
    members = {t.text for t in doc if t.dep_ == "conj"}
    assert {"militias", "TNF", "troops"} <= members
