"""Round 41 (qayn41): a yes/no question after a fronted adverbial clause ("If I'm ill on holiday, do I get the days
back?") is read as a yes/no question by its main clause; the fronted clause stays part of the question's words.

Texts: tuning questions of the handbook corpora and probe qayn41 half A (evals/probes/round41/qayn41.jsonl)."""

from __future__ import annotations

import pytest

from assistant.qa.check import answer_type, asks_yes_no, clauses, main_clause

# Tuning questions whose one clause opens with a fronted "if"/"when" clause before the operator.
TUNING = {
    "If I took 12 weeks of parental leave at Clef, does that time count towards my sabbatical?":
        ("does that time count towards my sabbatical", None),
    "If I'm off ill again a few weeks after my last illness at Leaf, do the waiting days apply again?":
        ("do the waiting days apply again", None),
    "If I get ill in the middle of my holiday at the Foundation for Public Code, are those days lost?":
        ("are those days lost", None),
    "If I stay with friends on a P2PU trip, can I claim something for a present for them?":
        ("can I claim something for a present for them", "permission"),
    "When I fill in the end date of my leave at 2i2c, do I put my last day off or the day I'm back?":
        ("do I put my last day off or the day I'm back", None),
    "If I stop working for Loomio, can I stay a member of the co-op?": ("can I stay a member of the co-op", "permission"),
    "If DVELP turns down my request for compassionate leave, will I be told why?": ("will I be told why", None),
}


@pytest.mark.parametrize("question", sorted(TUNING))
def test_tuning_questions_read_by_their_main_clause(question: str) -> None:
    (clause,) = clauses(question)
    assert clause == question.rstrip("?")
    assert (main_clause(clause), answer_type(clause)) == TUNING[question]
    assert asks_yes_no(clause)


PROBE_A_CLASS = [
    "If I delegate, can I still vote?",
    "If I convert this page to grayscale, can I still read the hierarchy?",
    "If I shrink this page to 25%, does the structure still read?",
    "If the internet is down, can I still run local apps?",
    "If I am not satisfied with my booked tour, am I entitled to a refund?",
    "If I send coins and come back after some days due to one or two reasons, will I still get paid?",
    "If I am sick, can I get meal reimbursement?",
    "Before I start, does anything this repo has recorded bear on it?",
    "after I cancel, is the slot actually freed?",
]

PROBE_A_LOOKALIKES = [
    "When do I get my money, once I have been approved for a loan?",  # wh main clause, the "once" clause after it
    "What happens after I submit my documents?",
    "If I am sick, I need to go to the doctor.",  # declarative main clause
    "If I am sick, I stop.",
    "When creating a new task, how many days in the future should the default due date be (0 means today)?",
    "In hybrid models mentioned in the article, how many days per week do employees work from home?",
    "When can I take a pregnancy test?",  # interrogative "when": the operator follows it
    "When can I take comp-off?",
    "If so, do it.",  # imperative: "do" with its object and nothing after
]


@pytest.mark.parametrize("text", PROBE_A_CLASS)
def test_probe_class_rows_ask_yes_no(text: str) -> None:
    assert asks_yes_no(text)


@pytest.mark.parametrize("text", PROBE_A_LOOKALIKES)
def test_probe_lookalikes_do_not(text: str) -> None:
    assert (asks_yes_no(text), main_clause(text)) == (False, text)


def test_permission_read_in_the_main_clause_only() -> None:
    assert [answer_type(c) for c in ("If I am sick, can I get meal reimbursement",
                                     "If I am not satisfied with my booked tour, am I entitled to a refund",
                                     "If I shrink this page to 25%, does the structure still read")] == ["permission", "permission",
                                                                                             None]
