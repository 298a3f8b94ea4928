"""Board roles: parties are the sides, mediators carry proposals, media are neither."""

from types import SimpleNamespace

from accord.corpuswide.roles import assign_roles


def _p(party, stance):
    return SimpleNamespace(party=party, stance=stance)


def test_sides_are_parties_and_a_third_party_proposing_is_a_mediator():
    positions = [
        _p("ISR.GOV", "rejected"),
        _p("HAMAS", "accepted"),
        _p("USA.GOV", "proposed"),  # a proposal from outside the sides: it carries it
        _p("QAT.GOV", "mediating"),
    ]
    parties, mediators = assign_roles({"HAMAS", "ISR"}, positions)
    assert parties == ["HAMAS", "ISR.GOV"]
    assert mediators == ["QAT.GOV", "USA.GOV"]


def test_media_are_never_parties_or_mediators():
    positions = [_p("RUS.GOV", "accepted"), _p("REUTERS", "mediating"), _p("TASS", "rejected")]
    parties, mediators = assign_roles({"RUS", "UKR"}, positions)
    assert parties == ["RUS.GOV"] and mediators == []


def test_one_misread_mediation_does_not_make_a_side_a_mediator():
    positions = [_p("RUS.GOV", "mediating"), _p("RUS.GOV", "accepted"), _p("RUS.GOV", "proposed")]
    parties, mediators = assign_roles({"RUS", "UKR"}, positions)
    assert parties == ["RUS.GOV"] and mediators == []


def test_a_host_that_only_attends_takes_no_role():
    positions = [_p("SDN.MIL", "attending"), _p("UN", "attending")]
    assert assign_roles({"SDN", "RSF"}, positions) == (["SDN.MIL"], [])


def test_a_party_in_one_process_can_mediate_another():
    as_side = assign_roles({"EGY", "ETH"}, [_p("EGY.GOV", "rejected")])
    as_mediator = assign_roles({"HAMAS", "ISR"}, [_p("EGY.GOV", "mediating")])
    assert as_side == (["EGY.GOV"], [])
    assert as_mediator == ([], ["EGY.GOV"])
