"""A 100% target over the team's own work queue whose item name ends in a request or claim noun ("100% of merge
requests approved by two reviewers", "Process 100% of expense claims ...") is a perfection target: the compound's
modifier names the kind of work item, so no served party asks it. The request noun bare or modified by a served
party or a service topic ("customer complaints", "housing requests", "patient requests for medical records") stays
coverage of demand, attainable. Rows from scripts/goals_round26_workitem_probe.tsv (labelled before the change);
each case asserts all five SMART verdicts (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Make sure 100% of pull requests are reviewed by two developers this quarter.", "SM..T"),
        ("Get 100% of merge requests approved by two reviewers before they are merged.", "SM..."),
        ("Close 100% of change requests within the sprint they were raised in.", "SM..T"),
        ("Ensure 100% of code review requests get a first review within one business day.", "SM..T"),
        ("Process 100% of expense claims by the 5th of the following month.", "SM..T"),
        ("Triage 100% of feature requests within two weeks of logging.", "SM..T"),
        ("Review 100% of engineering change requests before the design freeze.", "SM..."),
        ("Log 100% of enhancement requests in the product backlog this quarter.", "SM..T"),
        ("Pay 100% of staff expense claims in the next payroll run.", "SM..."),
    ],
)
def test_a_work_queue_named_by_requests_keeps_the_perfection_flag(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Answer 100% of members' enquiries within 8 working days.", "SMA.T"),
        ("Acknowledge 100% of customer complaints within two working days.", "SMA.T"),
        ("Process 100% of housing requests within 10 working days.", "SMA.T"),
        ("Respond to 100% of support requests within two business days.", "SMA.T"),
        ("Reply to 100% of information requests from residents within 20 working days.", "SMA.T"),
        ("Deal with 100% of repair requests from tenants within the agreed timescale.", "SMA.."),
        ("Respond to 100% of member requests for a pension statement within ten working days.", "SMA.T"),
    ],
)
def test_requests_of_a_served_party_or_topic_stay_demand(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
