"""A deadline date belongs to the subject of the passive or "due" predicate it limits (qaowner38)."""

from __future__ import annotations

from assistant.qa.check import value_of_other, value_owners
from assistant.qa.deadline_owner import deadline_owner
from assistant.qa.focus import analyse

RATINGS = ("“Ratings of Record (Annual)” should be completed in HR Links by November 14, or that employee may not "
           "receive their award timely.")


def _other(question: str, sentence: str) -> bool:
    asked = analyse(question)
    clause = asked.clauses[0]
    return value_of_other(sentence, clause.text, clause.kind, asked.names)


def test_owner_is_the_passive_subject():
    owners = [deadline_owner(s, s.index(d)) for s, d in [
        ("Annual evaluations shall be completed by June 30.", "June"),
        ("Forms W-2 must also be furnished to employees on or before Jan. 31, 2024.", "Jan."),
        ("This review should be delivered and discussed with the employee no later than June 30 of each year.",
         "June"),
        (RATINGS, "November"),
        ("Performance evaluations will be distributed by April 15th of each year and are to be completed by May 15th"
         " of each year.", "May"),
    ]]
    assert owners == ["Annual evaluations", "Forms W-2", "review", "Ratings of Record (Annual)",
                      "Performance evaluations"]


def test_no_owner_for_other_constructions():
    sentences = [
        ("Supervisors will complete these evaluations no later than March 1 of each year.", "March"),  # active
        ("File Forms W-2 with the Social Security Administration by Jan. 31, 2024.", "Jan."),  # imperative
        ("It must be submitted by March 1.", "March"),  # a pronoun refers elsewhere
        ("Open Enrollment is from November 5 to November 26, 2014.", "November"),  # no limit preposition
        ("The benefits start on January 1 of the following year.", "January"),  # active intransitive
    ]
    assert [deadline_owner(s, s.index(d)) for s, d in sentences] == [None] * 5


def test_deadline_of_another_thing_does_not_answer():
    assert [_other(q, s) for q, s in [
        ("What is the deadline for completing mid-year reviews in HR Links this year?", RATINGS),
        ("When are requests for merit increases due?", "Evaluations will be completed on or before April 15th "
         "each year."),
        ("What is the deadline for postdocs to submit their progress reports?", "This review should be delivered "
         "and discussed with the employee no later than June 30 of each year."),
    ]] == [True, True, True]


def test_deadline_of_the_asked_thing_still_answers():
    assert [_other(q, s) for q, s in [
        ("By what date do the annual evaluations have to be finished?", "Annual evaluations shall be completed by "
         "June 30."),
        ("By what date do evaluations need to be done?", "Evaluations will be completed on or before April 15th "
         "each year."),
        ("By what date must the annual review be discussed with the employee?", "This review should be delivered "
         "and discussed with the employee no later than June 30 of each year."),
        ("By what date must employees receive their Forms W-2?", "Forms W-2 must also be furnished to employees on "
         "or before Jan. 31, 2024."),
        ("When are annual ratings of record due in HR Links?", RATINGS),
        # a date with no owner (a predicate's, an active clause's) still answers
        ("When is the deadline for employee self-evaluations?", "Supervisors will complete these evaluations no "
         "later than March 1 of each year."),
    ]] == [False] * 6


def test_other_kinds_untouched():
    asked = analyse("How much does the annual evaluation cost?")
    clause = asked.clauses[0]
    sentence = "Annual evaluations shall be completed by June 30."
    assert value_owners(sentence, clause.text, clause.kind) == []
