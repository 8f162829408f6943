"""Time-bound: a quarter written year first, and a period heading spelled out that bounds the goal in time.

Texts drawn from scripts/goals_round20_probe.py and scripts/goals_round20_value_probe.py.

Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a quarter written year first is that year's quarter: past when it has ended, open otherwise
        ("Launch the partner portal in 2024 Q3.", "SMA.."),
        ("Migrate the CRM to the new vendor in 2025-Q2.", "SMA.."),
        ("Ship offline mode by 2027-Q3.", "SMA.T"),
        ("Hire 4 data engineers in 2026 Q4.", "SMA.T"),
        # quarter first reads the same
        ("Publish the accessibility audit in Q1 2024.", "SMA.."),
    ],
)
def test_a_year_first_quarter(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a period heading spelled out bounds the goal in time and is not part of the goal
        ("Fiscal Year 2018-2019 goal: Develop healthcare and institutional partnerships.", ".MA.."),
        ("Academic Year 2026-27 goal: Launch a peer tutoring center.", "SMA.T"),
        ("School Year 2027-2028 goal: Increase attendance to 95%.", "SMA.T"),
        ("Fiscal Year 2023-2024 goal: Reduce overtime hours by 10%.", "SMA.."),
    ],
)
def test_a_spelled_out_period_heading(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
