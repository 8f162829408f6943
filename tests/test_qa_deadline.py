"""Deadline questions (probe: scripts/qa_round32f_probe.py, class limit).

"By when do I have to use my parental leave?", "What is the deadline to appeal?" are answered by the sentence
that states the time limit as a rule on the asked act ("You must use the PPL within a year of the child's
birth"), not by a neighbour sharing more of the question's words, nor by a time limit on another act ("If you
previously used FMLA within the past 12 months ...", "You must notify the CEO ... 60 days prior to ...").
A time limit may be stated without a number: "within a year of", "by the end of the calendar year".
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.answer import limit_of_asked_act
from assistant.qa.check import asked_actions, rules_on_act, states_time_limit
from assistant.qa.models import Passage, Unit
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


@pytest.mark.parametrize(("text", "expected"), [
    ("You must use the PPL within a year of the child's birth or placement.", True),
    ("The leave should be taken within a year after the birth or adoption of the child.", True),
    ("You must use all 25 days by the end of the calendar year.", True),
    ("You must use it by the end of the pay period in which the expiration date falls.", True),
    ("Please make a selection no later than November 15th.", True),
    ("Submit your report within five (5) business days after returning.", True),
    ("By the end of this conversation we should agree on next steps.", False),
    ("Expenses are approved by a manager.", False),
    ("It usually takes about a week to process.", False),
    ("Managers approve timesheets every month.", False),
])
def test_a_time_limit_is_read_in_words_as_well_as_in_numbers(text, expected) -> None:
    assert states_time_limit(text) is expected


OTHER_ACT = "If you previously used FMLA within the past 12 months, those hours are subtracted from the 12 weeks."
ASKED_ACT = "You must use the PPL within a year of the child's birth or placement."
TOPIC = "You are entitled to 12 weeks of paid time off for the birth or placement of a child."
NOTICE = "You must notify the CEO a minimum of 60 days prior to the planned arrival date."


def test_a_rule_names_the_asked_act_by_its_verb_or_by_its_noun_as_subject() -> None:
    use = asked_actions("By when do I have to use my paid parental leave?")
    appeal = asked_actions("What is the deadline to appeal the outcome of my complaint?")
    assert [rules_on_act("You must use the PPL within a year of the child's birth.", use),
            rules_on_act("Paid parental leave must be taken within a year.", use),
            rules_on_act("Appeals must be submitted within 10 working days of receiving the outcome.", appeal),
            rules_on_act(OTHER_ACT, use),
            rules_on_act(NOTICE, use),
            rules_on_act("Either party may request a meeting within 5 working days.", appeal),
            rules_on_act("For long service, an application for reemployment must be submitted within 90 days.",
                         asked_actions("By when do I have to apply for parental leave?")),
            rules_on_act("New performance plans should be established within 30 days of entering a role.",
                         asked_actions("What is the deadline for choosing a performance award?"))] == [
        True, True, True, False, False, False, False, False]


def _units(*texts: str) -> list[Unit]:
    passage = Passage("p", "leave.md", "/leave.md", "Leave", None, " ".join(texts), list(texts), 0, 0.5)
    return [Unit(passage, i, text) for i, text in enumerate(texts)]


def test_the_limit_ruled_on_the_asked_act_replaces_a_limit_on_another_act() -> None:
    other, asked, topic, notice = _units(OTHER_ACT, ASKED_ACT, TOPIC, NOTICE)
    question = "By when do I have to use my paid parental leave?"
    assert [limit_of_asked_act(question, other, [other, topic, asked]),
            limit_of_asked_act(question, notice, [notice, topic, asked]),
            limit_of_asked_act(question, topic, [topic, notice]),
            limit_of_asked_act(question, asked, [asked, notice]),
            limit_of_asked_act(question, notice, [notice, topic])] == [asked, asked, notice, None, None]


PPL = ("Paid parental leave\n\n"
       "You are entitled to 12 weeks of paid parental leave for the birth or placement of a child. "
       "You can use your paid parental leave all at once or intermittently, with your supervisor's approval. "
       "You must use the PPL within a year of the child's birth or placement.")


def test_a_deadline_question_is_answered_by_the_limit_on_its_act(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("ppl.md", PPL, 0.6, "Paid parental leave", 1)]
    out = answer("By when do I have to use my paid parental leave?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (True, "- \u201cYou must use the PPL within a year of "
                                                                "the child's birth or placement.\u201d [1]")


def test_a_length_question_on_the_same_page_keeps_its_lead(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("ppl.md", PPL, 0.6, "Paid parental leave", 1)]
    out = answer("How many weeks of paid parental leave do I get?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (True, "- \u201cYou are entitled to 12 weeks of paid "
                                                                "parental leave for the birth or placement of a "
                                                                "child.\u201d [1]")
