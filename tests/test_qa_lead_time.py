"""Lead-time questions (probe: scripts/qa_round25b_probe.py, notice).

"How far in advance must I tell ...", "How much warning should I give before parental leave?" ask how far ahead
of an event something must be done: the value asked is a duration (check.quantity_kind), the one noun of the
question ("warning") names the answer's type and is covered by a unit stating a lead time (a number of time units
before an event or as notice: check.states_lead_time), and that unit leads before a sentence of the page that
only shares the topic. A span asked before an event in the question's own words ("how many months must I work
before ...") asks a tenure, not a lead time.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import asks_lead_time, quantity_kind, states_lead_time
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


@pytest.mark.parametrize(("question", "lead", "kind"), [
    ("How far ahead should I book PTO?", True, "duration"),
    ("How far in advance do I need to tell the CEO about parental leave?", True, "duration"),
    ("How much warning should I give my manager before parental leave?", True, "duration"),
    ("How early must I request a sabbatical?", True, "duration"),
    ("How many months must I work before I can take leave?", False, "duration"),
    ("How much sick leave can I take before I need a note?", False, "duration"),
    ("How long is parental leave?", False, "duration"),
    ("How much is the tech stipend?", False, "money"),
])
def test_a_lead_time_question_asks_a_duration(question, lead, kind) -> None:
    assert (asks_lead_time(question), quantity_kind(question)) == (lead, kind)


@pytest.mark.parametrize(("text", "expected"), [
    ("You should inform your Manager a minimum of 5 business days before your upcoming leave.", True),
    ("Notify the CEO a minimum of 60 days prior to the planned arrival date.", True),
    ("Employees are asked to provide a minimum of 2 weeks written notice of their intent to resign.", True),
    ("Discussions should begin no later than 1 month prior to the expected leave start date.", True),
    ("You earn 2.083 days of vacation for each month you have worked.", False),
    ("Six weeks time off, fully paid.", False),
])
def test_states_lead_time(text, expected) -> None:
    assert states_lead_time(text) is expected


PARENTAL = ("Parental leave\n\nEmployees who have been with the company for six months or more are eligible for six "
            "weeks time off, fully paid.\n\nYou must notify the CEO of your desire to use this leave a minimum of 60 "
            "days prior to the planned arrival date so that we can plan accordingly.")
PTO = ("PTO ground rules\n\nAs a rule of thumb, you should inform your Manager a minimum of 5 business days before your "
       "upcoming leave, if practicable.")


def test_the_lead_time_sentence_answers_how_far_in_advance(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("leave.md", PARENTAL, 0.6, "Parental leave", 1)]
    out = answer("How far in advance do I need to tell the CEO about parental leave?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (
        True, "- \u201cYou must notify the CEO of your desire to use this leave a minimum of 60 days prior to the "
              "planned arrival date so that we can plan accordingly.\u201d [1]")


def test_the_noun_of_a_lead_time_question_names_the_answer_type(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("pto.md", PTO, 0.6, "PTO ground rules", 1)]
    out = answer("How much warning should I give my manager before my leave?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (
        True, "- \u201cAs a rule of thumb, you should inform your Manager a minimum of 5 business days before your "
              "upcoming leave, if practicable.\u201d [1]")
