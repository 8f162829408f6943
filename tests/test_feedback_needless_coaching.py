"""Needless coaching of well-formed drafts: effects told without an effect word, and praise read as criticism.

An effect told without an effect word: a saving of time or money by the person (a saving verb whose object is a
quantity of time or money: "freed up about six hours of the finance team's time", "freed up half a day of the
buyers' time") and a problem caught before it reached someone (a catching verb and a "before" clause of another
subject: "caught two bugs in the payment flow before they reached staging", "found a duplicated bonus line before
the bank run went out"). Praise read as criticism, so that a step was asked for: independence told as "without
asking for help" ("without asking" a permission stays criticism) and a problem word on the plural head of a subject
that shrank ("late deliveries dropped from 30 a week to 4"; a drop in sales after the person's lapse stays
criticism).

Texts from scripts/feedback_round23_probe.py."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script, probe_texts

TEXTS = probe_texts("scripts/feedback_round23_probe.py")


PROBE = load_script("scripts/feedback_round23_probe.py")


def reading(row_id: str) -> tuple[str, list[str], str | None]:
    report = review_feedback(TEXTS[row_id])
    return report.polarity, sorted(f.kind for f in report.findings), report.structure.impact.evidence


@pytest.mark.parametrize(("row_id", "expected"), [
    ("w23", ("positive", [], "Ravi freed up about six hours of the finance team's time each week")),
    ("a02", ("positive", [], "freed up half a day of the buyers' time every Monday")),
])
def test_a_saving_of_time_or_money_is_an_effect(row_id, expected):
    assert reading(row_id) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("w20", ("positive", [], "Your code reviews this sprint caught two bugs in the payment flow before they reached "
                             "staging")),
    ("p03", ("positive", [], "found a duplicated bonus line before the bank run went out")),
    ("p04", ("positive", [], "During the audit walk-through Elena flagged the missing signatures before the inspectors "
                             "saw the files")),
    ("p05", ("positive", [], "You caught the allergy note on the chart and changed the order before the medication "
                             "was given")),
])
def test_a_problem_caught_before_it_reached_someone_is_an_effect(row_id, expected):
    assert reading(row_id) == expected


@pytest.mark.parametrize("row_id", ["m01", "m04", "m05"])
def test_a_saving_verb_without_a_quantity_or_a_check_that_caught_nothing_states_no_effect(row_id):
    assert reading(row_id) == ("positive", ["missing_impact"], None)


@pytest.mark.parametrize(("row_id", "expected"), [
    ("w06", ("positive", [], "All three closed their own ledgers in March without asking for help")),
    ("h03", ("positive", [], "and the close now finishes a day earlier")),
    ("h05", ("positive", [], "both went live on the agreed date")),
])
def test_without_asking_for_help_is_independence(row_id, expected):
    assert reading(row_id) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("g01", ("constructive", ["missing_action"], "the morning delivery left an hour late")),
    ("g02", ("constructive", ["missing_action"], "and two people had to cancel family plans")),
])
def test_without_asking_a_permission_stays_criticism(row_id, expected):
    assert reading(row_id) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("r01", ("positive", [], "late deliveries dropped from 30 a week to 4")),
    ("r03", ("positive", [], "and missed appointments have halved since then")),
    ("r06", ("positive", [], "wrong picks fell from twelve a day to two")),
])
def test_less_of_a_bad_thing_is_no_criticism(row_id, expected):
    assert reading(row_id) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("q01", ("constructive", ["missing_action"], "sales dropped for the first time this year")),
    ("q02", ("constructive", ["missing_action"], "and weekend sales fell by a fifth")),
    ("q03", ("constructive", ["missing_action"], "our renewal numbers dropped")),
])
def test_a_drop_after_the_persons_lapse_stays_criticism(row_id, expected):
    assert reading(row_id) == expected


def test_probe_figures():
    """The probe's per-class figures at this commit (written before each change; see the probe's docstring)."""
    totals: dict[str, list[int]] = {}
    for row in PROBE.rows():
        group = "clean" if row["expect"] == "clean" else "look-alike"
        totals.setdefault(group, [0, 0])
        totals[group][0] += PROBE.correct(row, PROBE.findings(row["text"]))
        totals[group][1] += 1
    assert totals == {"clean": [66, 73], "look-alike": [33, 36]}
