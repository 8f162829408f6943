"""Round 38 (qaabst38): a number of another dimension than the asked one does not answer a quantity question.

A count of things asked, a span of time given; a length asked, a rank of time (an ordinal) or a percentage given.
Look-alikes keep their answers: counts of the asked things, counts of time units, lengths, "your first two weeks",
"within the first week". Sentences from the TTS Handbook (CC0) and the tuning halves' failures.
"""

from __future__ import annotations

import pytest

from assistant.qa.check import answer_type, holds
from assistant.qa.dimension import counts_things, of_asked_dimension


def _holds(question: str, sentence: str) -> bool:
    return holds(answer_type(question), sentence, question)


@pytest.mark.parametrize(("question", "sentence"), [
    # a count of things, a span of time given
    ("How many attendees must a conference have before Deeson will sponsor it?",
     "This is easier to answer the more notice you give; conferences are usually scheduled six months ahead of time."),
    ("How many agreements can 18F sign with one partner agency?",
     "Some agreements can take as few as 10 days, while others take up to 90 days."),
    ("How many projects should I bill to in a week?",
     "So for most people in a given 40-hour week, the expectation is to bill at least 32 hours to project work."),
    # a length, a rank of time or a percentage given
    ("How many days can I be off sick at the Foundation for Public Code before I need a doctor's note?",
     "Foundation for Public Code staff are always paid while sick (100% the first year of sickness and 70% the "
     "second year)."),
    ("How long do I have to set up two-factor authentication?",
     "On your first day at work you should configure things so that your two-factor authentication (2FA) codes are "
     "delivered to your cell phone."),
    ("How long will it take me to learn my way around TTS?",
     "Working at TTS is a lot like learning a new language via immersion: your first weeks are likely going to be "
     "spent trying to navigate the TTS Handbook."),
])
def test_number_of_another_dimension_does_not_answer(question: str, sentence: str) -> None:
    assert _holds(question, sentence) is False


@pytest.mark.parametrize(("question", "sentence"), [
    ("How many people can I survey outside the government before I need PRA approval?",
     "If you're collecting feedback from more than 10 people outside of the Federal Government, your survey will "
     "need to go through PRA approval."),
    ("How many participants can I do user research with before the PRA applies?",
     "You are conducting research with 9 or fewer participants over a period of 12 months."),
    ("How many pay periods are there in a year?", "Most years have 26 pay periods."),
    ("How many people should write a blog post?", "Generally, posts should only be written by one or two people."),
    ("How long might a new designer have little assigned work?",
     "You might not have much assigned work during your first two weeks here."),
    ("How long is the probation period?", "Probation covers the first year of employment: during the first year "
     "your supervisor checks in monthly."),
    ("How long does the testing and review before launch take?",
     "This testing and review process will take 1-2 weeks and should be the top priority for the project team."),
    ("How long does a detail last?", "Details last for 120 days."),
    ("How many days of sick leave do I get?", "Employees accrue 13 days of sick leave each year."),
    ("What percentage of my salary is paid during sick leave?",
     "Staff are always paid while sick (100% the first year of sickness and 70% the second year)."),
])
def test_number_of_the_asked_dimension_answers(question: str, sentence: str) -> None:
    assert _holds(question, sentence) is True


def test_counted_noun() -> None:
    assert [counts_things(q) for q in ("How many attendees are needed?", "How many pay periods are there?",
                                       "How many times a year can I claim?", "How long is it?",
                                       "how many can I take to recover from vaccine side effects?")] \
        == [True, False, False, False, False]


def test_mentions_kept_whole() -> None:
    text = "Details last up to 120 days and involve 3 supervisors."
    fresh = [(19, 22, False), (40, 41, False)]
    assert of_asked_dimension("count", "How many supervisors sign off?", text, fresh) == [(40, 41, False)]
    assert of_asked_dimension("duration", "How long does a detail last?", text, fresh) == fresh
    assert of_asked_dimension("money", "How much does it cost?", text, fresh) == fresh
