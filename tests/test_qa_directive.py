"""A question about the asker's own act quotes the sentence that rules on it for the asker (assistant/qa/directive.py).

Sentences from the tuning halves (handbooks6 d44, d48) and the round-37 probe's pages (Sourcegraph handbook,
evals/probes/round37/qafacts37_pages), with their look-alikes that must stay as they are.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.qa.directive import (
    asker_roles,
    asks_own_act,
    imperative,
    rules_for_asker,
    rules_on_clause,
    with_rule,
)
from assistant.qa.models import Passage, Unit


def _units(texts: list[str], probs: list[float], organisation: str = "Acme", cover: float = 0.5) -> list[Unit]:
    passage = Passage("p", "doc.md", "/doc.md", "Doc", "Section", " ".join(texts), texts, 0, 0.5,
                      organisation=organisation)
    return [Unit(passage, i, text, probs=[p], prob=p, held=[True], focus_cover=[cover])
            for i, (text, p) in enumerate(zip(texts, probs, strict=True))]


def test_the_question_forms_of_the_askers_own_act() -> None:
    asked = ["Can I carry unused holiday over?", "Do I need sign-off before booking a train ticket?",
             "Am I allowed to turn down feedback?", "How do I claim expenses back?",
             "Whose approval do I need before booking a trip?", "Is it OK to work from a cafe?",
             "Do I have to ship it back?", "Should I tell my manager?",
             "If I stay with friends on a trip, can I claim something for a present?",
             "I'm leaving and my monitor is two years old. Do I have to ship it back?"]
    assert [asks_own_act(q) for q in asked] == [True] * len(asked)
    others = ["What does Acme pay per mile?", "How long is the probation period?", "Who approves a claim?",
              "Does the company apply for the funding on my behalf?", "When is the deadline?",
              "What questions can I ask an employee to make their goal measurable?"]  # asks for a thing
    assert [asks_own_act(q) for q in others] == [False] * len(others)


def test_the_askers_roles() -> None:
    assert asker_roles("I'm a contractor. How do I claim expenses back?") == frozenset({"contractor"})
    assert asker_roles("I volunteer for the Foundation. How do I get my costs reimbursed?") == frozenset({"volunteer"})
    assert asker_roles("As a manager, what should I do?") == frozenset({"manager"})
    assert asker_roles("How do I claim expenses back?") == frozenset()


def test_imperatives_and_their_look_alikes() -> None:
    assert imperative("To reimburse expenses as a contractor, submit a separate line item on your monthly invoice.")
    assert imperative("When you're ready to begin an order, please fill out this google form.")
    assert imperative("Primary work: read the guidelines first.")
    assert not imperative("Leave can only be rolled over in exceptional circumstances.")  # a noun subject
    assert not imperative("We signal our intent to protect holidays.")
    assert not imperative("Reports can be made anonymously if you so choose.")


def test_rules_said_to_the_asker_and_their_look_alikes() -> None:
    volunteer = frozenset({"volunteer"})
    directing = ["You must open an issue to tell others about your intention to take time off.",
                 "You are within your rights to say No when someone offers to give you feedback.",
                 "You are strictly prohibited from using company resources for outside activities.",
                 "Contractors and volunteers should complete the expense form and email it."]
    assert [rules_for_asker(t, volunteer) for t in directing] == [True] * len(directing)
    describing = ["You can read more about the initiatives on the intranet.",  # "can": what is possible
                  "Conflicts of interest may include performing work for direct competitors.",
                  "There are times that teammates will want to order custom swag.",
                  "Contractors and volunteers should complete the expense form and email it."]
    assert [rules_for_asker(t) for t in describing] == [False] * len(describing)  # no role stated by the asker


def test_a_strong_rule_on_the_asked_thing_counts_a_weak_modal_does_not() -> None:
    clause = "Can I do freelance work for a competitor"
    actions = frozenset({"do", "freelance", "work"})
    assert rules_on_clause("Staff must not take on freelance work for competitors.", clause, actions, frozenset())
    assert not rules_on_clause("Conflicts of interest may include performing work for direct competitors.",
                               clause, actions, frozenset())


CONTRACTOR = [
    "There is a deadline for these claims for the previous calendar year: March 31st of the current year.",
    "To reimburse expenses as a contractor, submit a separate line item on your monthly invoice.",
    "Contractors are independent, not employed by the company.",
    "You must wear a helmet on site.",
]


def test_the_rule_on_the_asked_topic_joins_after_the_lead() -> None:
    units = _units(CONTRACTOR, [0.14, 0.044, 0.09, 0.03])
    quotes = [units[0], units[2]]
    out = with_rule(quotes, units, "How do I claim expenses back from the company", "I'm a contractor. How do I "
                    "claim expenses back from the company?", frozenset({"claim", "expenses"}), 3, 0.1, 0.2)
    assert out == [units[0], units[1], units[2]]


def test_the_last_quote_gives_way_when_all_places_are_taken() -> None:
    units = _units([*CONTRACTOR, "Claims are paid monthly."], [0.14, 0.044, 0.09, 0.03, 0.08])
    out = with_rule([units[0], units[2], units[4]], units, "How do I claim expenses back", "How do I claim expenses "
                    "back?", frozenset({"claim", "expenses"}), 3, 0.1, 0.2)
    assert out == [units[0], units[1], units[2]]


def test_nothing_joins_when_a_quote_already_rules_or_the_question_asks_no_act_of_the_asker() -> None:
    units = _units(CONTRACTOR, [0.14, 0.044, 0.09, 0.03])
    args = (frozenset({"claim", "expenses"}), 3, 0.1, 0.2)
    ruled = [units[1], units[0]]
    assert with_rule(ruled, units, "How do I claim expenses back", "How do I claim expenses back?", *args) == ruled
    asked_value = [units[0]]
    assert with_rule(asked_value, units, "What is the deadline for expense claims", "What is the deadline for "
                     "expense claims?", *args) == asked_value


def test_a_rule_far_below_the_lead_another_organisations_or_off_the_focus_does_not_join() -> None:
    args = ("How do I claim expenses back", "How do I claim expenses back?", frozenset({"claim", "expenses"}), 3, 0.1,
            0.2)
    low = _units(CONTRACTOR, [0.5, 0.044, 0.09, 0.06])  # under a fifth of the lead's probability
    assert with_rule([low[0]], low, *args) == [low[0]]
    units = _units(CONTRACTOR, [0.14, 0.044, 0.09, 0.03])
    other = replace(units[1], passage=replace(units[1].passage, id="q", organisation="Other"))
    assert with_rule([units[0]], [units[0], other, units[2]], *args) == [units[0]]
    helmet = _units([CONTRACTOR[0], CONTRACTOR[3]], [0.14, 0.1])
    helmet[1] = replace(helmet[1], focus_cover=[0.0])  # a rule on another topic: it covers none of the focus
    assert with_rule([helmet[0]], helmet, *args) == [helmet[0]]


def test_a_rule_for_the_role_the_asker_states_joins_under_a_heading_that_names_the_focus() -> None:
    texts = ["We will reimburse reasonable expenses.",
             "Contractors and volunteers should complete the expense form and email it together with the receipts.",
             "Staff should complete the form in the HR system."]
    units = _units(texts, [0.258, 0.056, 0.2])
    question = "I volunteer for the Foundation. How do I get my costs reimbursed?"
    args = ("How do I get my costs reimbursed", question, frozenset({"get", "costs", "reimbursed"}), 3, 0.1, 0.2)
    assert with_rule([units[0]], units, *args) == [units[0], units[1]]
    # the same question from someone who states no role: the rule for contractors and volunteers is not said to them
    assert with_rule([units[0]], units[:2], "How do I get my costs reimbursed", "How do I get my costs reimbursed?",
                     *args[2:]) == [units[0]]
