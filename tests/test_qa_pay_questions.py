"""Questions asking an amount or a share by their grammar: "what percent / portion of", the noun "how many" counts,
a money noun asked "how much" of; each with the look-alikes that must keep their reading (probe:
evals/probes/round35/qatype35.jsonl)."""

from __future__ import annotations

import pytest

from assistant.qa.check import answer_types, clauses, holds, quantity_kind


def kinds(question: str) -> list[tuple[str | None, str | None]]:
    pairs = zip(clauses(question), answer_types(question), strict=True)
    return [(k, quantity_kind(c) if k == "quantity" else None) for c, k in pairs]


@pytest.mark.parametrize(("question", "expected"), [
    ("What Percent of Health Insurance Do Employers Typically Pay?", [("quantity", "percent")]),
    ("What portion of the premium is covered?", [("quantity", "percent")]),
    ("How much severance do I get?", [("quantity", "money")]),
    ("For my salary review, how many people do I invite?", [("quantity", "count")]),
    ("How many pay periods are there in a year?", [("quantity", "count")]),
    ("How many dollars is the stipend?", [("quantity", "money")]),
    ("How Much Notice Do I Have to Give My Employer When I Resign?", [("quantity", "duration")]),
])
def test_amount_questions(question: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert kinds(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("What does the company pay for?", [(None, None)]),  # stranded "for": which things
    ("What does the employer payroll cost estimate include?", [(None, None)]),  # "cost" a noun
    ("What should I pay attention to in a review?", [(None, None)]),
    ("How are costs typically split between the employer and the employee?", [(None, None)]),
    ("Do employers pay?", [(None, None)]),
    ("Who pays for COBRA coverage?", [("who", None)]),
    ("What expenses does Acme reimburse?", [(None, None)]),
    ("So why should an employer pay an intern anything?", [(None, None)]),
])
def test_look_alikes_keep_their_reading(question: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert kinds(question) == expected


def test_pay_counted_in_pay_periods_is_money() -> None:
    asked = "how much severance do I get"
    assert holds("quantity", "They will receive 4 months of pay.", asked)
    assert holds("quantity", "You get two weeks' salary.", asked)
    assert not holds("quantity", "To qualify, they must have been here for at least 3 months.", asked)
