"""Round 31g classes (time_bound): a count of the goal's own acts per period ("Make 30 outbound prospecting calls per
day") is a cadence of the act, not an outcome rate; an act at each occurrence of an event ("before every flight",
"after each game") is a cadence (time-bound and a frequency), unless the goal moves a metric the event defines; the
whole of a year or a cadence over it ("for all of 2027", "in every month of 2027") bounds the goal while the year is
ahead. Each class with look-alikes that keep their reading.

Texts drawn from scripts/goals_round31g_probe.tsv. Each case asserts all five SMART verdicts of one goal (reference
date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Make 30 outbound prospecting calls per day.", "SMA.T"),
        ("Check 25 dispensed prescriptions against the original script each shift.", "SMA.T"),
        ("Photograph and catalogue 50 objects from the store every week.", "SMA.T"),
        # an outcome counted per period, a share, or a count that is not the opening verb's object
        ("Average 12 qualified leads generated per week.", "SMA.."),
        ("Increase daily active users from 3,000 to 4,500.", "SMA.."),
        ("Work more closely with the 3 regional sales teams on forecasting. Share the monthly numbers earlier.", "S.A.."),
    ],
)
def test_a_count_of_own_acts_per_period_is_a_cadence(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Brief the cabin crew on the safety demonstration before every flight.", "SMA.T"),
        ("Review match footage with the squad after each game.", "SMA.T"),
        # "every" as the scope of a standard, and a metric moved per event, need a by-when
        ("Make sure every agent follows the script on every call.", "SMA.."),
        ("Reduce turnaround time after every flight to 35 minutes.", "SMA.."),
    ],
)
def test_an_act_at_each_event_is_a_cadence(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Keep dispensing errors below 0.1% of items in every month of 2027.", "SMA.T"),
        ("Keep average speed of answer under 30 seconds for all of 2027.", "SMA.T"),
        # the same for a year that has ended, or as a baseline
        ("Keep dispensing errors below 0.1% of items in every month of 2025.", "SMA.."),
        ("Beat the on-time shipping rate of each quarter of 2025.", "SMA.."),
    ],
)
def test_the_whole_of_a_year_ahead_bounds_the_goal(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_round31g_probe_as_measured() -> None:
    """The round-31g outside probe (53 goals in two batches, each labelled and committed before its run)."""
    probe = load_script("scripts/goals_round31g_probe.py")
    rows = probe.class_rows()
    assert len(rows) == 53
    scores = probe.shared.class_score(rows)
    assert scores == {"M1E": "3/3", "T0C": "7/8", "T0E": "11/11", "T0Y": "6/6", "T1C": "8/9", "T1E": "9/9",
                      "T1Y": "7/7"}
