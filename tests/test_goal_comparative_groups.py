"""A target verb over a group widened by a comparative ("Reach a wider range of suitable prospects.", "Recruit a
larger pool of reliable suppliers.") wishes for more of a kind and names no result, as "more" does; a counted or
named group ("Reach 500 prospects in the Leeds dental market.") is specific. Rows from
scripts/goals_round26_class_probe.tsv and scripts/goals_round26_check_probe.tsv; each case asserts all five SMART
verdicts (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Reach a wider range of suitable prospects.", "..A.."),
        ("Attract a broader range of qualified candidates.", "..A.."),
        ("Recruit a larger pool of reliable suppliers.", "..A.."),
        ("Connect with a wider pool of potential partners.", "..A.."),
        ("Reach 500 prospects in the Leeds dental market.", "SMA.."),
        ("Recruit 12 volunteer drivers for the Tuesday lunch club.", "SMA.."),
        # a concrete work order with the same verbs stays specific
        ("Widen the footpath on Elm Street by June 2027.", "S.A.T"),
    ],
)
def test_a_group_widened_by_a_comparative_is_no_result(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
