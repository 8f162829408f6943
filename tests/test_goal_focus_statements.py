"""A focus statement whose named group focuses on a concrete subject of work ("Primary schools will focus on Year 3
phonics.", "Year 6 reading fluency is our main focus.") is specific; a focus on an abstraction, a generic phrase or a
verb ("Schools will focus on student success.", "Staff will focus on improving outcomes.") is not. Rows from
scripts/goals_round25_class_probe.tsv and scripts/goals_round25_check_probe.tsv; each case asserts all five SMART
verdicts (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Primary schools will focus on Year 3 phonics.", "S.A.."),
        ("The nursing team will focus on hand hygiene audits on Ward 7.", "S.A.."),
        ("Kitchen staff will focus on allergen labelling at the salad bar.", "S.A.."),
        # by a copula
        ("Year 6 reading fluency is our main focus.", "S.A.."),
        ("Our focus this year is Key Stage 2 writing.", "S.A.T"),
    ],
)
def test_a_focus_on_a_concrete_subject_is_specific(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Schools will focus on student success.", "..A.."),
        ("Staff will focus on improving outcomes.", "..A.."),
        ("Innovation is our main focus.", "..A.."),
        ("Our focus is on community and wellbeing.", "..A.."),
    ],
)
def test_a_focus_on_an_abstraction_is_not(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
