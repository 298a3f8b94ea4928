"""The country vocabulary: demonyms, capitals, short names and state bodies of every state.

News names a state by its people ("Togolese"), its capital ("Ouagadougou"), a short name
("Congo-Brazzaville") or a body's proper name ("the Tatmadaw"); each resolves to the
state's neutral id, while capitals that are also common words or other places stay
unresolved.
"""

from __future__ import annotations

import pytest

from accord.resolve.actors import resolve_phrase


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        # demonyms with a sector noun, and a plural demonym as the people
        ("the Togolese government", "TGO.GOV"),
        ("Malawian officials", "MWI.GOV"),
        ("Bissau-Guinean troops", "GNB.MIL"),
        ("the Ecuadorian police", "ECU.COP"),
        ("Sahrawis", "ESH"),
        ("Papua New Guinean ministers", "PNG.GOV"),
        # border guards are their state's police, on each side of a border
        ("the Border Security Force", "IND.COP"),
        ("Pakistan Rangers", "PAK.COP"),
        ("Border Guard Bangladesh", "BGD.COP"),
        ("the CPC Central Committee", "CHN.GOV"),
        # capitals and seats of government as metonyms
        ("Libreville", "GAB.GOV"),
        ("Port Sudan", "SDN.GOV"),
        ("Nuku'alofa", "TON.GOV"),
        ("Cotonou", "BEN.GOV"),
        # short names
        ("Congo-Brazzaville", "COG.GOV"),
        ("Congo-Kinshasa", "COD.GOV"),
        ("Swaziland", "SWZ.GOV"),
        ("the Vatican", "VAT.GOV"),
        # state bodies by their proper names
        ("the Sudanese Armed Forces", "SDN.MIL"),
        ("the ENDF", "ETH.MIL"),
        ("SSPDF soldiers", "SSD.MIL"),
        ("Villa Somalia", "SOM.GOV"),
        ("the Casa Rosada", "ARG.GOV"),
        ("OFAC", "USA.GOV"),
        # a name stored with a possessive clitic matches the split words
        ("Uganda People's Defence Forces", "UGA.MIL"),
        ("the Korean People's Army", "PRK.MIL"),
        # partially recognised states have ids of their own
        ("Somaliland", "SOMALILAND"),
        ("the Donetsk People's Republic", "DPR"),
    ],
)
def test_state_names_resolve(phrase: str, actor: str) -> None:
    assert resolve_phrase(phrase) == actor


@pytest.mark.parametrize(
    "phrase",
    ["Kingston", "Victoria", "a male nurse", "Georgetown", "foreign ministers", "Miraflores"],
)
def test_ambiguous_place_names_stay_unresolved(phrase: str) -> None:
    """Capitals that are common words or names of other places name no state."""
    assert resolve_phrase(phrase) is None


@pytest.mark.parametrize(
    ("lower", "proper", "actor"),
    [
        ("the turkey", "Turkey", "TUR.GOV"),
        ("chad", "Chad", "TCD.GOV"),
        ("jersey", "Jersey", "JEY.GOV"),
    ],
)
def test_country_names_in_lower_case_are_common_words(lower: str, proper: str, actor: str) -> None:
    """News capitalises a country's name; "the turkey" or "his jersey" names no state."""
    assert resolve_phrase(lower) is None
    assert resolve_phrase(proper) == actor


def test_an_organisation_whose_short_name_is_a_country_code_is_no_state():
    from accord.resolve.actors import country_of, is_state

    # BRN is a Thai armed group's short name and Brunei's code; NLD a Myanmar party's and
    # the Netherlands': bare, the id is the organisation's; with a sector, the state's
    assert not is_state("BRN") and country_of("BRN") is None
    assert not is_state("NLD")
    assert is_state("BRN.GOV") and country_of("NLD.GOV") == "NLD"
    # a country code no organisation shares is the country as a whole
    assert is_state("MDA") and country_of("MDA") == "MDA"


def test_a_group_sharing_a_country_code_negotiates_as_itself(nlp):
    from accord.report import analyze

    report = analyze(
        "Thailand and the BRN resumed peace talks in Kuala Lumpur on Monday.",
        published="2024-05-06",
        nlp=nlp,
    )
    parties = {stance.party for stance in report.stances}
    assert "BRN" in parties and "BRN.GOV" not in parties
