"""Round 41 (goals41): a made or found thing whose only standard is a grade of worth. An object opened by a grade of
worth in the positive degree ("a decent NURB library", "an awesome README"; goal.yaml ``merit_adjectives``, entries
of the Hu & Liu 2004 opinion lexicon) is a wish, as one opened by a comparative is ("a better README"): which thing
meets the grade and when it is done is left to a judgement, so it is neither specific nor a deliverable (the dev sets
label "Create an Awesome Customer Experience", "Build a better collections database" and "Find a decent celadon" so).
Look-alikes keep their reading: the grade word capitalised in running text is part of a name ("Add Great
Expectations ...", "Integrate Better Auth ..."), and a word whose other sense is a checkable state is no grade ("days
sales outstanding").

Texts from the tune items dev16-goal-049, dev20-goal-040, dev29-goal-046, the short ``goals`` suite (finance-03) and
``evals/probes/round41/goals41.jsonl`` (half A). Each case asserts all five SMART verdicts of one goal (reference
date 2026-12-01)."""

from __future__ import annotations

import pytest

from assistant.analyzers.goal import check_goal, load_rules
from tests.fixtures.goals import TODAY, smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Create an Awesome Customer Experience.", "..A.."),
        ("Build a better collections database.", "..A.."),
        ("Find a decent celadon.", "..A.."),
        ("Find a decent NURB library.", "..A.."),
        ("Find a decent keybind library.", "..A.."),
        ("Find a decent 3D cad program that can display things nicely, which may not exist.", "..A.."),
        ("Create a better demo.", "..A.."),
        ("Create a better icon.", "..A.."),
        ("Write a better README.", "..A.."),
        ("This project started with a simple goal: build a better reader for r/HFY stories.", "..A.."),
    ],
)
def test_an_object_graded_by_worth_is_a_wish(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # the grade word capitalised in running text is part of a name
        ("Integrate Better Auth session validation.", "SMA.."),
        ("Add Great Expectations data quality layer.", "SMA.."),
        ("Add Great Expectations for automated data quality checks.", "SMA.."),
        ("Create \"Good First Issue\" labels.", "SMA.."),
        # "outstanding" here is unpaid, a checkable state: no grade of worth
        ("Reduce days sales outstanding from 52 to 45 days by the end of FY26.", "SMA.T"),
        # an evaluative quality of a general thing stays an aspiration (the earlier reading)
        ("Deliver an exceptional customer experience.", "..A.."),
    ],
)
def test_look_alikes_keep_their_reading(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_grades_are_of_worth_alone() -> None:
    merit = load_rules().merit
    assert {"good", "great", "decent", "awesome", "excellent"} <= merit
    assert not merit & {"clear", "fast", "safe", "accessible", "outstanding", "exceptional", "new"}


def test_the_rewrite_adds_no_number_date_or_name() -> None:
    report = check_goal("Find a decent celadon.", today=TODAY)
    assert report.rewrite == (
        'Find a decent celadon [what exactly will change in "a decent celadon", and for whom?] from [current "a decent '
        'celadon"] to [target: number or %] by [deadline] to support [which team or organisation objective does "a '
        'decent celadon" serve?].')
