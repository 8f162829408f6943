"""A period of someone's life or stay in care ("during the first month of their tenancy", "in the first week of
admission", "in the first ten days after birth") says when a service is given, not when the goal is done: no time
frame. A window from the same event ("within 2 days of admission"), a date, and a programme the goal is delivered
through ("Through the Warm Homes Fund, ...": no date either way) keep their readings. Rows from
scripts/goals_round26_class_probe.tsv and scripts/goals_round26_check_probe.tsv; each case asserts all five SMART
verdicts (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Check every patient for pressure sores in the first week of admission.", "SMA.."),
        ("Provide breastfeeding support to mothers in the first six weeks after birth.", "SMA.."),
        ("Offer each new tenant two welcome visits during the first month of their tenancy.", "SMA.."),
        ("Give every new mother a feeding check in the first ten days after birth.", "SMA.."),
        ("Screen all patients for delirium during the first three days of admission.", "SMA.."),
        ("Visit each resident twice during the first month of their stay.", "S.A.."),
    ],
)
def test_a_period_of_a_life_or_stay_is_no_time_frame(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Complete an admission assessment for every patient within 2 days of admission.", "SMA.T"),
        ("Through the Warm Homes Fund, insulate 120 council houses by March 2027.", "SMA.T"),
        ("Enrol 40 families in the cooking course by the end of the school year.", "SMA.T"),
        ("Through the Warm Homes Fund, insulate 120 council houses.", "SMA.."),
        ("Via the Open Doors scheme, place 15 apprentices with local employers.", "SMA.."),
    ],
)
def test_windows_dates_and_programmes_keep_their_readings(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
