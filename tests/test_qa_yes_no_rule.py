"""A yes/no question is answered by the sentence that rules on the asked act (issue #11, round 34): a modal or a
predicate of permission, obligation or entitlement governing the asked verb, directly or through a light verb and
the verb's nominalisation ("You do not need to get approval" for "Do I have to get my supervisor to approve ...?"), or a
polarity adverb before it ("never expire"); from the lead's document, at the floor of a lead backed by other
evidence. The texts are written for these tests (a ferry operator's staff page), not taken from any eval set."""

from __future__ import annotations

import pytest

from assistant.qa.answer import SENTENCE_FLOOR, calibration, decide
from assistant.qa.check import asked_actions, asks_yes_no
from assistant.qa.focus import analyse
from assistant.qa.models import Passage, Unit
from assistant.qa.select import names_more_than_the_act, rules_on_asked, rules_on_asked_thing

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

QUESTION = "Does my supervisor at the ferry company have to approve my shift swap before I make it?"


def test_a_rule_reaches_the_asked_act_through_a_light_verb_and_its_nominalisation() -> None:
    actions = asked_actions(QUESTION)
    texts = ["You do not need to get approval for a shift swap from your supervisor.",
             "Shift swaps will be automatically recorded in the rota app.",
             "If you forget this, your swap won't show up in the crew roster.",
             "Crew members must seek approval from the duty officer.",
             "Unused swap credits never expire."]
    assert [rules_on_asked(t, actions) for t in texts] == [True, False, False, True, False]
    assert rules_on_asked(texts[4], asked_actions("Do unused swap credits expire at the end of the season?"))


def test_the_modality_a_question_asks_is_no_act_of_it() -> None:
    actions = asked_actions("Do I need a medical certificate for one day off sick on the ferry?")
    assert [rules_on_asked(t, actions) for t in ("The certificate does not need to contain any medical details.",
                                                 "You will need to send the certificate to the crew office.",
                                                 "You can never swap a shift on a public holiday.")] \
        == [False, False, False]


def test_yes_no_questions_open_with_their_auxiliary() -> None:
    assert [asks_yes_no(q) for q in (QUESTION, "At the ferry company, are the first two sick days unpaid?",
                                     "Can I bring a colleague to the meeting?",
                                     "What do I need to swap a shift?", "Who approves a shift swap?")] \
        == [True, True, True, False, False]


def test_a_rule_on_a_thing_the_question_names_already_answers_it() -> None:
    question = "Does being on a written warning at the ferry company affect my annual pay rise?"
    assert [rules_on_asked_thing(t, question) for t in (
        "A crew member on a written warning may not be eligible for the annual pay rise.",
        "All deckhands are eligible for the annual pay rise after one season.",
        "Shift swaps are not valid until the duty officer signs the rota.",
        "Late crew can badly delay the crossing timetable.",
        "You can read the crew procedures on the intranet.")] == [True, True, False, False, False]


def test_a_rule_on_the_asked_act_alone_is_about_another_thing() -> None:
    question = "Will the ferry company pay for my uniform repairs?"
    assert [names_more_than_the_act(t, question) for t in (
        "If you cannot afford boots, tell the crew office and they will pay for them.",
        "The ferry company will pay for uniform repairs up to 50 pounds a year.",
        "Repairs to your uniform will be paid through the crew office.")] == [False, True, True]


def _units(rule_prob: float, rule_source: str = "ferry-rota.md",
           rule_text: str = "You do not need to get approval for a shift swap from your supervisor.",
           lead_text: str = "If you forget this, your shift swap won't show up in the crew roster.") -> list[Unit]:
    page = Passage("p", "ferry-rota.md", "/ferry-rota.md", "Shift swaps", "Shift swaps", "", [], 0, 0.5)
    other = Passage("q", rule_source, f"/{rule_source}", "Shift swaps", "Shift swaps", "", [], 1, 0.5)

    def unit(passage: Passage, position: int, text: str, prob: float) -> Unit:
        return Unit(passage, position, text, held=[True], probs=[prob], prob=prob, focus_cover=[0.5],
                    table_answer=[False])

    return [unit(page, 0, lead_text, 0.11),
            unit(page, 1, "Shift swaps are listed on the crew roster each Monday.", 0.10),
            unit(page if rule_source == "ferry-rota.md" else other, 2, rule_text, rule_prob)]


def test_the_sentence_ruling_on_the_asked_act_leads_the_answer() -> None:
    cal = calibration()
    floor = cal.threshold * SENTENCE_FLOOR
    quotes, verdict = decide(analyse(QUESTION), _units(floor * 1.05), cal)
    assert (verdict.ok, [q.text for q in quotes][:2]) == (
        True, ["You do not need to get approval for a shift swap from your supervisor.",
               "If you forget this, your shift swap won't show up in the crew roster."])


def test_a_ruling_sentence_under_the_floor_or_of_another_document_below_the_gate_does_not_lead() -> None:
    cal = calibration()
    floor = cal.threshold * SENTENCE_FLOOR
    for units in (_units(floor * 0.9), _units(floor * 1.05, "ferry-pay.md")):
        quotes, verdict = decide(analyse(QUESTION), units, cal)
        assert verdict.ok and quotes[0].text == "If you forget this, your shift swap won't show up in the crew roster."


def test_a_lead_ruling_on_the_asked_thing_keeps_its_place_and_a_rule_on_the_act_alone_does_not_take_it() -> None:
    cal = calibration()
    floor = cal.threshold * SENTENCE_FLOOR
    ruled_lead = "A shift swap is not valid until your supervisor has seen it."
    quotes, verdict = decide(analyse(QUESTION), _units(floor * 1.05, lead_text=ruled_lead), cal)
    assert verdict.ok and quotes[0].text == ruled_lead
    quotes, verdict = decide(analyse(QUESTION), _units(floor * 1.05, rule_text="You do not need to get approval."),
                             cal)
    assert verdict.ok and quotes[0].text == "If you forget this, your shift swap won't show up in the crew roster."
