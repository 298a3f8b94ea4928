"""The gazetteer's conflict actors: groups of every region resolve to their own ids, and
groups with similar names stay apart."""

from __future__ import annotations

import pytest

from accord.data import load_data
from accord.resolve.actors import gazetteer, plover_code, resolve_phrase


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("the Estado Mayor Central", "EMC"),
        ("Segunda Marquetalia", "SEGUNDA_MARQUETALIA"),
        ("the Gulf Clan", "EGC"),
        ("the Clan del Golfo", "EGC"),
        ("Viv Ansanm", "VIV_ANSANM"),
        ("the Forces of Freedom and Change", "FFC"),
        ("the Justice and Equality Movement", "JEM"),
        ("the United Wa State Army", "UWSA"),
        ("the Karen National Liberation Army", "KNU"),  # an armed wing is its organisation
        ("the Tigray Defence Forces", "TPLF"),
        ("Islamic State Khorasan Province", "ISKP"),
        ("the Coalition of Patriots for Change", "CPC"),
        ("the Centre for Humanitarian Dialogue", "HD_CENTRE"),
        ("the Community of Sant'Egidio", "SANT_EGIDIO"),
        ("the Organization of American States", "OAS"),
        ("the UN Verification Mission in Colombia", "UN"),  # a UN mission is the UN
        ("SAMIDRC", "SADC"),
        ("Asaib Ahl al-Haq", "AAH"),
        ("the Libyan National Army", "LNA"),
        ("the Azov Brigade", "AZOV"),
        # names with a possessive are found as phrases split them ("Lord 's")
        ("the Lord's Resistance Army", "LRA"),
        ("the Tigray People’s Liberation Front", "TPLF"),
        ("the Sudan People's Liberation Movement-North", "SPLM_N"),
        ("the Lions' Den", "LIONS_DEN"),
        # a country's sub-national entity named by a neighbour's demonym is not that state
        ("the autonomous Serb region", "REPUBLIKA_SRPSKA"),
        ("the Bosnian Serb Republic", "REPUBLIKA_SRPSKA"),
        ("the UN nuclear watchdog", "IAEA"),
    ],
)
def test_conflict_groups_resolve_to_their_own_ids(phrase, actor):
    assert resolve_phrase(phrase) == actor


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a cartel and an armed group both named after the Gulf
        (("the Gulf Cartel", "GULF_CARTEL"), ("the Gulf Clan", "EGC")),
        # one acronym's spelling per group: Sudan's JEM and Pakistan's JeM
        (("JEM", "JEM"), ("JeM", "JEM_PAKISTAN")),
        # Islamic State provinces keep their own ids, apart from the core group
        (("Islamic State Central Africa Province", "ISCAP"), ("the Islamic State", "ISIS")),
        (("Islamic State West Africa Province", "ISWAP"), ("Islamic State Sahel Province", "ISSP")),
        # the Sudanese movement and South Sudan's opposition faction
        (("the SPLM-N", "SPLM_N"), ("the SPLM-IO", "SPLM_IO")),
    ],
)
def test_similar_names_stay_apart(one, other):
    assert resolve_phrase(one[0]) == one[1]
    assert resolve_phrase(other[0]) == other[1]


def test_national_groups_carry_their_country_and_outlets_are_media():
    assert plover_code("EMC") == "COL"
    assert plover_code("UWSA") == "MMR"
    assert plover_code("HD_CENTRE") == "NGO"
    assert plover_code("CELAC") == "IGO"
    assert gazetteer().lookup(["Radio", "Okapi"]).kind == "media"


def test_no_alias_names_two_organisations():
    """An alias is kept for the first organisation that lists it; a later organisation
    listing the same name would silently lose it, so none does."""
    owners: dict[str, str] = {}
    clashes = []
    for org in load_data("actors/organisations"):
        for alias in org.get("aliases", []) + org.get("weak", []):
            key = alias if alias.isupper() or len(alias) <= 3 else alias.lower()
            if owners.setdefault(key, org["id"]) != org["id"]:
                clashes.append((alias, owners[key], org["id"]))
    assert clashes == []


def test_an_organisation_listed_in_two_places_is_one_kind_of_actor():
    """The list is arranged by region, so an organisation may be listed again with more
    aliases; its kind and PLOVER code are the same wherever it is listed (a breakaway
    authority is not a political party in another section)."""
    seen: dict[str, tuple] = {}
    disagreements = []
    for org in load_data("actors/organisations"):
        described = (org.get("kind"), org.get("plover"))
        if seen.setdefault(org["id"], described) != described:
            disagreements.append((org["id"], seen[org["id"]], described))
    assert disagreements == []


@pytest.mark.slow
def test_a_name_spelt_out_in_full_is_not_its_sister_group(nlp):
    """The phrase read without its bracket would be another group's name; the full
    alias the text spells out decides."""
    from accord.model import Document
    from accord.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document.from_text("Troops attacked SPLM/A (IO) positions on Monday.")))
    assert [m.actor for m in doc._.accord.mentions if m.text.startswith("SPLM")] == ["SPLM_IO"]


def test_every_officeholder_acts_for_a_known_actor_and_is_listed_once():
    """A person stands for an organisation the gazetteer lists or a state body (a country
    code the gazetteer knows and one of its sectors); a name listed twice would silently
    keep its first actor, so none is."""
    organisations = {org["id"] for org in load_data("actors/organisations")}
    countries = {row[0] for row in load_data("actors/countries")}
    sectors = set(load_data("actors/sectors")["sectors"])
    unknown, listed, repeated = [], {}, []
    for name, actor in load_data("actors/officeholders"):
        country, _, sector = actor.partition(".")
        if actor not in organisations and not (country in countries and sector in sectors):
            unknown.append((name, actor))
        if listed.setdefault(name.lower(), actor) != actor:
            repeated.append((name, listed[name.lower()], actor))
    assert unknown == []
    assert repeated == []
