"""The checks a model rewrite must pass: whole text, placeholders by criterion, kept evidence."""

from __future__ import annotations

import pytest

from assistant.analyzers.goal import check_goal
from assistant.llm.verify import lost_evidence, placeholder_criteria, unbalanced, whole_text_problem


@pytest.mark.parametrize(
    ("placeholder", "criteria"),
    [
        ("[deadline]", {"time_bound"}),
        ("[by when?]", {"time_bound"}),
        ("[target: number or %]", {"measurable"}),
        ("[baseline]", {"measurable"}),
        ("[what exactly will change, and for whom]", {"specific"}),
        ("[which team or organisation objective this supports]", {"relevant"}),
        ("[resources or training you need]", {"attainable"}),
        ("[something]", set()),
    ],
)
def test_placeholders_fill_the_criterion_their_words_name(placeholder, criteria) -> None:
    assert placeholder_criteria(placeholder) == criteria


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("All [fine] (here) “quoted”.", None),
        ("Cut [off here", "an unclosed '['"),
        ("Stray ] bracket.", "an unmatched ']'"),
        ('Half a "quote.', "an unclosed '\"'"),
    ],
)
def test_unbalanced_brackets_and_quotes(text, problem) -> None:
    assert unbalanced(text) == problem


def test_a_rewrite_in_another_language_or_without_the_inputs_words_is_not_whole() -> None:
    source = "Reduce the number of late invoices we send to customers each month by the end of the year."
    reference = source
    assert whole_text_problem("Reduce late invoices to customers each month by the end of the year.", source,
                              reference) is None
    assert whole_text_problem("Reduzca la cantidad de facturas atrasadas enviadas cada mes antes de fin de año.",
                              source, reference) == "it does not keep the input's own words (another topic or another language)"
    assert whole_text_problem("Please write a poem about spring flowers and sunny meadows today.", source,
                              reference).startswith("it does not keep the input's own words")


def test_the_goals_own_evidence_must_survive() -> None:
    goal = "Cut invoice errors by 20% by the end of Q3."
    report = check_goal(goal)
    assert lost_evidence("Cut invoice errors by 20% by the end of Q3 to support [which objective].", report) is None
    assert lost_evidence("Cut invoice errors by 25% by the end of Q3.", report).startswith("it drops the goal's own")


def test_a_placeholder_quoting_the_goal_is_no_leak_when_the_goal_is_kept() -> None:
    from assistant.llm.verify import leaked_placeholder_text

    goal = "Improve customer service."
    placeholders = ['[what exactly will change in "customer service", and for whom?]']
    assert leaked_placeholder_text("Improve customer service for [whom].", placeholders, goal) is None
    assert leaked_placeholder_text("Improve customer service: what exactly will change in it.", placeholders,
                                   goal).startswith("it copies the placeholder text")
