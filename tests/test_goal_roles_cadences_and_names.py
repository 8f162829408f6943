"""Round 29: measurable, relevant and time-bound read from structure.

Relevant: a role fronted as an apposition ("As the ward's discharge coordinator,") is the writer's role when its head
names a person (a WordNet person noun, a role head of rule relevant.role, an uncommon agent noun); "As a result of",
"As agreed with", "As discussed," and "As a team," are not. A link phrase's aim ends at a comma: "In line with the
fitter's instructions, service ..." names no plan (the verb "service" is no aim). The people served, named by an unmet
need ("for families who cannot get to the food bank"), are why the goal matters; a plain audience ("for families"), a
condition after "with" ("for residents with dementia") and a companion ("with the exams team") are not.

Time-bound: a shift, sprint, term, semester or pay period inside a moved metric is the metric's period, as "each week"
is; a cadence of the goal's own work stays a schedule; "Double-check" is no change verb. A period of the writer's own
("by the end of my fifth week", "whilst on my four-week placement"), the writer's own review ("before my six-month
review") and a named day ("on World Hand Hygiene Day") bound a goal, as does the period a cadence runs over ("in every
week of the quarter"); the same words as a modifier ("review feedback", "Day posters") do not.

Measurable: a definite number before a singular noun names the thing ("the 119 line", "the Platform 2 waiting room");
a change by a fraction of the baseline ("by a third") is a relative target, "the first half of the year" and "by next
quarter" are times. A verb done once to each member of a named group ("Train all my staff on how to ...") has a done
state whatever its topic; "Train staff on how to ..." and "Support all my staff" do not.

Goals written for the classes (none is a dev item or a probe row). Each case asserts all five SMART verdicts
(reference date 2026-12-01); scripts/goals_round29d_probe.py holds the outside probe and its check set."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a fronted role whose head names a person
        ("As the ward's discharge coordinator, cut the average discharge delay from 6 hours to 3 hours by May 2027.",
         "SMART"),
        ("As the only qualified electrician on site, test all 40 emergency lights by March 2027.", "SMART"),
        # fronted phrases that name no role
        ("As a result of the inspection, replace the 6 broken fire doors by March 2027.", "SMA.T"),
        ("As agreed with the tenants, repaint the 8 stairwells by July 2027.", "SMA.T"),
        ("As discussed, replace the 6 broken fire doors by March 2027.", "SMA.T"),
        ("As a matter of urgency, replace the 6 broken fire doors by March 2027.", "SMA.T"),
        ("As a team, replace the 6 broken fire doors by March 2027.", "SMA.T"),
        # a link phrase names a plan, or reaches no aim before its comma
        ("In line with the council's climate plan, service the 10 lifts by the end of 2027.", "SMART"),
        ("In line with the fitter's instructions, service the 10 lifts by the end of 2027.", "SMA.T"),
        # the people served, named by an unmet need
        ("Deliver 200 food parcels by March 2027 for families who cannot get to the food bank.", "SMART"),
        ("Deliver 200 food parcels by March 2027 for families.", "SMA.T"),
        ("Review 30 care plans by June 2027 for residents with dementia.", "SMA.T"),
        ("Book 3 rooms by May 2027 for tutors with the exams team.", "SMA.T"),
    ],
)
def test_fronted_roles_and_links(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Reduce the time drivers spend loading each shift from 50 minutes to 35 minutes.", "SMA.."),
        ("Hold a toolbox talk with the crew each shift.", "SMA.T"),
        ("Reconcile the petty cash box each pay period.", "S.A.T"),
    ],
)
def test_cadences_of_shifts_and_pay_periods(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("By the end of my fifth week on the unit, complete 12 supervised wound dressings.", "SMA.T"),
        ("Whilst on my four-week placement in theatres, scrub in for 6 procedures.", "SMA.T"),
        ("Before my six-month review, lead 3 team huddles.", "SMA.T"),
        ("Use my six-month review feedback to plan 3 team huddles.", "SMA.."),
        ("Run a hand hygiene stand on World Hand Hygiene Day for 100 visitors.", "SMA.T"),
        ("Print 100 World Hand Hygiene Day posters for the wards.", "SMA.."),
        ("Keep the backlog of repairs under 30 jobs in every week of the quarter.", "SMA.T"),
        ("Keep the backlog of repairs under 30 jobs every week.", "SMA.."),
    ],
)
def test_own_periods_named_days_and_spans(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Answer queries on the 119 line politely.", "S.A.."),
        ("Keep the Platform 2 waiting room clean and heated.", "..A.."),
        ("Open 4 new reception desks at the depot.", "SMA.."),
        ("Cut fuel costs by a third by the end of 2027.", "SMA.T"),
        ("Cut fuel costs in the first half of the year.", "S.A.T"),
        ("Cut fuel costs by next quarter.", "S.A.T"),
        ("Brief all our drivers on how the new tachograph works.", "SMA.."),
        ("Brief drivers on how the new tachograph works.", "S.A.."),
        ("Support all our drivers with their routes.", "..A.."),
    ],
)
def test_numbers_that_name_and_fractions(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_round29d_probe_figures() -> None:
    """scripts/goals_round29d_probe.py: 60 outside-style goals and a 32-row check set, labelled before any change."""
    probe = load_script("scripts/goals_round29d_probe.py")

    acc = probe.score(probe.load())
    assert {name: round(value, 3) for name, value in acc.items()} == {
        "specific": 0.917, "measurable": 0.967, "attainable": 1.0, "relevant": 0.967, "time_bound": 1.0}
    assert probe.class_score(probe.check_rows()) == {
        "R0L": "3/3", "R1L": "3/3", "R1P": "4/4", "R0P": "4/4", "T0C": "3/3", "T1C": "3/3", "M0N": "3/3", "M1N": "3/3",
        "M1F": "3/3", "M0F": "3/3"}
    assert probe.class_score(probe.check_rows(probe.TIME_PROBE)) == {"T1W": "6/6", "T0W": "5/6", "T1D": "4/4", "T0D": "4/4"}
    assert probe.class_score(probe.check_rows(probe.SPAN_PROBE)) == {"T1P": "4/4", "T0P": "2/4"}
    assert probe.class_score(probe.check_rows(probe.GROUP_PROBE)) == {"M1G": "4/4", "M0G": "4/4"}
    assert probe.class_score(probe.check_rows(probe.NEED_PROBE)) == {"R1B": "3/4", "R0B": "4/4"}
