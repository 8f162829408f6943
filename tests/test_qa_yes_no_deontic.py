"""A yes/no question is answered by the sentence that rules on what it asks (issue #11, round 35, QY): a deontic
adjective predicate rules as a modal does ("it is perfectly okay to decline", "you are within your rights to say no",
"Benefits are available to employees only"); a lead whose only "rule" on the asked thing is a bare future "will" (what
is to happen, "employees ... will have access to health coverage") does not keep its place from the sentence that
rules; "will not" stays a rule; and a modal or predicate of permission leads before a sentence whose only rule is a
polarity adverb ("are not members"). The texts are written for these tests (a bakery co-operative's staff page), not
taken from any eval set."""

from __future__ import annotations

import pytest

from assistant.qa.answer import SENTENCE_FLOOR, calibration, decide
from assistant.qa.check import asked_actions
from assistant.qa.focus import analyse
from assistant.qa.models import Passage, Unit
from assistant.qa.select import rules_on_asked, rules_on_asked_thing

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

QUESTION = "Are the bakery co-op's pension benefits open to seasonal staff as well as members?"


def test_a_deontic_adjective_predicate_rules_on_what_it_governs() -> None:
    actions = asked_actions("Is it okay to decline overtime at the bakery co-op?")
    assert [rules_on_asked(t, actions) for t in (
        "It is perfectly okay to decline overtime during the holiday rush.",
        "You are within your rights to decline overtime on a rest day.",
        "It's not ok to decline overtime once you have signed the rota.",
        "Overtime is common during the holiday rush.",
        "Members who decline overtime are listed on the rota.")] == [True, True, True, False, False]
    members = asked_actions("Is the pension plan available to seasonal staff?")
    assert [rules_on_asked(t, members) for t in (
        "The pension plan is available to members only.",
        "The pension plan is only available to seasonal staff after one season.",
        "The pension officer is available on Tuesdays.")] == [False, True, False]


def test_a_bare_future_will_is_no_rule_when_the_lead_is_read_but_will_not_is() -> None:
    lead = "Members employed through the co-op's payroll partner will have access to pension benefits through it."
    assert rules_on_asked_thing(lead, QUESTION)
    assert not rules_on_asked_thing(lead, QUESTION, future=False)
    refusal = "The co-op will not offer pension benefits to seasonal staff."
    assert rules_on_asked_thing(refusal, QUESTION, future=False)
    assert rules_on_asked(refusal, asked_actions("Will the co-op offer me a pension?"), future=False)


def _units(rule_prob: float, lead_text: str) -> list[Unit]:
    page = Passage("p", "coop-benefits.md", "/coop-benefits.md", "Benefits", "Benefits", "", [], 0, 0.5)

    def unit(position: int, text: str, prob: float) -> Unit:
        return Unit(page, position, text, held=[True], probs=[prob], prob=prob, focus_cover=[0.5],
                    table_answer=[False])

    return [unit(0, lead_text, 0.11),
            unit(1, "Seasonal staff are not members of the co-op and join for the harvest.", 0.09),
            unit(2, "Pension benefits are available to members only and are run by the payroll partner.", rule_prob)]


FUTURE_LEAD = "Members employed through the payroll partner will have access to pension benefits through it."


def test_the_deontic_ruling_leads_before_a_future_lead_and_a_polarity_sentence() -> None:
    cal = calibration()
    floor = cal.threshold * SENTENCE_FLOOR
    quotes, verdict = decide(analyse(QUESTION), _units(floor * 1.05, FUTURE_LEAD), cal)
    assert (verdict.ok, [q.text for q in quotes][:2]) == (
        True, ["Pension benefits are available to members only and are run by the payroll partner.", FUTURE_LEAD])


def test_a_lead_that_rules_keeps_its_place_and_a_ruling_under_the_floor_does_not_lead() -> None:
    cal = calibration()
    floor = cal.threshold * SENTENCE_FLOOR
    ruled_lead = "Seasonal staff may join the pension plan after their second harvest."
    quotes, verdict = decide(analyse(QUESTION), _units(floor * 1.05, ruled_lead), cal)
    assert verdict.ok and quotes[0].text == ruled_lead
    quotes, verdict = decide(analyse(QUESTION), _units(floor * 0.9, FUTURE_LEAD), cal)
    assert verdict.ok and quotes[0].text != "Pension benefits are available to members only and are run by the " \
                                           "payroll partner."
