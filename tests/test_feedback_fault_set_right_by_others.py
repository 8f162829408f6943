"""The person's own fault set right by someone else is criticism, not a remedy to praise.

A verb of setting right (WordNet 3.0 synsets 00260648 repair/mend/fix, 00199659 correct/rectify, 00199912
remedy/amend, and redo) before a problem word is praise when the person did it ("you fixed the broken job"). When
someone else, the writer included, sets right a fault the draft gives as the person's own (their possessive before the
problem word: "your mistakes", "his errors"), the fault was the person's and the repair another's work: criticism
(``_persons_fault_set_right_by_other`` in assistant/analyzers/feedback/problems.py). Look-alikes keep their reading: the
person's repair of their own fault, a fault not said to be theirs ("the errors in the payroll file", "your laptop's
broken screen"), and a finding told in a setting clause.

Texts written for the tests."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted(f.kind for f in report.findings)


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm tired of fixing your mistakes.", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("I spent Friday afternoon fixing your mistakes in the payroll file.",
     ("constructive", ["missing_action", "missing_impact", "vague"])),
    # with a harsh opening the whole draft is criticism, not mixed
    ("Your rota is a shambles and frankly embarrassing for the ward. I'm tired of correcting your errors every week.",
     ("constructive", ["harsh", "harsh", "missing_action", "missing_impact", "vague"])),
])
def test_the_persons_fault_set_right_by_someone_else_is_criticism(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", [
    "You corrected your own errors in the March figures before the board saw them, so the report went out right "
    "first time.",
    "Dana fixed your laptop's broken screen on Monday, so you could run the Tuesday training as planned.",
    "On Monday you fixed the errors in the payroll file before the run, and every nurse was paid on time.",
    "When the reviewer caught your typo in the contract, you thanked her and added a spelling check to the template, "
    "and the next three contracts went out clean.",
])
def test_the_persons_own_repair_and_faults_not_theirs_stay_positive(text):
    assert reading(text) == ("positive", [])
