"""Round 17 goal cases: a means after a change verb, read from the action's end.

Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from assistant.analyzers import goal
from tests.fixtures.goals import smart, verdicts


def test_the_means_pattern_matches_from_the_position_it_is_given() -> None:
    # it was anchored with "^", which never matches after the start of the text, so no means was ever found
    text = "Reduce readmissions by implementing a discharge call program."
    assert goal._MEANS_NOUN.match(text, len("Reduce readmissions")) is not None
    assert not goal._MEANS_NOUN.pattern.startswith("^")
    for time_or_amount in ("by December 2027", "by 2028", "by the end of Q3", "by Q2", "by half", "by 15%"):
        assert goal._MEANS_NOUN.match(" " + time_or_amount) is None, time_or_amount
    assert "via" in goal.load_rules().boundaries


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a concrete means after a direction on a metric says how the result is reached: specific, not measurable
        ("Increase the number of internships through partnerships with local employers.", "S.A.."),
        ("Reduce customer complaints via a new callback system.", "S.A.."),
        # a participle after a people noun is no means: "using" does not end the object
        ("Increase the number of residents using the app.", "..A.."),
        # "by" before a date or an amount is no means: a direction with a deadline stays an area
        ("Increase the number of internships by the end of the year.", "..A.T"),
        ("Decrease readmission rates by 2028.", "..A.T"),
    ],
)
def test_a_means_after_a_direction_on_a_metric(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a kind of work product with nothing that says which one: not specific, but done or not done
        ("Create process documentation.", ".MA.."),
        ("Prepare a presentation.", ".MA.."),
        ("Deliver a demo video.", ".MA.."),
        ("Develop training materials this quarter.", ".MA.T"),
        ("Produce documentation for the project.", ".MA.."),
        # whom it is for, its topic or its audience says which one
        ("Write user documentation for the new expense-claims portal.", "SMA.."),
        ("Prepare a presentation on Q1 safety incidents for the board meeting.", "SMA.T"),
        ("Deliver a presentation to the board each quarter.", "SMA.T"),
        # a judged quality of the artefact is a wish, not the making of it
        ("Make the documentation clearer.", "..A.."),
    ],
)
def test_an_unnamed_kind_of_work_product(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a vague verb with a concrete means: the means is the work done
        ("Strengthen volunteer retention through recognition lunches for long-serving volunteers.", "S.A.."),
        ("Enhance patient safety by installing bed-exit alarms on the orthopaedic ward.", "SMAR."),
        ("Improve invoice turnaround by routing approvals through the procurement portal.", "S.A.."),
        ("Improve attendance through a monthly newsletter to parents.", "SMA.T"),
        # a means that is itself vague, a change of a metric or a date names no work
        ("Improve teamwork by communicating better.", "..A.."),
        ("Improve morale through better engagement.", "..A.."),
        ("Improve performance by working harder.", "..A.."),
        ("Boost engagement by the end of next year.", "..A.T"),
    ],
)
def test_a_vague_verb_with_a_concrete_means(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
