"""Relevant: the aim or reason a goal serves. A purpose naming the people it serves; what the deliverable itself
will hold is no purpose beyond it; "the use of" is a noun, not a control verb; an OKR objective written as a
clause before its key result; a law, regulation, regulator, policy or standard that requires the goal, or the
qualification or role it is a step toward; a heading naming the state a target brings about.

Texts drawn from scripts/goals_round20_probe.py, scripts/goals_round20_value_probe.py,
scripts/goals_round21_probe.py, scripts/goals_round21_class_probe.tsv, scripts/goals_round23_probe.py,
scripts/goals_round23_class_probe.tsv, scripts/goals_round24_class_probe.tsv, scripts/goals_round24_check_probe.tsv
and scripts/goals_round24_heading_probe.tsv.

Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a purpose whose verb is outside the goal vocabulary counts when it names the people it serves
        ("Deliver 2,000 hot meals each month to feed homebound seniors.", "SMAR."),
        ("Launch a peer buddy program to welcome new hires in their first month.", "SMAR."),
        ("Provide 3,000 pounds of fresh food through the garden to feed the hungry.", "SMAR."),
        # an infinitive completing the verb's object is no purpose, nor is a goal without one
        ("Teach volunteers to use the new sign-in tablet.", "S.A.."),
        ("Hire a coordinator to run the pantry.", "SMA.."),
        ("Deliver 2,000 hot meals each month.", "SMA.."),
    ],
)
def test_a_purpose_naming_the_people_it_serves(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # what the deliverable itself will hold is no purpose beyond it
        ("Redesign the staff intranet page so that it includes the holiday rota.", "S.A.."),
        ("Update the onboarding checklist so that it covers the new badge process.", "..A.."),
        ("Working with the director, the systems librarian will redesign the library's home page so that it includes "
         "updates on events, classes, and workshops.", "S.A.."),
        # what changes for people is
        ("Redesign the intake form so that patients can finish it in five minutes.", "SMAR."),
        ("Rewrite the password reset guide so that staff stop calling the help desk.", "S.AR."),
    ],
)
def test_so_that_the_deliverable_holds(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # "the use of" is a noun: the infinitive after it is the action's purpose
        ("Promote the use of evidence-based practice to improve patient outcomes.", "..AR."),
        ("Promote the use of reusable containers to reduce cafeteria waste.", "S.AR."),
        ("Standardize the use of the SBAR handover sheet to prevent medication errors.", "SMAR."),
        # the verb "use" takes the infinitive as its complement
        ("Use the CRM to log every client call.", "..A.."),
        ("Staff will use the kiosk to sign in visitors.", "SMA.."),
    ],
)
def test_the_use_of_is_no_control_verb(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # an OKR objective written as a clause before its key result is the aim the key result serves
        ("Make our API rock-solid reliable: increase API uptime from 99.2% to 99.95%.", "SMAR."),
        ("Improve user onboarding experience: increase Day 7 retention rate from 30% to 45%.", "SMAR."),
        ("Improve employee engagement: reduce turnover by 15%.", "SMAR."),
        # longer than a label, or with a figure in it; a metric's cadence in the objective is no time frame
        ("Make new users successful in their first week: increase 7-day activation rate from 31% to 55% by end of Q2.",
         "SMART"),
        ("Grow quarterly revenue by 15%: close 10 new enterprise clients.", "SMAR."),
        # an objective that restates its key result is only its name; a field label is no objective
        ("Improve employee engagement: increase employee engagement scores by 10%.", "SMA.."),
        ("Key result: Close 5 enterprise customers.", "SMA.."),
        # the key result alone has no aim
        ("Increase API uptime from 99.2% to 99.95% (measured by external monitoring).", "SMA.."),
    ],
)
def test_an_objective_clause_before_its_key_result(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a law, regulation, regulator, policy or standard that requires the goal is its reason
        ("Complete lockout/tagout refresher training by March 31, as required by OSHA.", "SMART"),
        ("Renew my forklift licence before it lapses in June, as the warehouse policy requires.", "SMART"),
        ("Record all controlled-drug stock counts daily in accordance with the Misuse of Drugs Regulations.", "SMART"),
        ("Report all near misses within 24 hours, as mandated by the site safety plan.", "SMAR."),
        # so is the qualification or role the goal is a step toward
        ("Finish two statistics modules this spring towards my master's degree.", "SMART"),
        ("Pass the Azure Administrator exam by September in preparation for the cloud migration lead role.", "SMART"),
        # no mandate: the goal alone, "as required" alone, a person's request
        ("Complete lockout/tagout refresher training by March 31.", "SMA.T"),
        ("Finish two statistics modules this spring.", "SMA.T"),
        ("Log every cash refund over $50 in the register, as required.", "SMA.."),
        ("Take the review course as my manager suggested.", "..A.."),
        # work held to norms in general is the manner of the work, no mandate (evals/dev15, evals/dev18)
        ("Submit the annual safeguarding audit to the local authority by 30 April, in line with statutory guidance.",
         "SMA.T"),
    ],
)
def test_a_mandate_or_a_step_toward_a_qualification_is_the_reason(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a heading naming the state the target is to bring about is the aim it serves
        ("Faster cancer treatment: 90% of patients to receive cancer management within 31 days of the decision to "
         "treat.", "SMART"),
        ("Safer streets: cut reported burglaries in the town centre by 10% by March 2028.", "SMART"),
        ("Better outcomes for looked-after children: 85% of care leavers in education, employment or training at "
         "age 19.", "SMAR."),
        ("Greener fleet: replace 40 diesel vans with electric vans by 2029.", "SMART"),
        ("Fewer missed bin collections: under 50 missed collections per 100,000 by year end.", "SMART"),
        # a heading that only names the goal, a field label or an owner is none
        ("Reduced Falls: Reduce inpatient falls by 20% by June 2028.", "SMA.T"),
        ("Key result: 90% of tickets answered within 4 hours.", "SMA.."),
        ("Customer Support Team: 90% of tickets answered within 4 hours.", "SMA.."),
        ("Baseline: 62% of invoices paid on time.", "SMA.."),
    ],
)
def test_a_state_heading_is_the_aim(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
