"""Round 32g classes (time_bound): a split fiscal, school or season year after a preposition ("during 2027-28", "by
the end of 2027/28") and a decade ("by the mid-2030s") bound the goal while they are ahead; the end of the person's own
fixed term ("by the end of my probation period", "by the end of my apprenticeship") is an event with a known date; a
part of the day that recurs ("each morning") is a cadence of the goal's own act; a public holiday ("before Christmas"),
a dotted date ("31.03.2027"), "end-2027", a plan day ("by day 90"), the next AGM, peak season and go-live are deadlines.
Each class with look-alikes that keep their reading (a split year as a baseline or past, a decade as a name, a term
named with no deadline, a holiday that names a thing or has passed).

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


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Deliver 300 hampers to isolated older residents before Christmas.", "SMA.T"),
        ("Close all 18 open actions from the fire risk assessment by 31.03.2027.", "SMA.T"),
        ("Replace the bottling line in the brewery by end-2027.", "SMA.T"),
        ("Take over the full caseload of 25 tenancies by day 90 of my contract.", "SMA.T"),
        ("Publish the annual report to members before the next AGM.", "SMA.T"),
        ("Train all 60 seasonal pickers on the new packing line before peak season.", "SMA.T"),
        ("Migrate the 12,000 patient records to the new system by go-live.", "SMA.T"),
        ("Cut the stock of unsold seasonal beer to under 200 cases between now and March.", "SMA.T"),
        # a holiday or date that has passed, a holiday that names a thing, an event with "after", a version number
        ("Finish the refurbishment of the hotel's 40 guest rooms by Christmas 2025.", "SMA.."),
        ("Close all 18 open actions from the fire risk assessment by 31.03.2026.", "SMA.."),
        ("Organise the staff Christmas party for the whole depot.", "SMA.."),
        ("Sell 500 tickets for the Christmas Eve carol concert.", "SMA.."),
        ("Update the user guide after go-live.", "SMA.."),
        ("Upgrade the firmware to 2.10.2027.1 on all 30 tills.", "SMA.."),
    ],
)
def test_holidays_dotted_dates_and_project_events_are_deadlines(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_round32g_probe_as_measured() -> None:
    """The round-32g outside probe (92 goals in four batches, each labelled and committed before its run)."""
    probe = load_script("scripts/goals_round32g_probe.py")
    rows = probe.class_rows()
    assert len(rows) == 92
    scores = probe.shared.class_score(rows)
    assert scores == {"R0K": "4/5", "R1K": "3/4", "S0K": "5/5", "S0U": "3/4", "S1K": "4/5", "S1U": "4/4", "T0K": "4/4",
                      "T0M": "9/9", "T0P": "8/8", "T0W": "2/9", "T1C": "4/4", "T1D": "31/31"}
