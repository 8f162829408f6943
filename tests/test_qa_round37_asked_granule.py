"""Round 37 (qagate37): a value asked by the noun phrase an interrogative determiner heads ("On which day ...?",
"What hours ...?", "What are the core working hours?") or by a superlative of paying ("What's the most ... will
pay ...?") is typed, and a when-question's determiner head sets how fine the stated time must be (a day, a clock time).
Sentences from the outside probe ``evals/probes/round37/qagate37.jsonl`` (public payday, working-hours and
reimbursement pages)."""

from __future__ import annotations

from assistant.qa.check import answer_type, answer_types, asked_granule, holds, quantity_kind


def test_determiner_phrase_types_a_time():
    assert answer_type("On which day are bi-weekly employees paid?") == "when"
    assert answer_type("What hours must I keep on a flexible schedule?") == "when"
    assert answer_type("What are the standard working hours?") == "when"
    assert answer_types("Are P2PU staff paid monthly or every two weeks, and on which day?") == [None, "when"]


def test_time_noun_modifying_another_noun_is_not_the_head():
    assert answer_type("Which day-care scheme is there?") is None
    assert answer_type("Which year-end bonus applies to me?") is None
    assert asked_granule("What time off do I get after a move?") is None
    # a span asked by a preposition before "what time" (scripts/qa_round30s_probe.tsv s04)
    assert asked_granule("within what time after the placement must I use it?") is None


def test_superlative_of_paying_asks_money():
    question = "What's the most Deeson will pay for a conference ticket?"
    assert answer_type(question) == "quantity"
    assert quantity_kind(question) == "money"
    assert quantity_kind("What is the most the town will refund for a conference registration?") == "money"
    # a superlative of a length of leave stays a duration
    assert quantity_kind("What is the most paid bereavement leave I can take in a year?") == "duration"


def test_day_question_needs_a_day():
    q = "On which day are bi-weekly employees paid?"
    assert asked_granule(q) == "day"
    assert holds("when", "Bi-weekly employees are paid biweekly on every other Friday.", q)
    assert holds("when", "All employees are paid semi-monthly on the 15th and the last business day of the month.",
                 "On which days of the month does pay go out?")
    assert holds("when", "If the payday falls on a holiday or a day in which the banks are closed the paycheck will be "
                 "provided the day prior.", "Which day do I get paid if payday lands on a bank holiday?")
    assert not holds("when", "Each paycheck will include earnings for all work performed through the end of the "
                     "previous payroll period.", q)
    assert not holds("when", "If a regular payday falls during an employee's vacation, the employee may receive his or "
                     "her earned wages before departing for vacation if a written request is submitted at least one "
                     "week prior to departing for vacation.", "Which day of the week is payday for bi-weekly staff?")


def test_holiday_names_a_day():
    q = "Which days is the office closed over the winter break?"
    assert holds("when", "The office is closed on Christmas Day and New Year's Day.", q)
    assert holds("when", "We close for Thanksgiving and the day after.", q)
    assert not holds("when", "The office closes for a winter break each year.", q)


def test_clock_question_needs_a_time_of_day():
    q = "What are the standard working hours?"
    assert asked_granule(q) == "clock"
    assert holds("when", "Standard working hours are from 8 to 5, Monday through Friday.", q)
    assert holds("when", "Core hours for R&D are from 10:00 a.m. to 5:00 p.m.", "What are the core hours for R&D?")
    assert not holds("when", "A flexible schedule does not change the number of hours in the work week for the "
                     "employee.", "What hours must I keep on a flexible schedule?")
    assert not holds("when", "The employee must work during designated core hours and may not work outside of "
                     "established flexible time bands.", "What are the core hours when everyone has to be in?")


def test_modal_may_is_not_the_month():
    assert not holds("when", "Flextime may not be appropriate for all departments or all positions.",
                     "When does flextime start?")
    assert holds("when", "The new rota starts in May.", "When does the new rota start?")


def test_money_superlative_needs_an_amount():
    q = "What's the most the university will pay for my membership dues?"
    assert holds("quantity", "Individual membership dues are allowable expenses if there is a business purpose, and the "
                 "amount of the dues does not exceed $500.00.", q)
    assert not holds("quantity", "However, if the traveler pays the registration fee, they will be reimbursed.",
                     "What's the most I'll be reimbursed for a conference registration?")
