"""Two paraphrase classes of policy questions (probe: scripts/qa_round18_probe.py):

* a quantity written in another unit or in words ("away for three days" where the policy says "72 hours",
  "one thousand dollars" for "$1,000", "a fortnight" for "14 days"): ``assistant.text.quantities`` reads each
  number with its unit, a unit word of the question is covered by the same amount in another unit (never by
  another amount: "a day off" is not covered by "12 weeks"), and a quantity that only restates the question's
  is no answer;
* an event verb named by its noun ("my grandmother died" / "a death in the family", "quit" / "resign"), from
  the WordNet table ``assistant/data/event_words.yaml``, one way where the relation is not symmetric (a policy
  on bereavement speaks of a death, a question about bereavement is not answered by any death).
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import holds
from assistant.qa.focus import focus_stems, matched
from assistant.settings import get_settings
from assistant.text import event_named_by, event_verbs, quantities, quantity_terms, with_event_terms
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


def test_quantities_read_each_number_with_its_unit_of_time_or_money() -> None:
    text = ("Away 72 hours, two weeks' notice, 14 calendar days, 3 working days, 18 months, a fortnight, "
            "$1,000, one thousand dollars, a forty-dollar allowance, 25% and the 3rd day.")
    assert [(text[q.start:q.end], q.value, q.dimension, q.count, q.unit) for q in quantities(text)] == [
        ("72 hours", 4320.0, "time", 72.0, "hour"),
        ("two weeks", 20160.0, "time", 2.0, "week"),
        ("14 calendar days", 20160.0, "time", 14.0, "day"),
        ("3 working days", 3.0, "workday", 3.0, "day"),
        ("18 months", 18.0, "months", 18.0, "month"),
        ("$1,000,", 1000.0, "$", 1000.0, "dollar"),
        ("one thousand dollars", 1000.0, "$", 1000.0, "dollar"),
        ("a forty-dollar", 40.0, "$", 40.0, "dollar"),
        ("fortnight", 20160.0, "time", 1.0, "fortnight"),
    ]


def test_a_quantity_is_read_in_every_unit_it_is_a_whole_number_of() -> None:
    assert [sorted(quantity_terms(t)) for t in ["gone for 72 hours", "two weeks", "18 months", "3 business days",
                                                "$250", "30 days"]] == [
        ["3-day", "4320-minute", "72-hour"],
        ["1-fortnight", "14-day", "2-week", "20160-minute", "336-hour"],
        ["18-month", "6-quarter"],
        ["3-day"],
        ["250-dollar"],
        ["30-day", "43200-minute", "720-hour"],
    ]


def test_a_unit_word_is_covered_by_the_same_amount_in_another_unit_only() -> None:
    away = focus_stems("What happens if I'm away for three days and don't let anyone know?")
    day_off = focus_stems("Do I get a day off on my father's birthday?")
    assert (sorted(away), matched(away, "If you're gone for 72 hours without notification, this is job abandonment."),
            matched(away, "Notify your manager within 48 hours."), matched(day_off, "Parents get 12 weeks of leave.")) == (
        ["3-day", "away", "day"], {"3-day", "day"}, set(), set())


def test_a_quantity_that_restates_the_question_is_no_answer() -> None:
    question = "Is two weeks' notice enough, or how long must it be?"
    assert (holds("quantity", "Employees give 14 calendar days of notice.", question),
            holds("quantity", "Managers give 28 calendar days of notice.", question),
            holds("quantity", "An absence of 72 hours ends the job.", "How long after three days am I paid?"),
            holds("quantity", "An absence of 96 hours ends the job.", "How long after three days am I paid?")) == (
        False, True, False, True)


def test_event_verbs_are_searched_and_matched_by_the_nouns_naming_their_event() -> None:
    assert [with_event_terms(q) for q in [
        "My wife passed away last night.", "If I quit, do I get paid for my vacation?",
        "How much bereavement leave is given for the death of a daughter?", "Is the fire exit open?"]] == [
        "My wife passed away (die death bereavement) last night.",
        "If I quit (resignation), do I get paid for my vacation?",
        "How much bereavement leave is given for the death (die bereavement) of a daughter?",
        "Is the fire exit open?"]
    assert (event_verbs("I'm stepping down next month"), sorted(event_named_by("quit")),
            event_named_by("bereavement"), "bereavement" in event_named_by("die")) == (
        "I'm resign next month", ["quit", "resign", "resignation"], frozenset(), True)
    died = focus_stems("What paperwork do I need after my father dies?")
    assert matched(died, "Submit documentation of your relationship to the deceased and the date of death.") == {"die"}
    grief = focus_stems("How much bereavement leave do I get?")
    assert matched(grief, "In the case of a death in the family you get four days.") == set()  # one way only


ABANDONMENT = (
    "Employees are expected to report for every scheduled shift.\n\n"
    "An employee who is absent for 72 hours without notifying the company is considered to have voluntarily "
    "resigned.\n\n"
    "Employees who are separated for job abandonment are paid for unused accrued vacation up to 30 days."
)


def test_a_question_giving_the_amount_in_other_units_is_answered_by_the_policy_sentence(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("abandonment.md", ABANDONMENT, 0.6, "Job abandonment", 1)]
    out = answer("If I'm gone three days with no word to my boss, what happens?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (True, "- \u201cAn employee who is absent for 72 hours without "
                                                                "notifying the company is considered to have voluntarily "
                                                                "resigned.\u201d [1]")
