"""Plan headings of two coordinated verbs over coordinated bare plural kinds ("Renew and Maintain Roads and
Sidewalks") name an area of work, not a specific result; the same verbs over one determined, named or counted object
("Repair and reopen the Elm Street footbridge.") are specific. Rows from scripts/goals_round25_class_probe.tsv and
scripts/goals_round25_check_probe.tsv; each case asserts all five SMART verdicts (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Renew and Maintain Roads and Sidewalks", "..A.."),
        ("Attract and Retain Residents and Visitors", "..A.."),
        ("Recruit and Retain Teachers and Support Staff", "..A.."),
        # a noun the word list reads as a verb inside the object ("Open Spaces") is part of the area
        ("Protect and Enhance Natural Areas and Open Spaces", "..A.."),
        ("Attract and retain businesses and jobs.", "..A.."),
    ],
)
def test_paired_verbs_over_bare_plural_kinds_are_an_area(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Repair and reopen the Elm Street footbridge.", "SMA.."),
        ("Plan and deliver the 2027 Riverside Jazz Festival.", "SMA.."),
        ("Recruit and train 15 new teaching assistants.", "SMA.."),
    ],
)
def test_paired_verbs_over_a_determined_named_or_counted_object_are_specific(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
