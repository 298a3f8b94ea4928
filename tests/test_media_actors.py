"""Media speak as media: a named outlet is never the state that owns or hosts it."""

import pytest

from accord.resolve.actors import resolve_phrase


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("Russia's TASS news agency", "TASS"),
        ("Turkey's Anadolu Agency", "ANADOLU"),
        ("Russian state news agency TASS", "TASS"),
        ("Qatar-based Al Jazeera", "ALJAZEERA"),
        ("Iranian state TV", "IRN.MED"),  # an unnamed state broadcaster is the state's media
        ("Israel's army", "ISR.MIL"),
    ],
)
def test_outlets_resolve_to_their_own_ids(phrase, actor):
    assert resolve_phrase(phrase) == actor
