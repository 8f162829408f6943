"""A consequence told as an event, with no effect word, is an impact (probe: scripts/feedback_round30r_probe.py):
another party's reaction after the act ("two cafes sent their loaves back", "Two families who had booked a tour walked
out") or a loss to others after a lapse reported through the work ("Eleven people were paid a week late", "Each
shortfall kept you and the head teller back"). A party's act that sets the scene, the person's own lot and a verdict on
the work ("The report was disappointing") state no impact."""

import pytest

from tests.fixtures.feedback import kinds_and_impact as reading
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round30r_probe.py")
TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once




@pytest.mark.parametrize(("row_id", "expected"), [
    ("r02", ([], "two cafes sent their loaves back")),  # "dense enough that ...": a result clause of degree
    ("r05", ([], "Two families who had booked a tour walked out")),  # subject with a relative clause
    # after "your till was out of balance three times"; since round 36 the outcome-verb cue quotes the whole clause
    ("r13", (["vague"], "Each shortfall kept you and the head teller back forty minutes after close")),
    ("r18", ([], "Eleven people were paid a week late")),  # after "the timesheets reached payroll after the cut-off"
])
def test_a_consequence_told_as_an_event_is_an_impact(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize("row_id", ["s02", "s04", "s09", "o02", "o04", "o06", "n01", "n03"])
def test_a_setting_or_the_persons_own_lot_is_no_impact(row_id):
    assert "missing_impact" in reading(TEXTS[row_id])[0]


@pytest.mark.parametrize("draft", [
    "The report was disappointing. The revenue table stopped at June, and the appendix still had last year's figures.",
    "Your attitude was poor and you sounded bored. It wasn't acceptable.",
])
def test_a_verdict_on_the_work_reports_no_lapse(draft):
    assert reading(draft) == (["missing_action", "missing_impact"] + (["trait", "vague"] if "attitude" in draft else []),
                              None)


def test_enough_without_a_that_clause_is_no_result():
    draft = ("Jo, the sourdough batch on Saturday went out underproofed and not dense enough for the cafes. Please give "
             "the dough its full proof time on busy mornings too.")
    assert reading(draft) == (["missing_impact"], None)


@pytest.mark.parametrize("row_id", ["s01", "s11"])
def test_what_was_asked_of_the_person_or_what_they_said_is_no_impact(row_id):
    # "the sales team asked you on the 2nd to reorder the printer toner, and you had not placed the order":
    # a directive before the act; "you told her it was cancelled": the content of the person's own telling
    assert reading(TEXTS[row_id]) == (["missing_impact"], None)


@pytest.mark.parametrize(("draft", "evidence"), [
    ("Kim, you sent the quote to Brook Ltd two days late on Monday, and their buyer asked you to resend it with the new "
     "prices. Please send quotes within one working day of a request.", "their buyer asked"),
    ("Sam, you told the parent on Tuesday that the trip was cancelled, and she complained to the head the next "
     "morning. Please check the notice board before you answer questions about trips.", "complained"),
])
def test_a_request_or_reaction_after_the_act_stays_an_impact(draft, evidence):
    kinds, found = reading(draft)
    assert (kinds, evidence in (found or "")) == ([], True)
