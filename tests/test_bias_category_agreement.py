"""A flag on a labelled span carries the label's category: the longer idiom's rule wins the span over a shorter
term of another category inside it (round 30p probe)."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in check_bias(text).flags]


@pytest.mark.parametrize(("text", "expected"), [
    ("On the permit paperwork Gary is a real old woman and holds up every pour for a signature.",
     [("a real old woman", "gender_coded")]),
    ("Like a lot of the Polish lads on the night shift, Tomasz never complains about overtime.",
     [("Like a lot of the Polish lads", "race_ethnicity")]),
    ("For a mother of two, Dana is surprisingly quick to pick up the late calls.",
     [("For a mother", "family_status")]),
    ("Frank looks great for his age and still keeps up on the line.", [("his age", "age")]),
    ("He's a dad of young twins, though, so I wouldn't ask him to travel to the Dubai site.",
     [("twins, though, so I wouldn't ask him to travel to the Dubai site", "family_status")]),
])
def test_the_longer_idiom_sets_the_category(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize("text", [
    "Gary helped an old woman across the site entrance when the hoarding came down.",
    "Tomasz trained two of the Polish drivers on the new reach truck in March.",
    "The policy gives the same leave for a mother or a father.",
    "Frank's new rota looks great for the summer peak.",
])
def test_look_alikes_stay_clean(text: str) -> None:
    assert flags(text) == []


def test_round30p_probe_figures() -> None:
    probe = load_script("scripts/bias_round30p_probe.py")
    assert probe.figures() == {
        "OW": (3, 3, 0), "OWX": (2, 3, 1), "NG": (4, 4, 0), "NGX": (2, 3, 1),
        "MF": (2, 2, 0), "MFX": (2, 2, 0), "AL": (1, 1, 0), "ALX": (2, 2, 0),
    }
