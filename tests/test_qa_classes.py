"""Answer selection classes seen on outside handbooks, each asserted on the whole answer: a FAQ's
question line never answers (the answer after THAT question does), each part of a compound question
is quoted only from a unit about that part, a case the documents name for the asker's team answers
before the general rule, and a question about acting late is answered by the time limit."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.qa import answer, render
from assistant.qa.answer import answers_for_questions, answers_part, calibration, is_bare_question
from assistant.qa.check import answer_types, asks_timing, holds, states_time_limit
from assistant.qa.focus import analyse
from assistant.qa.models import Passage, Unit
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

FAQ = (
    "Q: How many vacation days can I carry over into next year?\n"
    "- Up to 5 unused vacation days carry over; the rest lapse on 31 March.\n\n"
    "Q: How many sick days do I get each year?\n"
    "- Every employee gets 10 paid sick days a year."
)


def test_a_faq_question_line_never_answers_the_answer_after_it_does(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("faq.md", FAQ, 0.6, "Leave FAQ", 1)]
    out = answer("How many vacation days can I carry over into next year?", get_settings())
    assert (out.answered, out.answer) == (True, "\n".join([
        render.LEAD, "- \u201cUp to 5 unused vacation days carry over; the rest lapse on 31 March.\u201d [1]",
        *out.answer.splitlines()[2:]]))
    assert "Q:" not in out.answer and "sick" not in out.answer  # not the page's other answer


def test_answers_take_the_place_of_their_question() -> None:
    passage = Passage("p", "faq.md", "/faq.md", "FAQ", None, "", ["Q: How long?", "A: Ten days.", "Other."], 0, 0.5)
    question = Unit(passage, 0, "Q: How long?", held=[True], probs=[0.4], prob=0.4)
    reply = Unit(passage, 1, "A: Ten days.", held=[True], probs=[0.1], prob=0.1)
    other = Unit(passage, 2, "Other.", held=[True], probs=[0.2], prob=0.2)
    out = answers_for_questions([question, other, reply])
    assert ([(u.text, u.prob) for u in out], is_bare_question("**Q: How long?**"), is_bare_question("A: Ten.")) == (
        [("A: Ten days.", 0.4), ("Other.", 0.2)], True, False)


def test_a_part_of_a_compound_question_is_answered_only_by_a_unit_about_that_part() -> None:
    asked = analyse("How many weeks of parental leave do I get, and how many weeks can I carry over?")
    cal = replace(calibration(), min_focus=0.1)
    passage = Passage("p", "travel.md", "/travel.md", "Travel", None, "", [], 0, 0.5)
    trip = Unit(passage, 0, "Business trips longer than 3 weeks need approval.", held=[True, True],
                focus_cover=[0.0, 0.5])
    carry = Unit(passage, 1, "Up to 2 weeks of leave carry over.", held=[True, True], focus_cover=[0.3, 0.5])
    thin = Unit(passage, 2, "Up to 2 weeks of leave carry over.", held=[True, True], focus_cover=[0.3, 0.05])
    assert [answers_part(asked, u, 1, cal) for u in (trip, carry, thin)] == [False, True, False]


def test_a_team_the_documents_name_answers_before_the_general_rule(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("equipment.md", TEAM_RULES, 0.6, "Home-office allowance", 1)]
    team = answer("I'm on the Support team. How much home-office allowance can an employee claim?", get_settings())
    general = answer("How much home-office allowance can an employee claim?", get_settings())
    assert (team.answered, team.answer.splitlines()[1], general.answered, general.answer.splitlines()[1]) == (
        True, "- \u201cFor the Support team, the allowance is $800 because of on-call duties.\u201d [1]",
        True, "- \u201cEvery employee may claim a home-office allowance of $500.\u201d [1]")


TEAM_RULES = (
    "Every employee may claim a home-office allowance of $500.\n\n"
    "For the Support team, the allowance is $800 because of on-call duties.\n\n"
    "Receipts are kept for seven years."
)
TIMESHEETS = (
    "If you find a mistake in a submitted timesheet, you can correct it yourself in the portal.\n\n"
    "Timesheet corrections are accepted within 30 days.\n\n"
    "Timesheets are kept for seven years."
)


def test_a_question_about_acting_late_is_answered_by_the_time_limit(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("timesheets.md", TIMESHEETS, 0.6, "Timesheets", 1)]
    out = answer("I submitted my timesheet with a mistake two months ago. Can I still correct it?", get_settings())
    assert (out.answered, out.answer.splitlines()[:3]) == (True, [
        render.LEAD, "- \u201cTimesheet corrections are accepted within 30 days.\u201d [1]",
        "- \u201cIf you find a mistake in a submitted timesheet, you can correct it yourself in the portal.\u201d [1]"])
    assert (states_time_limit("Corrections can be made within 30 days of submission."),
            states_time_limit("Up to 30 days in the past."), states_time_limit("Managers approve timesheets every month."),
            asks_timing("Can I still fix it?"), asks_timing("How many days of leave do I get?")) == (
        True, True, False, True, False)


def test_a_wh_question_asks_for_a_thing_not_for_permission() -> None:
    assert [answer_types(q) for q in [
        "How much advanced sick leave can I request, and what documents do I have to submit?",
        "Which forms are required to be filed?", "If I am sick, am I allowed to work from home?",
        "Can I carry over unused days?"]] == [["quantity", None], [None], ["permission"], ["permission"]]


def test_a_replacement_cycle_in_decimal_years_answers_how_often() -> None:
    question = "How often are laptops replaced?"
    assert [holds("frequency", t, question) for t in [
        "Laptops are replaced every 2.5 years.", "Equipment is eligible for replacement after 1.5 years of use.",
        "The 2.5 days of leave are paid."]] == [True, True, False]


def test_a_department_named_without_team_is_a_qualifier_not_a_scope() -> None:
    assert [analyse(q).names for q in [
        "How much notice does Customer Support need before I take a week off?",
        "I work in Sales Engineering. How many days of leave do I get?",
        "How much parental leave does GitLab give?"]] == [[], [], ["GitLab"]]
