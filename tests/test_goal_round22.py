"""Round 22 goal cases, from the fresh outside probe (scripts/goals_round22_probe.py) and the class probe
(scripts/goals_round22_class_probe.tsv).

Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # headline style: every content word capitalised, so a capital marks the style and names nothing
        ("Reduce Tobacco Use and Substance Abuse", "..A.."),
        ("Objective 1: Promote Nutrition and Physical Activity to Reduce Obesity", "..AR."),
        ("Build and Sustain Collaborative Systems that Address Social Determinants of Health", "..AR."),
        ("Advance Student Success.", "..A.."),
        # words in capitals for emphasis, several in a run, are no acronyms
        ("Facilitate QUALITY EDUCATIONAL OPPORTUNITIES for all County citizens.", "..A.."),
        ("Instill EXCELLENT CUSTOMER SERVICE as an organizational value, expectation, and outcome.", "..A.."),
        # an acronym, a count, a version or a definite artefact still says which, in headline style or not
        ("Migrate Payroll to SAP S/4HANA", "SMA.."),
        ("Hire 12 New Patrol Officers", "SMA.."),
        ("Replace the HVAC System at City Hall", "SMA.."),
        ("Complete ISO 27001 Certification for the Data Center", "SMA.."),
        # a sentence that capitalises only its names keeps them
        ("Roll out Salesforce to the inside sales team.", "SMA.."),
        ("Move the help desk to ServiceNow.", "SMA.."),
        ("Launch Gmail in September.", "SMA.T"),
    ],
)
def test_capitals_of_style_name_nothing(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a value left open on one side bounds the value: no wish for "more" of the object
        ("Achieve a customer satisfaction score of 90% or higher on all closed tickets.", "SMA.."),
        ("Reach a patient satisfaction rating of 85% or better on discharge surveys.", "SMA.."),
        ("Keep the employee turnover rate at 12% or lower.", "SMA.."),
        # a comparative on the object itself is still a wish
        ("Achieve higher customer satisfaction.", "..A.."),
        ("Reach higher levels of patient satisfaction.", "..A.."),
        ("Deliver better customer service.", "..A.."),
    ],
)
def test_a_value_with_an_open_bound(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a verb of speed or duration moves a time one way: with no value, slot or means it names an area
        ("Accelerate support response times.", "..A.."),
        ("Shorten patient wait times in the emergency department.", "..A.."),
        ("Speed up invoice processing times.", "..A.."),
        ("Expedite the claims approval process.", "..A.."),
        # a value, a value slot or a concrete means says how far or how
        ("Speed up invoice processing times by 20%.", "SMA.."),
        ("Expedite permit review times by X%.", "S.A.."),
        ("Shorten patient wait times in the emergency department to under 30 minutes.", "SMA.."),
        ("Speed up the month-end close by automating bank reconciliations in NetSuite.", "SMA.."),
    ],
)
def test_a_verb_of_speed_is_a_direction(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_round22_probe_figures() -> None:
    probe = load_script("scripts/goals_round22_probe.py")

    acc = probe.score(probe.load())
    assert round(acc["specific"], 3) == 0.905
    assert round(acc["measurable"], 3) == 1.0
    assert probe.class_score(probe.class_rows()) == {
        "S0H": "10/12", "S0E": "2/5", "S1H": "6/6", "S1N": "6/6", "S1B": "10/10", "S0W": "5/5",
        "S0V": "10/10", "S1V": "5/6"}
