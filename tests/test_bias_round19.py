"""Round 19 bias classes (scripts/bias_round19_probe.py): appearance praised through a verb of looking or a
superlative '-looking' on a person; 'articulate'/'well-spoken' praise whose surprise is spelled out in a
comment after it; "you people" tied to where the person comes from. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    "text",
    [
        "The new dashboard looks great and the team uses it daily.",
        "Priya looks great on paper for the lead role, so let us interview her.",
        "The new hire looks great so far and has closed two tickets.",
        "Her deck looked lovely and the numbers held up under questioning.",
        "Thanks, the report looks great, Sam.",
        "The best looking proposal came from Dana's team.",
        "She looks great for the promotion after the year she has had.",
        "She is articulate, which made the client call easy.",
        "She is articulate, which I did not need to coach.",
        "He is articulate and we did not expect the client to push back so hard.",
        "He is well-spoken, which is why we put him on the client calls.",
        "Thank you people for staying late to finish the stock count.",
        "You people in IT never close the tickets on time, and Dana agrees.",
        "I told him that you people from head office would visit on Monday.",
    ],
)
def test_clean(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joan met her targets for the third year running. She always looks nice when the regional director "
         "visits.", [("appearance.looks_evaluative", "nice")]),
        ("Dear Aisha, thank you for presenting at the summit. You looked amazing on stage and the questions kept "
         "coming.", [("appearance.looks_evaluative", "amazing")]),
        ("Omar looked so dapper at the client dinner that the partners noticed.",
         [("appearance.looks_evaluative", "dapper")]),
        ("Carla is the best-looking rep on our team, and the buyers always ask for her.",
         [("appearance.looks", "best-looking")]),
        ("My nurse, Ada, is very articulate, which I honestly did not expect, and she explained every step.",
         [("race_ethnicity.well_spoken", "articulate")]),
        ("Marcus is well-spoken, something I didn't expect from his CV.",
         [("race_ethnicity.well_spoken", "well-spoken")]),
        ("He was far more articulate than I expected.",
         [("race_ethnicity.articulate", "articulate than I expected")]),
        ("I didn't expect her to be so articulate on the panel.",
         [("race_ethnicity.articulate", "didn't expect her to be so articulate")]),
        ("John is quick. You people from the islands bring good energy to the floor, but that is not enough.",
         [("race_ethnicity.you_people", "You people")]),
        ("Ana is reliable, though you people and your festivals leave the rota short every autumn.",
         [("race_ethnicity.you_people", "you people")]),
    ],
)
def test_judged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_probe_figures() -> None:
    probe = load_script("scripts/bias_round19_probe.py")
    assert probe.run() == {
        "looks_judged": (15, 16),
        "looks_clean": (0, 14),
        "articulate_judged": (9, 10),
        "articulate_clean": (0, 8),
        "you_people_judged": (8, 8),
        "you_people_clean": (0, 8),
    }
