""""How long is X?" is answered by the sentence giving a length of time as X's value, not by a neighbour whose
only length bounds a case ("unpaid time of under three weeks", "more than ten days"): probe
scripts/qa_fact_round27_probe.py. ``assistant.qa.select.bound_durations_only`` tells the two apart and
``assistant.qa.answer.decide`` puts the stating sentence first when the lead only bounds a case.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.select import bound_durations_only, states_duration
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


def test_lengths_that_bound_a_case_are_told_from_lengths_given_as_values() -> None:
    texts = ["Staff may add unpaid time of under three weeks to a holiday.",
             "Staff who need more than ten days off for their own illness should apply for medical leave.",
             "Carers who have been here for six months or more may ask for flexible hours.",
             "New parents receive 16 weeks of paid leave.",
             "If you use all 16 weeks of parental leave, your medical leave for that year is used up.",
             "Between 3 and 15 years: 6 hours per pay period",
             "You must have worked here for 12 months to qualify for parental leave.",
             "Leave is approved by your manager."]
    assert [(bound_durations_only(t), states_duration(t)) for t in texts] == [
        (True, False), (True, False), (True, False), (False, True), (False, True), (False, True), (True, False), (False, False)]


PARENTAL = (
    "# Parental leave\n\n"
    "Staff wanting a longer stay at home with a new child may add unpaid time of under three weeks to parental leave. "
    "Parental leave is paid at your full salary. "
    "New parents receive 16 weeks of paid parental leave after the birth or adoption of a child."
)


def test_how_long_is_answered_by_the_sentence_stating_the_length(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("parental.md", PARENTAL, 0.6, "Parental leave", 1)]
    out = answer("How long is parental leave for a new parent?", get_settings())
    lines = out.answer.splitlines()
    assert (out.answered, "16 weeks" in lines[1]) == (True, True)
