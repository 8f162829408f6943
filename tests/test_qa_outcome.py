"""Outcome questions (probe: scripts/qa_round31q_probe.py, class next).

"What happens if I don't ...", "what are the consequences of ..." ask what follows from a rule; a policy states
it in the sentence after the rule ("Comp time expires one year after it is earned. When you reach the expiration
date, you will forfeit the leave."), so the lead's next unit joins the quotes right after it.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import asks_outcome
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


@pytest.mark.parametrize(("question", "expected"), [
    ("What happens if I don't return my laptop?", True),
    ("What will happen to my comp time when I leave?", True),
    ("What are the consequences of missing the deadline?", True),
    ("What is the penalty for a late expense report?", True),
    ("When does comp time expire?", False),
    ("What is the per diem for meals?", False),
])
def test_asks_outcome(question, expected) -> None:
    assert asks_outcome(question) is expected


COMP = ("Comp time\n\nComp time expires one year (26 pay periods) after it is earned. When you reach the expiration "
        "date, you will forfeit the leave. Refer to the fact sheet for more detail.")


def test_the_sentence_after_the_rule_answers_what_happens(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("overtime.md", COMP, 0.6, "Comp time", 1)]
    out = answer("What happens to my comp time if I don't use it within a year?", get_settings())
    assert (out.answered, out.answer.splitlines()[1:3]) == (True, [
        "- \u201cComp time expires one year (26 pay periods) after it is earned.\u201d [1]",
        "- \u201cWhen you reach the expiration date, you will forfeit the leave.\u201d [1]"])


def test_a_question_not_asking_an_outcome_keeps_its_quotes(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("overtime.md", COMP, 0.6, "Comp time", 1)]
    out = answer("When does comp time expire?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (
        True, "- \u201cComp time expires one year (26 pay periods) after it is earned.\u201d [1]")
