"""Round 39 (qaabst39): a bare title (a heading, a contents list's link text) is not an answer.

handbooks11's tuning half answered "What is DVELP's yearly training budget per person for external courses?" with
the link text "External Training Courses" of the handbook's contents list, and handbooks' n23 (a deadline for
mid-year reviews) led with the course name "Acknowledge a Mid-Year Progress Review". A title names a topic and
predicates nothing of it. :func:`assistant.qa.title.is_title` reads the headline style of capitalisation (CMOS
8.159; APA 6.17): every word but articles, coordinators and prepositions capitalised, no number, no colon or
semicolon inside, no sentence-final punctuation. In :func:`assistant.qa.answer.decide` a lead that is a title gives
way to the best unit of the reach that is a statement naming the asked thing; without one the question is not
answered (``Verdict.reason == "relevance"``).

Look-alikes that stay statements: sentences with capitalised nouns ("Doctor Prescription / Hospital Records should
be in English."), a list item opening with a link text and then a clause, table rows ("Annual leave: 25 days"),
sentence-case fragments ("Office is optional"), one-word answers with a full stop.
"""

from __future__ import annotations

import importlib

import pytest

from assistant.qa.focus import analyse
from assistant.qa.models import Passage, Unit, Verdict
from assistant.qa.title import is_title

answer_module = importlib.import_module("assistant.qa.answer")
decide = answer_module.decide
Calibration = answer_module.Calibration

CAL = Calibration(model=None, threshold=0.05, clause_threshold=0.05, extra_ratio=0.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    # titles: contents-list link texts, headings, course names (handbooks11 n07, handbooks n23, HackerBay's contents)
    ("External Training Courses", True),
    ("Acknowledge a Mid-Year Progress Review", True),
    ("Salary Slabs", True),
    ("Healthcare", True),
    ("Board of Advisors", True),
    ("Setting up Emails", True),
    ("Code Review and Practices", True),
    ("Maternity Leave:", True),
    ("Objective and Key Results (OKR)", True),
    ("Anti-Harassment Policy", True),
    # statements and rows stay
    ("Weekly hours are capped at 40.", False),
    ("Doctor Prescription / Hospital Records should be in English.", False),
    ("Setting up CloudBoost - Yes, you need to Setup CloudBoost first.", False),
    ("Office is optional", False),
    ("Annual Leave: 25 Days", False),
    ("Situation: Standard; Minimum cadence: Monthly", False),
    ("Holiday days are not carried from one calendar year to the next", False),
    ("Yes.", False),
    ("Band 3 Salary", False),
    ("The Company Provides Twenty Days Of Paid Leave For Every Full Year Worked", False),  # a run too long for a title
    ("", False),
])
def test_is_title(text: str, expected: bool) -> None:
    assert is_title(text) is expected


BUDGET_Q = "What is Acme's yearly training budget per person for external courses?"
TITLE = "External Training Courses"
TOPICAL = "The process for getting access to external training courses should be as simple as possible."
GIVEN = "Each person has a yearly training budget of £1,000 for external courses."


def unit(text: str, prob: float, position: int) -> Unit:
    passage = Passage(id=f"p{position}", source="acme-training.md", path="acme-training.md", title="Training",
                      section="External Training Courses", text=text, units=[text], rank=position, similarity=0.5,
                      organisation="Acme")
    return Unit(passage=passage, position=0, text=text, held=[True], probs=[prob], prob=prob, focus_cover=[1.0],
                table_answer=[False])


def test_a_title_alone_is_not_an_answer() -> None:
    quotes, verdict = decide(analyse(BUDGET_Q), [unit(TITLE, 0.4, 0)], CAL)
    assert (quotes, verdict.ok, verdict.reason) == ([], False, "relevance")


def test_a_statement_naming_the_thing_leads_instead() -> None:
    quotes, verdict = decide(analyse(BUDGET_Q), [unit(TITLE, 0.4, 0), unit(GIVEN, 0.3, 1)], CAL)
    assert verdict == Verdict(True)
    assert quotes[0].text == GIVEN


def test_a_statement_lead_is_untouched() -> None:
    quotes, verdict = decide(analyse(BUDGET_Q), [unit(GIVEN, 0.4, 0), unit(TITLE, 0.3, 1)], CAL)
    assert verdict == Verdict(True)
    assert quotes[0].text == GIVEN


def test_a_sentence_not_naming_the_asked_head_does_not_lead_after_a_title() -> None:
    # the budget is named only by the title's topic: a sentence on the courses does not name it
    quotes, verdict = decide(analyse(BUDGET_Q), [unit(TITLE, 0.4, 0), unit(TOPICAL, 0.3, 1)], CAL)
    assert (quotes, verdict.ok, verdict.reason) == ([], False, "relevance")


def test_a_topical_sentence_without_a_title_lead_is_left_to_the_other_checks() -> None:
    quotes, verdict = decide(analyse(BUDGET_Q), [unit(TOPICAL, 0.3, 1)], CAL)
    assert verdict == Verdict(True)
    assert [q.text for q in quotes] == [TOPICAL]
