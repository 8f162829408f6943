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
        # a split year is a fiscal or school year, over by the September of its second year
        ("2025-2026 Goals: Launch the donor portal.", (False, None)),
        ("2026-2027 Goals: Launch the donor portal.", (True, "2026-2027 Goals")),
    ],
)
def test_comparison_asides_and_past_period_headers_bound_nothing(text: str, expected: tuple[bool, str | None]) -> None:
    assert met(text, "time_bound") == expected


@pytest.mark.parametrize(
    ("text", "specific", "measurable"),
    [
        # a bound on a named quantity
        ("Stay within 2% of the General Fund revenue forecast.", True, True),
        ("Remain within 3% of the approved staffing plan.", True, True),
        ("Stay within 5% of target.", False, True),
        ("Achieve 95% of the Strategic Plan milestones.", True, True),
        ("Remain within 10% of the budget.", False, True),
        # an end state of a named or concrete system
        ("Legacy mainframe is closed down by Q3 2027.", True, True),
        ("The Zendesk instance is fully decommissioned.", True, True),
        ("The process is complete.", False, False),
        # a performance-measure row: the measure's name is the object, the number after "Target:" its target
        ("Potholes Repaired. Goal: Maintain safe roadways. Target: 800 per year.", True, True),
        ("Library Card Registrations. Goal: Grow the number of residents who hold a card. Target: 1,500 annually.",
         True, True),
    ],
)
def test_thresholds_end_states_and_measure_rows_name_their_object(text: str, specific: bool, measurable: bool) -> None:
    report = check_goal(text, today=TODAY)
    assert (report.criteria.specific.met, report.criteria.measurable.met) == (specific, measurable)


@pytest.mark.parametrize(
    ("text", "specific"),
    [
        # a kind of credential or coursework, not which one
        ("Complete course work and attain a certification.", False),
        ("Complete coursework and earn a professional certification by June 2027.", False),
        ("Earn a credential in my field this year.", False),
        ("Earn an advanced degree.", False),
        # a capital by convention ("City", "Department") says whose, not which one
        ("Complete a City certification.", False),
        ("Attend a Department training.", False),
        ("Launch a County portal for building permits.", True),
        ("Obtain a relevant, accredited certificate.", False),
        # which one
        ("Complete the PMP certification by June 2027.", True),
        ("Earn the Certified Public Manager credential this year.", True),
        ("Complete coursework toward the CPA licence by June 2027.", True),
    ],
)
def test_generic_credentials_are_not_specific(text: str, specific: bool) -> None:
    assert check_goal(text, today=TODAY).criteria.specific.met is specific


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quality of the deliverable is no purpose beyond it
        ("Rewrite the onboarding guide so that it is clear and easy to follow.", (False, None)),
        ("Update the procedures manual so it is accurate and complete by June 2027.", (False, None)),
        ("Redesign the intake form so that the form is shorter.", (False, None)),
        ("Migrate the wiki to Confluence so that it is easier to search.", (False, None)),
        ("Migrate the wiki to Confluence so that support agents find answers faster.",
         (True, "so that support agents find answers faster")),
        # a need of the people served, given as the reason
        ("Build the export API because enterprise customers need bulk data access.",
         (True, "because enterprise customers need bulk data access")),
        ("Rewrite the onboarding guide so that new hires are productive in their first week.",
         (True, "so that new hires are productive in their first week")),
        # a committee's own remit is no link to a wider objective
        ("Chair a committee to analyse the hiring process and recommend changes.", (False, None)),
        ("Form a working group to review the scheduling policy by March 2027.", (False, None)),
        ("Review the scheduling policy to reduce overtime on the night shift.", (True, "to reduce overtime on the night shift")),
        # a headline above "What we'll ship:" is the objective the shipped item serves
        ("Produce better documentation. What we'll ship: a new getting-started guide for the Python SDK.",
         (True, "Produce better documentation.")),
        ("What we'll ship: a new getting-started guide for the Python SDK.", (False, None)),
    ],
)
def test_deliverable_qualities_and_committee_remits_are_no_relevance(text: str, expected: tuple[bool, str | None]) -> None:
    assert met(text, "relevant") == expected


@pytest.mark.parametrize(
    ("text", "criterion", "expected"),
    [
        # whose priority or which outcome a context line names
        ("Council Priority: Housing. Permit 500 new units by 2027.", "relevant", (True, "Housing.")),
        ("Outcome: Residents feel safe in parks. Measure: Percentage of residents who feel safe. Target: 80%.",
         "relevant", (True, "Residents feel safe in parks.")),
        # an unlisted imperative before a count
        ("Permit 500 new units by 2027.", "specific", (True, "Permit 500 new units")),
        # periods of public bodies, and a year closing an end-of-period phrase
        ("Pass the ordinance in the 2027 legislative session.", "time_bound", (True, "in the 2027 legislative session")),
        ("Complete the audit by end of calendar year 2027.", "time_bound", (True, "by end of calendar year 2027")),
        ("Complete the audit by end of calendar year 2025.", "time_bound", (False, None)),
    ],
)
def test_public_plan_layouts_and_periods(text: str, criterion: str, expected: tuple[bool, str | None]) -> None:
    assert met(text, criterion) == expected


@pytest.mark.parametrize(
    ("text", "specific", "measurable"),
    [
        # key results written as outcomes
        ("p95 query latency below 200ms on the events table.", True, True),
        ("All services migrated to Kubernetes.", True, True),
        ("Legacy VPN decommissioned by Q1 2027.", True, True),
        # idioms and areas
        ("Double down on enterprise.", False, False),
        ("Grow the community.", False, False),
    ],
)
def test_key_result_outcomes_and_areas(text: str, specific: bool, measurable: bool) -> None:
    report = check_goal(text, today=TODAY)
    assert (report.criteria.specific.met, report.criteria.measurable.met) == (specific, measurable)
