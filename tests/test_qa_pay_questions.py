"""Questions asking an amount or a share by their grammar: "what percent / portion of", the noun "how many" counts,
a money noun asked "how much" of; each with the look-alikes that must keep their reading (probe:
evals/probes/round35/qatype35.jsonl)."""

from __future__ import annotations

import pytest

from assistant.qa.check import answer_type, answer_types, clauses, holds, quantity_kind


def kinds(question: str) -> list[tuple[str | None, str | None]]:
    pairs = zip(clauses(question), answer_types(question), strict=True)
    return [(k, quantity_kind(c) if k == "quantity" else None) for c, k in pairs]


@pytest.mark.parametrize(("question", "expected"), [
    ("What Percent of Health Insurance Do Employers Typically Pay?", [("quantity", "percent")]),
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
    # a portion is told by an amount or a thing as often as by a percentage: no answer type demanded
    ("What portion of unused vacation carries over?", [(None, None)]),
])
def test_look_alikes_keep_their_reading(question: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert kinds(question) == expected


def test_pay_counted_in_pay_periods_is_money() -> None:
    asked = "how much severance do I get"
    assert holds("quantity", "They will receive 4 months of pay.", asked)
    assert holds("quantity", "You get two weeks' salary.", asked)
    assert not holds("quantity", "To qualify, they must have been here for at least 3 months.", asked)


SEVERANCE = "How much do you get for severance?"
PERCENT = "What Percent of Health Insurance Do Employers Typically Pay?"


@pytest.mark.parametrize(("question", "sentence"), [
    # severance told as a span of pay, per year of service, or as weeks outright (probe qb01-qb10)
    (SEVERANCE, "In the province of British Columbia, Canada, the maximum amount of severance pay is eight (8) weeks."),
    (SEVERANCE, "Generally, you receive one to two weeks of pay for every year you were employed."),
    (SEVERANCE, "An employee who has worked for 10 years may receive two to three months of severance pay."),
    (SEVERANCE, "The maximum allowed severance is eight weeks."),
    (SEVERANCE, "The employee shall be entitled to an additional one (1) week notice or payment in lieu of notice for "
                "every year of completed service (severance pay) with the Employer."),
    (SEVERANCE, "So if you work for an employer for 5 years, you would receive 5 weeks of severance pay."),
    (SEVERANCE, "Two (2) weeks base salary if the employee signs the release."),
    # a percentage told in words (probe qb11-qb13)
    (PERCENT, "Most insurers require the employer to cover at least half of the premium cost for employees."),
    (PERCENT, "Some employers cover the entire cost of the premium, while others may cover a percentage of it."),
    (PERCENT, "This split varies: some employers fully cover premiums for entry-level roles."),
    (PERCENT, "Typically, an employer is required to cover 50% of the employee's monthly premium."),
])
def test_answers_in_words_are_held(question: str, sentence: str) -> None:
    assert holds(answer_type(question), sentence, question)


@pytest.mark.parametrize(("question", "sentence"), [
    (SEVERANCE, "To qualify, they must have been at PostHog for at least 3 months (6 months for sales roles)."),
    (SEVERANCE, "Part-time employees will receive severance pay on a pro-rated basis in accordance with their hours."),
    (SEVERANCE, "In most states, unemployment can not be paid until the first week after the severance pay expired."),
    (SEVERANCE, "Absence from work for 3 consecutive working days without notifying the employee's supervisor."),
    (SEVERANCE, "Employees may choose to receive severance pay as a salary continuation benefit or in a lump sum."),
    (PERCENT, "The portion paid by the employer is called the employer contribution."),
    (PERCENT, "Usually health insurance premiums are billed and paid on a monthly basis."),
    (PERCENT, "The specific percentage or amount contributed by the employer is outlined in the benefits package."),
])
def test_sentences_without_the_amount_are_not_held(question: str, sentence: str) -> None:
    assert not holds(answer_type(question), sentence, question)
