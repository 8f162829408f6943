"""The end of a whole class of harmful events with no amount and no period ("End hospital-acquired infections.",
"Eradicate bullying in our schools.") is an absolute-zero target: not attainable. Ending one finite thing ("Eliminate
the paper timesheet.") is no such target, and a zero that a measured cut heads toward ("... by 20% this year on the way
to zero") is the cut's aim. Rows from scripts/goals_round25_class_probe.tsv and scripts/goals_round25_check_probe.tsv;
each case asserts all five SMART verdicts (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Eliminate all workplace injuries.", "SM..."),
        ("End hospital-acquired infections.", "S...."),
        ("Eradicate bullying in our schools.", "S...."),
        ("Put an end to workplace accidents.", "S...."),
        ("Get rid of billing errors.", "....."),
    ],
)
def test_ending_a_whole_class_of_events_is_a_red_flag(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Eliminate the paper timesheet.", "S.A.."),
        ("End the use of single-use plastic cups in the staff canteen.", "S.A.."),
        ("Eliminate the backlog of 40 overdue invoices by March 2027.", "SMA.T"),
        ("Reduce workplace injuries by 20% this year on the way to zero.", "SMA.T"),
        # an elimination named as the objective a measured goal serves
        ("Three-year goal (2022-2024), toward the network's objective of eliminating harm in children's hospitals: "
         "the network will achieve a 30% reduction in network serious safety event rate (SSER).", "SMAR."),
    ],
)
def test_a_finite_thing_or_a_measured_cut_toward_zero_is_attainable(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
