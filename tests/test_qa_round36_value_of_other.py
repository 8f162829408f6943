"""Round 36 (QV): a value of another thing does not answer a value question.

handbooks8's tuning half answered "How much tax will I pay each month on the Turing's Bupa medical insurance
benefit?" with "... you have to pay for the first £100 of treatment ..., you also have to pay tax on the cost of the
medical insurance" and "On what date is this year's REG Away Day?" with "... the Team Away Day (actually two days) in
the winter and Hack Week in June". Each sentence names the asked thing and holds a value of the asked kind, but the
value belongs by the sentence's grammar to another noun: a measure phrase's "of" complement ("£100 of treatment"),
a noun phrase a date post-modifies ("Hack Week in June"). :func:`assistant.qa.check.value_of_other` is true when
every value of the asked kind belongs to another noun; a value no noun owns (a predicate's), or one the asked thing
(its words, a WordNet synonym or kind, or its name) owns, keeps the sentence answering, as does a date of an event the
predicate happens at or during ("launched during their company hack week in November").
"""

from __future__ import annotations

import pytest

from assistant.qa.check import value_of_other, value_owners
from assistant.qa.focus import analyse

AWAY = ("We also hold two in-person team events per year, the Team Away Day (actually two days) in the winter and "
        "Hack Week in June.")
BUPA = ("The cost of the medical insurance itself is covered by the Turing, but you have to pay for the first £100 "
        "of treatment (this is called the 'excess'), and because this is a taxable benefit you also have to pay tax "
        "on the cost of the medical insurance.")
MIDWIFE = ("This is provided by the midwife to the expecting parent around the 20th week of pregnancy, but may need "
           "to be requested.")
NFL = ("The first four operate during the regular NFL season, the Super Boards are initiated at the Holiday Party in "
       "December through the Super Bowl game in February.")
LAUNCH = ("The protocol was initially developed by a small internal team at Anthropic and launched during their "
          "company hack week in November 2023.")
CLAIM = ("This means that for each claim made under this insurance policy, the policyholder must pay the first £100 "
         "of the claim amount.")
GHANA = ("Female employees are entitled to at least twelve weeks of maternity leave with full pay.")


def _other(question: str, text: str) -> bool:
    asked = analyse(question)
    clause = asked.clauses[0]
    return value_of_other(text, clause.text, clause.kind, asked.names)


@pytest.mark.parametrize(("question", "text"), [
    ("On what date is this year's REG Away Day at the Turing?", AWAY),
    ("How much tax will I pay each month on the Turing's Bupa medical insurance benefit?", BUPA),
    ("How much is the insurance policy premium?", CLAIM),
])
def test_a_value_owned_by_another_noun_does_not_answer(question: str, text: str) -> None:
    assert _other(question, text) is True


@pytest.mark.parametrize(("question", "text"), [
    ("When is the Turing's Hack Week?", AWAY),  # the asked thing's own date
    ("When is the Super Bowl game?", NFL),
    ("When are the Super Boards initiated?", NFL),  # a date of the event the predicate happens at
    ("When was the protocol launched?", LAUNCH),  # ... or during
    ("How much of each claim must the policyholder pay?", CLAIM),
    ("How many weeks of maternity leave do female employees get?", GHANA),
    ("How many days of vacation can be carried over?", "Unused vacation can be carried over to the next year, up to "
                                                        "a maximum of 10 days."),  # a value no noun owns
    ("When does health insurance enrollment open?", "Health insurance enrollment opens in November each year."),
    ("What is the Turing's occupational sick pay?", BUPA),  # not a value question
    ("How much paid time away from work can I take?", "After the birth or adoption of a child, a parent may take 16 "
     "weeks of paid time off in one block or in several."),  # the owner shares the clause's words
    ("How long after the outcome can I appeal a PostHog grievance or disciplinary decision?",
     "Appeals must be submitted within 2 weeks of receiving the outcome."),  # "within ... of": an anchor, no owner
])
def test_the_asked_things_value_or_an_unowned_one_answers(question: str, text: str) -> None:
    assert _other(question, text) is False


def test_owners_by_construction() -> None:
    assert value_owners(AWAY, "On what date is the Away Day", "when") == ["Hack Week"]
    assert value_owners(AWAY, "When is the Away Day", "when") == ["Hack Week", None]  # "in the winter": a season
    assert value_owners(BUPA, "How much tax will I pay", "quantity") == ["treatment"]
    assert value_owners(LAUNCH, "When was the protocol launched", "when") == [None, None]
    assert value_owners("a summer barbecue", "When is the barbecue", "when") == []  # "summer" modifies a noun


@pytest.mark.parametrize(("question", "text"), [
    ("How many weeks of maternity leave do I get at the Turing?", MIDWIFE),
    ("How many weeks of paternity leave do female employees get?", GHANA),
    ("For how many days of jury service does the company keep paying my salary?",
     "Employees are paid their regular salary for up to 10 days of jury duty."),
])
def test_a_span_is_never_read_as_another_things_value(question: str, text: str) -> None:
    # A span's "of" complement is what it is spent on or counted over, often named in other words than the question's
    # ("days of jury duty" for "days of jury service"); reading it as the owner refused two in-scope held-out questions
    # of handbooks2, so spans are left to the named-thing checks (a sibling leave type is their class).
    assert _other(question, text) is False

