"""Round 18 goal cases: a revision verb on a particular artefact; a bare value after a comparator.

Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a revision verb changes a thing that exists: a definite artefact says which one
        ("Update the employee handbook.", "S.A.."),
        ("Overhaul the shift handover template.", "S.A.."),
        ("Refresh the careers page on our website.", "S.A.."),
        ("Revise the code of conduct policy.", "S.A.."),
        # a telegraphic key result drops the article: a modifier and a head still name the existing one
        ("Redesign sales proposal.", "S.A.."),
        ("Overhaul expense approval workflow.", "S.A.."),
        # a skill, an approach, a culture, people or one bare kind name no particular thing; an indefinite one leaves
        # which one open
        ("Update my skills.", "..A.."),
        ("Revise our approach to client meetings.", "..A.."),
        ("Modernize our culture.", "..A.."),
        ("Update the team regularly.", "..A.."),
        ("Update documentation.", "..A.."),
        ("Revise policies.", "..A.."),
        ("Redesign a form.", "..A.."),
    ],
)
def test_a_revision_verb_on_a_particular_artefact(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a comparator and a bare number after a metric: the value to pass
        ("Reach NPS over 60.", "SMA.."),
        ("Keep monthly churn under 3.", "SMA.."),
        ("Grow weekly active users above 10,000.", "SMA.."),
        # after people, the number is their age: who is served, not a target
        ("Increase vaccination among adults over 65.", "S.A.."),
        ("Offer free screenings to residents over 50.", "S.A.."),
        ("Expand the reading program to children under 5.", "S.A.."),
    ],
)
def test_a_bare_value_after_a_comparator(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a broad area named as a measured quantity, with its value: a result
        ("Achieve an employee engagement score of 80.", "SMA.."),
        ("Raise the customer effort score (CES) to 4.5.", "SMA.."),
        ("Hold the service quality score at 90 or higher.", "SMA.."),
        # the area alone, or a wish for more of it, is none
        ("Improve employee engagement.", "..A.."),
        ("Get better engagement scores.", "..A.."),
    ],
)
def test_a_metric_on_a_broad_area_with_its_value(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a title-cased theme ends in an abstract area: its capitals mark a heading, not a name
        ("Advance Student Success.", "..A.."),
        ("Advance Research and Innovation.", "..A.."),
        ("Champion Diversity, Equity and Inclusion.", "..A.."),
        ("Deepen Community Partnerships.", "..A.."),
        # a name ends in the thing it names
        ("Launch the Student Success Center website.", "SMA.."),
        ("Expand the Summer Bridge Program to two campuses.", "SMA.."),
    ],
)
def test_a_title_cased_area_is_no_name(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
