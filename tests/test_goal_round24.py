"""Round 24 goal cases, from the class probe (scripts/goals_round24_class_probe.tsv), the check set written after the
changes (scripts/goals_round24_check_probe.tsv) and the heading rows (scripts/goals_round24_heading_probe.tsv).

Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a law, regulation, regulator, policy or standard that requires the goal is its reason
        ("Complete lockout/tagout refresher training by March 31, as required by OSHA.", "SMART"),
        ("Renew my forklift licence before it lapses in June, as the warehouse policy requires.", "SMART"),
        ("Record all controlled-drug stock counts daily in accordance with the Misuse of Drugs Regulations.", "SMART"),
        ("Submit the annual safeguarding audit to the local authority by 30 April, in line with statutory guidance.",
         "SMART"),
        ("Report all near misses within 24 hours, as mandated by the site safety plan.", "SMAR."),
        # so is the qualification or role the goal is a step toward
        ("Finish two statistics modules this spring towards my master's degree.", "SMART"),
        ("Pass the Azure Administrator exam by September in preparation for the cloud migration lead role.", "SMART"),
        # no mandate: the goal alone, "as required" alone, a person's request
        ("Complete lockout/tagout refresher training by March 31.", "SMA.T"),
        ("Finish two statistics modules this spring.", "SMA.T"),
        ("Log every cash refund over $50 in the register, as required.", "SMA.."),
        ("Take the review course as my manager suggested.", "..A.."),
    ],
)
def test_a_mandate_or_a_step_toward_a_qualification_is_the_reason(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # advocacy or inspiration of people or an abstract state names an aspiration, not a result
        ("Champion wellbeing throughout the district.", "..A.."),
        ("Inspire a passion for science in our students.", "..A.."),
        ("Empower frontline staff.", "..A.."),
        ("Celebrate our volunteers' contributions.", "..A.."),
        # a search whose whole object is the kind of thing sought commits to no result
        ("Pursue additional funding opportunities.", "..A.."),
        ("Explore new income streams.", "..A.."),
        ("Seek out fresh partnership opportunities.", "..A.."),
        # the same verbs with a concrete authority, event or a sum say which
        ("Empower the night-shift leads to approve overtime up to 4 hours.", "SMA.."),
        ("Celebrate each team's quarterly wins in the Friday all-hands.", "SMA.T"),
        ("Identify cost-saving opportunities worth 50,000 dollars.", "SMA.."),
    ],
)
def test_an_aspiration_verb_or_a_sought_kind_is_no_result(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a period named before a noun is part of the object (which figure or artefact)
        ("Grow Q3 renewals 6% through proactive account reviews.", "SMA.T"),
        ("Grow Q2 bookings 8% through cross-selling.", "SMA.T"),
        ("Cut Q4 overtime costs by 12%.", "SMA.T"),
        ("Raise H2 donor retention to 60%.", "SMA.T"),
        ("Publish the FY2028 capital plan by March.", "SMA.T"),
        # a time phrase after the object still ends it
        ("Launch the app in Q3 with the sales team.", "SMA.T"),
        # a clock time's colon ends no label (no objective clause before it)
        ("Move the weekly pipeline review to 14:30 on Tuesdays.", "SMA.T"),
    ],
)
def test_a_period_before_a_noun_is_part_of_the_object(text: str, letters: str) -> None:
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


def test_round24_probe_figures() -> None:
    probe = load_script("scripts/goals_round24_probe.py")

    acc = probe.score(probe.load())
    assert round(acc["specific"], 3) == 0.833
    assert round(acc["relevant"], 3) == 0.905
    assert round(acc["measurable"], 3) == 0.857
    assert probe.class_score(probe.class_rows()) == {"S1C": "12/12", "S0A": "12/12", "R1P": "12/12", "R0N": "10/10"}
    assert probe.class_score(probe.class_rows(probe.CHECK_PROBE)) == {
        "R1Q": "8/8", "R0Q": "6/6", "S0Q": "6/6", "S1Q": "6/6"}
    assert probe.class_score(probe.class_rows(probe.HEADING_PROBE)) == {"R1H": "10/10", "R0H": "6/7"}
