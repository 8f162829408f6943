"""check_goal on the error classes seen on outside goals and OKR key results (issue 12): each class
is probed with goals written in the style of public OKRs and city performance plans."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.analyzers.goal import check_goal

TODAY = dt.date(2026, 12, 1)  # the labels' reference date


def met(text: str, criterion: str) -> tuple[bool, str | None]:
    c = getattr(check_goal(text, today=TODAY).criteria, criterion)
    return c.met, c.evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison aside gives a baseline or precedent, not a deadline
        ("Grow weekly signups to 700 (40% increase, same as Q2 to Q3).", (False, None)),
        ("Increase active contributors to 150 (a 25% rise, as from Q1 2027 to Q2 2027).", (False, None)),
        ("Grow weekly signups to 700 by Q3 2027 (40% increase, same as Q2 to Q3).", (True, "by Q3 2027")),
        ("Grow weekly signups to 700 (a 40% increase by Q3 2027).", (True, "by Q3 2027")),
        # a period header ends with its most precise period: its quarter or half, not its year
        ("Q2 2026 key results. Ship the new onboarding flow.", (False, None)),
        ("H1 2026 objectives. Ship the new onboarding flow.", (False, None)),
        ("Q1 2027 key results. Ship the new onboarding flow.", (True, "Q1 2027")),
    ],
)
def test_comparison_asides_and_past_period_headers_bound_nothing(text: str, expected: tuple[bool, str | None]) -> None:
    assert met(text, "time_bound") == expected
