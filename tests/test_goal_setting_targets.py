"""Having or setting targets, goals, objectives or KPIs ("Every team will have targets in sales and service this
year.") says that goals will exist, not how far anything moves: no measure. The same subjects with an amount are
measurable. Rows from scripts/goals_round25_class_probe.tsv; each case asserts all five SMART verdicts (reference date
2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Every team will have targets in sales and service this year.", "S.A.T"),
        ("All departments will have key performance indicators for safety and quality.", "S.A.."),
        ("Every manager will agree objectives with their staff this year.", "S.A.T"),
        ("Each ward will have improvement goals for falls and pressure ulcers.", "S.A.."),
    ],
)
def test_having_or_setting_goals_is_no_measure(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Every team will cut missed deadlines by 10%.", "SMA.."),
        ("All schools will raise attendance to 95%.", "SMA.."),
        # a plan is still a deliverable
        ("Publish the strategic plan by June 2027.", "SMA.T"),
    ],
)
def test_an_amount_or_a_plan_is_still_measured(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
