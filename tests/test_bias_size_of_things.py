"""Size and height words said of what a person wrote or made are about the thing, not the body (round 29h,
scripts/bias_round29h_probe.py): a noun for how the person comes across ('her emails', 'his replies') stands for
the person with trait words ('her tone is too emotional') but not with words about looks ('her after-call notes are
too short' is their length), and a hyphenated compound with a preposition part ('after-call', 'end-of-shift')
opens no prepositional phrase. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One gap: her after-call notes are sometimes too short for the next agent to pick up a callback.", []),
        ("Her follow-up emails are too short to be useful to the warehouse.", []),
        ("His replies to the tenants are sometimes too short, and two complaints came from that.", []),
        ("Her in-store displays are sometimes too tall for the aisle.", []),
        ("His end-of-shift handovers are too short for the incoming nurse.", []),
        ("Priya is too short to command the room.", [("appearance.body_size", "too short")]),
        ("He looks too heavy for the ramp work, so I have kept him on the dock.",
         [("appearance.body_size", "too heavy")]),
        ("The guy on the back-office team is too fat for the warehouse tours.", [("appearance.body_size", "too fat")]),
        ("Her tone in the supplier calls is too emotional.", [("gender_coded.emotional", "emotional")]),
        ("Her manner in client meetings is too emotional for a team lead.", [("gender_coded.emotional", "emotional")]),
    ],
)
def test_size_words_describe_bodies_and_trait_words_manners(text, expected):
    assert flags(text) == expected


def test_round29h_probe_every_set_right():
    probe = load_script("scripts/bias_round29h_probe.py")
    figures = probe.figures(probe.TSV, probe.SETS, probe.CLEAN)
    assert figures == {name: (total, total, 0) for name, (_, total, _) in figures.items()}
    assert sum(total for _, total, _ in figures.values()) == 24
