"""The thing a measure question asks about when it stands outside the measure's own phrase (round 35, qaabstain35;
probe: scripts/qa_round35_measured_probe.py): "how many months *is the probation period*" (the copula's subject),
"what's the maximum Hypha will reimburse *for a home office chair*" (the complement of the paying verb of the clause
that follows the measure). The measure alone ("months", "maximum") names no thing, so before this nothing was
required of the quote and a page on final pay or meal per diems answered. A passive or progressive after the copula,
a predicate with no determiner, a payer with no "for" complement and a pronoun with a clitic name no thing.

A percentage asked is given only by a value: the word "percent(age)" alone ("Increase the Min Base Salary by the
determined percent", "a bonus as a percentage of their salary") holds none.
"""

from __future__ import annotations

from assistant.qa.check import answer_type, asked_thing, holds, thing_parts
from assistant.text import names


def _things(questions: list[str]) -> list[list[str]]:
    return [asked_thing(q, names(q)) for q in questions]


def test_the_subject_of_the_copula_after_a_measure_is_the_thing() -> None:
    assert _things([
        "How many months is the probation period for new hires at PostHog?",
        "how many months is the probation period",
        "How many weeks is the lead time?",
        "How many days is the reopen window?",
        "How many weeks is maternity leave?",
        "How many days a year is the winter closure?",
    ]) == [["probation", "period"], ["probation", "period"], ["lead"], ["reopen", "window"], ["maternity", "leave"],
           ["winter", "closure"]]


def test_the_complement_of_a_paying_verb_after_a_measure_is_the_thing() -> None:
    assert _things([
        "What's the maximum Hypha will reimburse for a home office chair or monitor?",
        "What's the maximum they'd pay for their likely order?",
        "What monthly allowance does P2PU pay towards home internet and a home office?",
    ]) == [["home", "office", "chair"], ["order"], ["home", "internet"]]
    assert thing_parts("What's the maximum Hypha will reimburse for a home office chair or monitor",
                       ["Hypha"]) == (frozenset({"chair"}), frozenset({"hom", "offic"}))


def test_a_measure_with_no_thing_outside_its_phrase_still_requires_nothing() -> None:
    assert _things([
        "How many days is the user being placed on probation?",  # a progressive passive: an adverbial measure
        "In how many days is the work completed ?",  # a passive
        "How many weeks is the data lagged by?",
        "How many weeks are covered and at what percentage of pay?",  # no subject after the copula
        "How many days is full-time?",  # one word without a determiner may be a predicate
        "What is the maximum my insurance will pay per year?",  # the payer, no "for" complement
        "What's the maximum they've offered similar candidates?",
        "what's the maximum the hacker can guarantee?",
        "What is the maximum my interest rate can increase to?",
        "How many hours a week is an Osio Labs employee expected to work?",  # people, then a participle
        "how many days can employees work from home",
        "On which days are U.S",  # a clause cut at an abbreviation: an initial is no noun
    ]) == [[]] * 12


def test_slots_read_before_are_unchanged() -> None:
    assert _things([
        "How long is maternity leave?",
        "How many bereavement days do employees have?",
        "What is the standard notice period for resigning from a job?",
        "How much does Sourcegraph give each year to help with moving costs?",
        "What is the deadline for completing mid-year reviews in HR Links this year?",
        "What's the longest workday I'm allowed?",  # a clitic pronoun ends the phrase
    ]) == [["maternity", "leave"], ["bereavement"], ["standard", "notice", "period"], [], ["mid-year", "reviews"],
           ["longest", "workday"]]


def test_a_percentage_is_given_by_its_value_not_by_the_word() -> None:
    question = "By what percentage did Hypha raise base salaries for cost of living this year?"
    kind = answer_type(question)
    texts = [
        "Here are the steps for increasing the salary: Increase the Min Base Salary by the determined percent",
        "In addition to salary, all employees get a bonus as a percentage of their salary.",
        "Once you meet your deductible, the plan pays a percentage of your eligible expenses and you pay the balance.",
        "Employees contributed $1,242.",
        "The company pays 85% of the premium.",
        "Typically, larger businesses pay for at least 50 percent of their employees' total health insurance premiums.",
        "We pay ten per cent.",
        "Employer share (%): 80",
        "Percentage: 80",
        "Clef contributes half the cost for dependents.",  # a share in words
    ]
    assert kind == "quantity"
    assert [holds(kind, text, question) for text in texts] == [False] * 4 + [True] * 6
    # a share of a whole told in words still answers a share question
    share = "What share of the baseline health plan does Clef pay for an employee?"
    assert [holds(answer_type(share), text, share) for text in (
        "Clef contributes half the amount for dependents.",
        "Clef has chosen a baseline plan for which it contributes 85% of the cost for all employee policies.",
        "Clef chose a baseline plan for all employee policies.")] == [True, True, False]
