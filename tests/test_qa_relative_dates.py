"""A "when" question answered by a relative (anchored) date (probe: scripts/qa_round36_facts_probe.py, class when).

"By when do I need to submit an expense claim?" is answered by "Employees should submit expenses in the *same quarter*
they are incurred"; "When is the common FMV determined?" by "... *on the date that* the board of directors approves
the option grant". A time noun placed against another time or event by an anchor (same, following, previous,
preceding, current, subsequent, future, later, earlier) or a date fixed by an event is a date in TimeML's sense
(TIMEX3 with an anchor: Pustejovsky et al. 2003; ISO 24617-1): such a sentence holds the kind of value a "when"
question asks for, so the answer-type check no longer zeroes it. The same words before anything but a time ("the
following information", "the current version", "a later stage") say no time.
"""

from __future__ import annotations

import pytest

from assistant.qa.check import holds

QUESTION = "By when do I need to submit an expense claim?"


@pytest.mark.parametrize("text", [
    "Employees should submit expenses in the same quarter they are incurred.",  # handbooks7 tuning d40
    "There is a deadline for these claims for the previous calendar year: March 31st of the current year.",
    "The vesting date should reflect the current date or a future date only.",  # probe w03
    "The applicable common FMV is determined on the date that the board of directors approves the option grant.",
    "Prevailing preferred stock prices will be updated at the same time that common FMVs are updated.",  # probe w06
    "Reimbursements are paid in the following pay period.",
    "Requests are reviewed at the subsequent month's meeting.",
    "You may request it at a later date.",
])
def test_a_relative_date_says_when(text: str) -> None:
    assert holds("when", text, QUESTION) is True


@pytest.mark.parametrize("text", [
    "Email the expense receipt to finance@hypha.coop with the following information:",
    "The following steps will be taken by Hypha and the investigator.",
    "This page describes the current version of our expense policy.",
    "Expenses are reviewed by the same person who approved the trip.",
    "A previous employer's reference is not required.",
    "Contractors and volunteers should complete the expense form and email it together with the receipts.",
])
def test_the_same_anchors_before_no_time_say_no_time(text: str) -> None:
    assert holds("when", text, QUESTION) is False


def test_other_kinds_are_unchanged() -> None:
    text = "Employees should submit expenses in the same quarter they are incurred."
    assert (holds("quantity", text, "How much can I claim?"), holds("frequency", text, "How often are claims paid?"),
            holds("who", text, "Who approves a claim?")) == (False, False, False)
