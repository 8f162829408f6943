"""A span of years written with words ("over the 2026 to 2030 period", "over the period 2027 to 2029") or a named
school or financial year after "across" is a time frame that ends with its last year; a span already over, or a year
named as a baseline, is not. Rows from scripts/goals_round25_class_probe.tsv and scripts/goals_round25_check_probe.tsv;
each case asserts all five SMART verdicts (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Increase apprenticeship starts by 20% over the 2026 to 2030 period.", "SMA.T"),
        ("Reduce staff turnover to 12% across the 2026-27 school year.", "SMA.T"),
        ("Train 200 volunteers over the period 2027 to 2029.", "SMA.T"),
        ("Build 300 affordable homes over the 2018 to 2022 period.", "SMA.."),
        ("Reduce staff turnover to 12% across the 2024-25 school year.", "SMA.."),
        ("Raise reading scores by 6 points compared with the 2025-26 school year.", "SMA.."),
    ],
)
def test_year_spans(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
