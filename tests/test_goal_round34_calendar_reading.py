"""Round 34 class (time_bound): a time phrase read with the wrong calendar meaning.

- The year of a date or period written after the phrase the rules match: ", 20XX" is a template placeholder, no
  deadline; " of 2024" / ", 2025" dates the phrase, which has passed on the reference date (evals/dev/README.md,
  "Reference date": past deadlines and template placeholders are not time-bound).
- The school-year benchmark windows (DIBELS 8, i-Ready: BOY, MOY, EOY) and the business EOQ/EOM: "at EOY", "by MOY" are
  relative deadlines, read with the school year they fall in ("at EOY SY 21-22" has passed); "At BOY" is the baseline.
- A score out of 5 or 10 in a sentence about a scale ("up one point to 9/10") is a value, not a month and day.
- A service window beside a date that has passed ("within 18 weeks of referral by March 2026"): the date is the by-when,
  so the goal is no longer time-bound (dev14 guide).

Look-alikes keep their verdicts: the same phrases with a year still ahead, a bare "by 8/10" deadline, "on 3/10", a
service window alone. Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01); the class
texts were time-bound on main before this change, except the EOY/MOY/EOQ ones, which were not."""

from __future__ import annotations

import time

import pytest

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import check_goal
from tests.fixtures.goals import TODAY, smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Raise the first-time pass rate on PV inspections to 95% by June 30, 20XX.", "SMA.."),
        ("Raise the share of third graders reading at benchmark to 70% in the Spring of 2024.", "SMA.."),
        ("Train all 40 drivers on the new tail-lift by June, 2025.", "SMA.."),
        ("The share of students chronically absent at EOY SY 21-22 will not exceed 30%.", "SMA.."),
        ("Raise the patient experience score up one point to 9/10.", "SMA.."),
        ("Treat 92% of patients within 18 weeks of referral by March 2026.", "SMA.."),
    ],
)
def test_placeholder_past_or_misread_dates_bound_nothing(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Decrease the share of students reading well below benchmark from 48% to 35% at EOY.", "SMA.T"),
        ("Lift the share of students at benchmark on the MOY screener from 52% to 60% by MOY.", "SMA.T"),
        ("Close every open audit action by EOQ.", "SMA.T"),
        ("The share of students chronically absent at EOY SY 2027-28 will not exceed 30%.", "SMA.T"),
    ],
)
def test_benchmark_window_abbreviations_are_deadlines(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Raise the first-time pass rate on PV inspections to 95% by June 30, 2027.", "SMA.T"),
        ("Raise the share of third graders reading at benchmark to 70% in the Spring of 2027.", "SMA.T"),
        ("Train all 40 drivers on the new tail-lift by June, 2027.", "SMA.T"),
        ("At BOY, 48% of students read well below benchmark.", "SMA.."),
        ("Post the new rota by 8/10 and lift the staff satisfaction score to 80%.", "SMA.T"),
        ("Close the books on 3/10.", "SMA.T"),
        ("Treat 92% of patients within 18 weeks of referral by March 2028.", "SMA.T"),
        ("Answer each tenant email within 2 working days.", "SMA.T"),
    ],
)
def test_look_alikes_keep_their_time_frame(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_a_past_year_after_the_phrase_warns_and_a_placeholder_does_not() -> None:
    past = check_goal("Raise the share of third graders reading at benchmark to 70% in the Spring of 2024.", today=TODAY)
    assert [w.kind for w in past.warnings] == ["past_deadline"]
    placeholder = check_goal("Raise the first-time pass rate on PV inspections to 95% by June 30, 20XX.", today=TODAY)
    assert placeholder.warnings == []
    assert placeholder.criteria.time_bound.evidence is None
    assert check_fidelity(placeholder.rewrite, ["Raise the first-time pass rate on PV inspections to 95% by June 30, 20XX."]).ok


@pytest.mark.parametrize(
    "text",
    [
        ("Close the audit by June 30, 20XX and by March of 2024 " * 1_000)[:50_000],
        ("Lift the score to 8/10 at EOY SY 21-22 " * 1_300)[:50_000],
    ],
    ids=["year-tail-run", "rating-run"],
)
def test_long_runs_come_back_faithful(text: str) -> None:
    started = time.process_time()  # CPU seconds; a guard against quadratic blow-ups, as tests/test_goal_methods.py
    report = check_goal(text, today=TODAY)
    assert time.process_time() - started < 30.0
    assert check_fidelity(report.rewrite, [text]).ok
