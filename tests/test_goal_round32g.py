"""Round 32g classes (time_bound): a split fiscal, school or season year after a preposition ("during 2027-28", "by
the end of 2027/28") and a decade ("by the mid-2030s") bound the goal while they are ahead; the end of the person's own
fixed term ("by the end of my probation period", "by the end of my apprenticeship") is an event with a known date; a
part of the day that recurs ("each morning") is a cadence of the goal's own act. Each class with look-alikes that keep
their reading (a split year as a baseline or past, a decade as a name, a term named with no deadline).

Texts drawn from scripts/goals_round32g_probe.tsv. Each case asserts all five SMART verdicts of one goal (reference
date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Open a second taproom during 2027-28.", "SMA.T"),
        ("Raise summer reading challenge completions to 2,500 in 2027/28.", "SMA.T"),
        # a split year as a baseline, or one that ended before the reference date
        ("Cut the depot's carbon emissions by half from 2019/20 levels.", "SMA.."),
        ("Increase the number of farm advisory visits to 400 in 2024/25.", "SMA.."),
        ("Clear the backlog of 200 probate files during 2025-26.", "SMA.."),
    ],
)
def test_a_split_year_ahead_bounds_the_goal(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Halve carbon emissions from the depot fleet by the mid-2030s.", "SMA.T"),
        ("Reach net zero across all fire stations by the early 2030s.", "SMA.T"),
        # a decade that has ended, and a decade that names a thing
        ("Cut fleet emissions by half by the late 2010s.", "SMA.."),
        ("Restore the 1930s cinema frontage.", "S.A.."),
    ],
)
def test_a_decade_ahead_bounds_the_goal(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Finish the Level 3 diploma in dental nursing by the end of my probation period.", "SMA.T"),
        ("Sign off all 12 core competencies by the end of my apprenticeship.", "SMA.T"),
        # the term named with no deadline
        ("Write up what I learned on my apprenticeship.", "SMA.."),
    ],
)
def test_the_end_of_the_persons_own_term_is_a_deadline(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Check the temperature log of every vaccine fridge each morning.", "SMA.T"),
        # a part of the day that names a thing, not a recurrence
        ("Book a night porter for the weekend.", "S.A.."),
    ],
)
def test_a_recurring_part_of_the_day_is_a_cadence(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_round32g_probe_as_measured() -> None:
    """The round-32g outside probe (68 goals in two batches, each labelled and committed before its run)."""
    probe = load_script("scripts/goals_round32g_probe.py")
    rows = probe.class_rows()
    assert len(rows) == 68
    scores = probe.shared.class_score(rows)
    assert scores == {"R0K": "4/5", "R1K": "3/4", "S0K": "5/5", "S1K": "4/5", "T0M": "9/9", "T0P": "6/6",
                      "T0W": "2/9", "T1C": "4/4", "T1D": "21/21"}
