"""A measure clause that names only an activity ("Grow loyalty, as measured by delighting customers through events.")
is a fake measure: it measures nothing, and its activity is neither the goal's deliverable nor a means that makes the
goal specific. One with a quantity ("as measured by newsletter sign-ups reaching 2,000", "a 10-point rise") gives the
goal its measure, and the "by" of a measure clause ("as measured by the annual engagement survey") is no deadline.
Rows from scripts/goals_round26_class_probe.tsv and scripts/goals_round26_check_probe.tsv; each case asserts all five
SMART verdicts (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Grow loyalty, as measured by delighting customers through events.", "..A.."),
        ("Strengthen community ties, as measured by hosting neighbourhood gatherings.", "..A.."),
        ("Boost team spirit, as measured by organising social events.", "..A.."),
        ("Improve customer trust, as evidenced by responding to every review online.", "..A.."),
        ("Improve staff morale, as measured by celebrating team successes.", "..A.."),
    ],
)
def test_an_activity_offered_as_a_measure_measures_nothing(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Grow loyalty, as measured by a 10-point rise in repeat-purchase rate.", "SMA.."),
        ("Build awareness, as measured by newsletter sign-ups reaching 2,000.", ".MA.."),
        ("Improve customer trust, as evidenced by repeat orders rising to 45% of sales.", "SMA.."),
        ("Improve staff morale, as measured by the annual engagement survey score rising from 62 to 70.", "SMA.."),
    ],
)
def test_a_measure_clause_with_a_quantity_measures(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
