"""Answerable questions the Q&A refused, and their look-alikes that must stay refused (probe:
scripts/qa_round32r_probe.py).

* A name the page writes apart: the place or provider a question puts before a programme of two or more words
  ("California Paid Family Leave", "Insperity Education Assistance Program") stands in the same sentence as the
  programme ("In California, ... Paid Family Leave programs", "Insperity's ...") or in the document's own scope
  (``check.written_apart``). A part no sentence names ("Oregon", "Workforce Commission") keeps the name missing.
* A length of time counted by the article or a vague count ("within a week", "a month's notice", "a couple of
  weeks") is a duration, unless it is a rate's period ("once a week", "8 hours a day") or bounds a case ("if the
  leave extends beyond a week"). A share told by a fraction word or as the whole ("half the amount", "full
  salary") answers a percentage or an amount of pay.
* A name after the preposition that opens a question ("At Leaf, how ...", "For Sourcegraph staff, ...") is a name,
  as one after an opening auxiliary is: it no longer starts the sentence. Before, a common word used as a name
  ("Leaf", "Clef") or one not marked by its shape ("Sourcegraph") was read as a topic word, so another
  organisation's page answered.
* "How long does X last?": the verb of lasting is part of the asking, not what is asked about.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import answer_type, article_duration, asking_words, holds, missing_names
from assistant.qa.models import Passage
from assistant.settings import get_settings
from assistant.text import question_names
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

PFL = ("In California, State Disability Insurance and Paid Family Leave programs will pay part of an employees "
       "salary who are unable to work due to pregnancy and childbirth. Clef will supplement them to maintain the "
       "employee's salary.")
EDUCATION = ("In addition to this internal budget, U.S. employees may also have access to Insperity's Education "
             "Assistance Program. Up to a maximum of $1,500 per calendar year for approved college courses.")


def passage(text: str, title: str = "New Parent Leave", organisation: str | None = None) -> Passage:
    return Passage(id="p1", source="clef-new-parent-leave.md", path="/kb/clef-new-parent-leave.md", title=title,
                   section=None, text=text, units=[], rank=0, similarity=0.5, organisation=organisation)


def test_a_name_written_apart_in_one_sentence_is_mentioned() -> None:
    asked = ["California Paid Family Leave", "California State Disability Insurance", "Oregon Paid Family Leave",
             "California Unemployment Insurance", "New York Paid Family Leave"]
    assert missing_names(asked, passage(PFL)) == ["Oregon Paid Family Leave", "California Unemployment Insurance",
                                                  "New York Paid Family Leave"]
    assert missing_names(["Insperity Education Assistance Program", "Insperity Coaching Assistance Program"],
                         passage(EDUCATION)) == ["Insperity Coaching Assistance Program"]


def test_a_name_written_apart_needs_both_parts_in_one_sentence_or_the_scope() -> None:
    apart = "Our office is in California. Paid Family Leave is described below."
    assert missing_names(["California Paid Family Leave"], passage(apart)) == ["California Paid Family Leave"]
    assert missing_names(["Clef Paid Family Leave"], passage(apart, organisation="Clef")) == []


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("How long is the notice period?", "You must give a month's notice in writing.", True),
    ("How soon must I submit expenses?", "Submit your expenses within a week of the trip.", True),
    ("How long is probation?", "Probation normally lasts a couple of weeks.", True),
    ("How far ahead should I book?", "Add it to the shared calendar at least a week in advance.", True),
    ("How many days of sick leave do I get?", "If the sick leave extends beyond a week, report it.", False),
    ("What share of the allowance do part-timers get?", "Part-time employees receive half the amount of leave.",
     True),
    ("What percentage of salary is paid during leave?", "Sourcegraph will cover the difference to your full salary.",
     True),
    ("What percentage of salary is paid during leave?", "Half the team works remotely during the summer.", False),
])
def test_durations_by_the_article_and_shares_by_a_fraction_word(question, text, expected) -> None:
    assert holds(answer_type(question), text, question) is expected


def test_a_rate_period_or_a_bound_is_not_a_duration_by_the_article() -> None:
    texts = ["We meet once a week.", "You work 8 hours a day.", "Check your email twice a day.",
             "If the leave extends beyond a week, report it.", "Absences of more than a month need a note.",
             "Give notice a week before you go.", "It is refilled a year to the day you first used it."]
    assert [article_duration(t) for t in texts] == [False, False, False, False, False, True, True]


def test_a_name_after_an_opening_preposition_is_a_name() -> None:
    assert [question_names(q) for q in ("At Leaf, how much notice do I give before taking holidays?",
                                        "At Osio Labs, how much is the stipend?",
                                        "My dad died. At Clef, who do I tell?",
                                        "At the end of the year, what happens to unused days?")] == [
        ["Leaf"], ["Osio Labs"], ["Clef"], []]


def test_the_verb_of_lasting_is_part_of_the_asking() -> None:
    assert asking_words("How long does the probation period last", "quantity") == ["long", "last"]
    assert asking_words("How long is the last review", "quantity") == ["long"]


SABBATICAL = "After every 5 years of working at Clef, employees are encouraged to take a 12 week paid sabbatical."


def test_a_fronted_organisation_the_pages_do_not_name_is_refused(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("clef-sabbatical.md", SABBATICAL, 0.6, "Sabbatical", 1)]
    refused = answer("At Leaf, how long is the paid sabbatical?", get_settings())
    answered = answer("At Clef, how long is the paid sabbatical?", get_settings())
    assert (refused.answered, answered.answered, answered.answer.splitlines()[1]) == (
        False, True, f"- \u201c{SABBATICAL}\u201d [1]")
