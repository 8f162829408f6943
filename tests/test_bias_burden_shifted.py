"""A schedule with its days named, and the burden it is said to put on others (scripts/bias_round27c_probe.py).

A word of schedule in a clause that names its days states a schedule (_Checker._inert_cues, _days_named), but a
relative or result clause after the characteristic whose subject is other people, with an obligation and a verb
of carrying or covering ("which the rest of the team has to absorb", "so colleagues must cover", "and others pick
up the slack") blames the characteristic for a burden on them (_Checker._burden_shifted, through _costs;
vocabularies burden_openers, burden_bearers, burden_obligations, burden_verbs, burden_loads). Days named with a
quantifier of an indefinite number ("on some afternoons", "certain evenings") are a frequency, not a stated
schedule (vocabulary vague_quantifiers). Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


def categories(text: str) -> list[str]:
    return [f.category for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Dov finishes early on Fridays for Shabbat, which the rest of the night crew has to absorb.",
         "religion"),
        ("Samira leaves early on Thursdays for prayers, so her teammates need to cover the late calls.",
         "religion"),
        ("Lukas does the school run on Mondays and Wednesdays, and the others pick up the slack at the counter.",
         "family_status"),
        ("Hamid leaves early for prayers on certain afternoons and the shift report is late when he does.",
         "religion"),
    ],
)
def test_a_schedule_blamed_for_a_burden_on_others_is_flagged(text: str, category: str) -> None:
    assert categories(text) == [category]


@pytest.mark.parametrize(
    "text",
    [
        # the same schedules with determinate days and no burden
        "Dov finishes early on Fridays for Shabbat and covers the Sunday morning shift.",
        "Samira leaves early on Thursdays for prayers; Bea takes the late calls on those days, as agreed.",
        "Lukas does the school run on Mondays and Wednesdays and starts at 9:45 on those days.",
        # a burden on others with another cause, in its own sentence
        "Hamid leaves early for prayers on Fridays. After the courier strike the rest of the depot had to absorb "
        "the returns for a month.",
    ],
)
def test_a_schedule_with_no_burden_stays_clean(text: str) -> None:
    assert flags(text) == []


def test_round27c_probe_figures() -> None:
    probe = load_script("scripts/bias_round27c_probe.py")
    assert probe.figures() == {"BU": (6, 7, 0), "FU": (6, 7, 1)}
