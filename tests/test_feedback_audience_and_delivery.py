"""The audience's understanding as the effect of the person's explaining, and a manner verb on one particular
occasion with adverbs of delivery as the behaviour.

Texts from scripts/feedback_round19_probe.py and written for the class."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.feedback import reading_each


@pytest.mark.parametrize(("draft", "impact"), [
    ("During the training day, Ben demonstrated the new till system in a way that all the new starters could "
     "follow.", "in a way that all the new starters could follow"),
    ("The loan terms were new to us. Your adviser Tom took the time to explain them in a way that we both "
     "understood.", "in a way that we both understood"),
    ("Our pharmacist, Lena, explained the new dosing schedule in words my grandmother understood.",
     "in words my grandmother understood"),
])
def test_the_audiences_understanding_after_the_act_is_its_effect(draft, impact):
    report = review_feedback(draft)
    assert reading_each(draft) == ("positive", [])
    assert report.structure.impact.evidence == impact


@pytest.mark.parametrize(("draft", "expected"), [
    ("Please explain the changes in a way that the new hires can follow.",
     ("constructive", ["missing_impact", "vague"])),
    ("I will explain the new policy in a way that everyone can understand.", ("positive", ["missing_impact", "vague"])),
    ("Our trainer, Sam, will explain the changes in a way that everyone can understand.",
     ("positive", ["missing_impact", "vague"])),
])
def test_an_uptake_asked_for_or_planned_is_no_effect(draft, expected):
    assert reading_each(draft) == expected


@pytest.mark.parametrize(("draft", "behaviour"), [
    ("You handled the team meeting calmly and clearly, which made a real difference.",
     "You handled the team meeting calmly and clearly"),
    ("You dealt with the fire alarm calmly and quickly, which reassured everyone.",
     "You dealt with the fire alarm calmly and quickly"),
    ("He handled the parent conference gently and honestly, which the family appreciated.",
     "He handled the parent conference gently and honestly"),
])
def test_delivery_on_one_occasion_is_behaviour(draft, behaviour):
    assert reading_each(draft) == ("positive", [])
    assert review_feedback(draft).structure.behavior.evidence == behaviour


@pytest.mark.parametrize("draft", [
    "You handled the complaints calmly and clearly, which pleased the customers.",
    "You managed the team meeting professionally and effectively, which made a strong impression.",
    "You handled it calmly, which helped.",
    "You handled everything brilliantly, which made a great impression.",
])
def test_no_occasion_or_an_evaluation_stays_vague(draft):
    assert reading_each(draft) == ("positive", ["vague"])
    assert review_feedback(draft).structure.behavior.evidence is None
