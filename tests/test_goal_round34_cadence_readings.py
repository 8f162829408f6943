"""Round 34 class (time_bound): whose schedule a cadence is.

- An act repeated every few hours ("every two hours while the pool is open", "every 4 hours") is a schedule, as
  "hourly" already was (dev22 guide: an act on a schedule is time-bound); "per hour" in a count stays a rate.
- Continuous availability ("24 hours a day, seven days a week") says when a service is open, not a schedule of work
  (evals/dev11/README.md).
- A cadence inside a means clause ("by calling each lapsed client once a month") schedules the person's own act, even
  when the goal moves a number (the dev guide's cadence rule); one with a count of outcomes in it ("by adding 700
  signups per week") stays a rate.
- A cadence inside a measure clause ("as measured by referrals rising from 40 to 90 a week") is the measure's period,
  not a schedule (the dev guide: a cadence that is part of a metric's definition is not time-bound).

Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01); the class texts read the other way
on main before this change."""

from __future__ import annotations

import time

import pytest

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import check_goal
from tests.fixtures.goals import TODAY, smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Test and log the chlorine and pH in the spa pool every two hours while it is open.", "SMA.T"),
        ("Check the walk-in freezer temperature every 4 hours and log it on the HACCP sheet.", "SMA.T"),
        ("Grow repeat bookings by calling each lapsed client once a month.", "SMART"),
    ],
)
def test_a_schedule_of_the_persons_own_act_is_time_bound(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Keep the tenants' repair line open 24 hours a day, seven days a week.", ".MA.."),
        ("Establish the food bank as the county's main referral point, as measured by referrals rising from 40 to 90 a week.",
         "SMA.."),
        ("Build the help centre into the first stop for customers, as measured by growing its visits from 3,200 to 7,000 a "
         "month.", "SMAR."),
    ],
)
def test_availability_and_a_measure_clause_period_are_no_time_frame(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Answer 30 calls per hour.", "SMA.."),
        ("Resolve tickets within 4 hours.", "SMA.."),
        ("Staff the crisis text line 24/7 with two trained volunteers.", "SMA.."),
        ("Increase weekly active users by 10%.", "SMA.."),
        ("Increase sessions on the help centre from 3,200 to 7,000 a month.", "SMA.."),
        ("Raise donations by 10% by mailing 500 supporters each quarter.", "SMA.."),
        ("Build the help centre into the first stop for customers, as measured by growing its visits from 3,200 to 7,000 a "
         "month by June 2027.", "SMART"),
        ("Build the help centre into the first stop for customers, publishing two new articles a week.", "SMA.T"),
        ("Publish the rota monthly, as measured by staff survey scores.", "SMA.T"),
        ("Increase footfall at the branch library by running story times twice a week.", "SMART"),
    ],
)
def test_look_alikes_keep_their_verdicts(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    "text",
    [
        ("Increase use by promoting it twice a week, as measured by visits 3 a month. " * 800)[:50_000],
        ("every two hours 24 hours a day, seven days a week " * 1_200)[:50_000],
    ],
    ids=["clause-run", "hours-run"],
)
def test_long_runs_come_back_faithful(text: str) -> None:
    started = time.process_time()  # CPU seconds; a guard against quadratic blow-ups, as tests/test_goal_methods.py
    report = check_goal(text, today=TODAY)
    assert time.process_time() - started < 30.0
    assert check_fidelity(report.rewrite, [text]).ok
