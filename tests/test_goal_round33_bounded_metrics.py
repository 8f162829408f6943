"""Round 33 class (specific, measurable): a key result written as its metric and a bound on the metric's value, with no
verb of its own, names its outcome whatever form the value takes: a bare number after the bound ("Customer complaints
per 100,000 boardings below 5"), a number word or count after an opening bound ("Fewer than 3 ..."), a metric whose
name ends in an identifier ("Berth 4 occupancy", "Kiln 2 fuel use"), an opening summary modifier that could be read as
a verb ("Average time to settle a claim down from 19 to 12 working days"), or a template letter for the value ("from
A% to B%", "above XX%": specific, not measurable). Look-alikes keep their reading: a bound with no metric before it
("Growth above 10%"), a judged area, a duration after an opening bound ("Over 5 years, ..."), an age of the people
served ("children under 5") and the verb "average" before a number.

Texts from evals/probes/round33/goals33_verbless_kr.jsonl (round 33, workplaces of no dev set). Each case asserts all
five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import check_goal
from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Complaints upheld by the ombudsman fewer than 10 this year.", "SMA.T"),
        ("Objective: Brew every batch right first time. KR1: Batches dumped for off-flavour fewer than 4 in 2027.",
         "SMART"),
        ("Customer complaints per 100,000 boardings below 5 in Q3 2027.", "SMA.T"),
        ("Net promoter score for the ferry app above 40.", "SMA.."),
    ],
)
def test_a_bare_value_after_the_bound_is_the_metrics_target(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Fewer than 20 animals waiting for a kennel on any day in 2027.", "SMA.T"),
        ("No more than 1 missed sailing per month on the island route.", "SMA.."),
        ("Berth 4 occupancy below 70% for the rest of the year.", "SMA.."),
        ("Kiln 2 fuel use below 3.1 GJ per tonne of clinker.", "SMA.."),
    ],
)
def test_an_opening_bound_or_a_named_unit_before_the_bound(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("KR: Average time to settle a motor claim down from 19 to 12 working days.", "SMA.."),
        ("Average call-back time for ferry bookings down from 3 days to 1 day.", "SMA.."),
        # the verb "average" before a number keeps its reading
        ("Average 30 crane moves an hour across all shifts.", "SMA.."),
    ],
)
def test_an_opening_summary_modifier_is_no_verb(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Increase ferry on-time departures from A% to B%.", "S.A.."),
        ("Claims settled within 10 days above XX%.", "S.A.T"),
        ("KR: Live release rate from A% to B% by the end of 2027.", "SMA.T"),
    ],
)
def test_a_template_letter_for_the_value_leaves_it_open(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Growth above 10%.", "SMA.."),
        ("Performance above the industry average.", ".MA.."),
        ("Over 5 years, rebuild the ferry fleet.", "..A.T"),
        ("Priority boarding for passengers over 70.", "..A.."),
        ("Better customer experience over the next 2 years.", "..A.T"),
        ("Port efficiency.", "..A.."),
    ],
)
def test_look_alikes_keep_their_reading(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    "text",
    [
        "Complaints upheld by the ombudsman fewer than 10 this year.",
        "Increase ferry on-time departures from A% to B%.",
        "KR: Average time to settle a motor claim down from 19 to 12 working days.",
        "Less than one lost-time injury on the quay per quarter.",
    ],
)
def test_rewrites_add_no_number_date_or_name(text: str) -> None:
    report = check_goal(text)
    assert check_fidelity(report.rewrite, [text]).ok
