"""Absolutes said of the person's behaviour in the object of their verb, generic subjects that are no person, a
change suggested as a gerund subject, a hardship the person worked through (no criticism, and no harsh finding
for a harsh word about the circumstances), and the writer's own need before the person met it.

Texts from scripts/feedback_round18_probe.py and written for the class."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.feedback import reading_each


def absolutes(draft: str) -> list[str]:
    return [f.text for f in review_feedback(draft).findings if f.kind == "absolute"]


@pytest.mark.parametrize(("draft", "term", "kinds"), [
    ("You miss every deadline we agree on, and the client has started asking me for the dates directly.", "every",
     ["absolute", "missing_action", "vague"]),
    ("She doesn't answer any of my emails, so I end up walking over to her desk to get a status update.", "any",
     ["absolute", "missing_action", "vague"]),
    ("Priya hasn't finished a single report on time this quarter, and finance has had to chase her for each one.",
     "a single", ["absolute", "missing_action"]),
    ("Your reports are always late, and the board pack goes out without your section.", "always",
     ["absolute", "missing_action", "missing_impact", "vague"]),
])
def test_an_absolute_in_the_object_or_of_the_persons_work_is_flagged(draft, term, kinds):
    assert reading_each(draft) == ("constructive", kinds)
    assert absolutes(draft) == [term]


@pytest.mark.parametrize(("draft", "expected"), [
    pytest.param("Change is never easy, and you led the team through the move to the new ward with real calm.",
                 ("positive", ["missing_impact"]), marks=pytest.mark.xfail(strict=True, reason=(
                     "open: the rules read a generic statement's 'never easy' as criticism of the person (mixed); "
                     "an earlier learned layer corrected it, the refitted layer no longer does"))),
    ("You answered every question the auditors asked, and the report came back with no findings.", ("positive", [])),
    ("You haven't missed any deadlines this year, and the client renewed the contract because of it.",
     ("positive", [])),
    ("He didn't bring any samples to Tuesday's meeting, so we rescheduled the tasting to Thursday.",
     ("constructive", ["missing_action"])),
    ("My request is that you copy finance on every quote.", ("constructive", ["missing_impact", "vague"])),
])
def test_generic_subjects_outcomes_single_occasions_and_requests_are_no_absolute(draft, expected):
    assert reading_each(draft) == expected


@pytest.mark.parametrize("draft", [
    "Parting is always emotional. Mr Okafor trained half of the current engineers.",
    "Every Monday you run the stand-up, and the team leaves it knowing what to work on first.",
    "She said, \"you never listen to anyone\", but the notes from the meeting show you took her points on board.",
    "Every invoice must be approved by a manager before payment; please add that step to your checklist.",
    "His stammer never gets in the way of his briefings, and the crews trust what he tells them.",
    "She trained every new hire on the till and never missed a stock count in four years.",
])
def test_frequency_facts_quotes_policies_and_praise_are_no_absolute(draft):
    assert absolutes(draft) == []


@pytest.mark.parametrize(("draft", "expected"), [
    ("Improving your time management will help you meet deadlines more consistently.",
     ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("Being more concise in your updates would help the leadership team read them before the meeting.",
     ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("Your lesson plans are thorough and the students clearly enjoy your classes. Improving your pacing in the last "
     "ten minutes would give them time to finish the exit ticket.", ("mixed", ["missing_action", "missing_impact", "vague"])),
])
def test_a_change_suggested_as_a_gerund_subject_asks_for_change(draft, expected):
    assert reading_each(draft) == expected


@pytest.mark.parametrize("draft", [
    "Improving the checkout flow was your biggest win this year, and conversion rose by four points.",
    "Keeping your calm during the outage helped the whole team stay focused, and we were back online in an hour.",
    "Working with you on the audit has been a pleasure, and the regulators signed it off first time.",
    "During your leave, Sam will help cover the front desk, and we will keep your queue tidy.",
])
def test_a_gerund_subject_reporting_what_was_done_is_praise(draft):
    assert review_feedback(draft).polarity == "positive"


@pytest.mark.parametrize(("draft", "expected"), [
    ("Despite a broken printer and two staff off sick, you got the mailing out on Friday.",
     ("positive", ["missing_impact"])),
    ("Even with a failing server and an angry client on the line, Maria stayed calm and restored the backups by noon.",
     ("positive", ["missing_impact"])),
    ("Regardless of the poor turnout at the first session, you ran the second workshop with the same energy, and "
     "twelve people signed up for the course.", ("positive", [])),
])
def test_a_hardship_the_person_worked_through_is_no_criticism(draft, expected):
    assert reading_each(draft) == expected


@pytest.mark.parametrize(("draft", "expected"), [
    ("Despite your late start on the report, the analysis was solid; please begin the next one a week earlier.",
     ("mixed", [])),
    ("You missed the deadline even though the team stayed late to help you.",
     ("mixed", ["missing_action", "missing_impact"])),
])
def test_a_conceded_fault_of_the_persons_own_stays_criticism(draft, expected):
    assert reading_each(draft) == expected


def test_a_harsh_word_about_the_circumstances_worked_through_is_not_harsh():
    draft = "You kept the clinic running even on days when the weather was terrible and half the team could not get in."
    assert "harsh" not in reading_each(draft)[1]
    assert "harsh" in reading_each("Your handover notes were terrible.")[1]


@pytest.mark.parametrize(("draft", "expected"), [
    ("We did not know how to apply for the grant, and the deadline was two days away. Li walked us through the forms "
     "and checked every page before we sent them.", ("positive", ["missing_impact"])),
    ("At first I couldn't understand the new pension options. Grace explained each one over the phone and sent me a "
     "summary the same day.", ("positive", [])),
])
def test_the_writers_own_need_before_the_person_met_it_is_no_criticism(draft, expected):
    assert reading_each(draft) == expected


@pytest.mark.parametrize(("draft", "expected"), [
    ("We did not get Dana's figures until Friday, so the filing went in late.",
     ("constructive", ["missing_action", "vague"])),
    ("The client did not get a reply for a week. You were on leave and had not set an out-of-office message.",
     ("constructive", ["missing_action", "missing_impact"])),
])
def test_something_not_done_that_may_be_the_persons_doing_stays_criticism(draft, expected):
    assert reading_each(draft) == expected
