"""Round 36 (QA2): a sentence that only says where the asked value is kept does not answer a question asking for it.

handbooks8's tuning half answered "What's the password for the ATI Guest Wi-Fi at the Turing?" with "The password
for the "ATI Guest" Wi-Fi network can be seen hanging around the office." The sentence names the asked thing and
says where it is, not what it is. A question asking for a value (a number, date or frequency, or "what is / what are
the X") is not answered by a unit whose every statement is a referral (:func:`assistant.qa.check.defers`): a modal
passive of finding or perceiving ("can be found / seen on ..."), a copula of availability at a carrier of written
information ("are available on our website", "on request"), or an opening imperative of referral ("See ...",
"Please contact HR ..."). The best unit of the reach that names the asked thing's head and states something leads
instead; without one the question is not answered (``Verdict.reason == "deferred"``).

Look-alikes that stay answered: where / how / who / yes-no questions (the pointer answers them), sentences that state
the value before a pointer, targets on the same page ("the table below"), availability of the thing itself ("Free
parking is available on site").
"""

from __future__ import annotations

import importlib

import pytest

from assistant.qa import render
from assistant.qa.check import answer_type, asks_value, defers
from assistant.qa.focus import analyse
from assistant.qa.models import Passage, Unit, Verdict

answer_module = importlib.import_module("assistant.qa.answer")
decide = answer_module.decide
Calibration = answer_module.Calibration

CAL = Calibration(model=None, threshold=0.05, clause_threshold=0.05, extra_ratio=0.5)  # type: ignore[arg-type]

WIFI = 'The password for the "ATI Guest" Wi-Fi network can be seen hanging around the office.'
PASS = ("In the meanwhile, you can either enter the British Library through the general public entrance and come "
        "talk to the reception, or, preferably, arrange for a visitor pass for yourself.")
GIVEN = 'The password for the "ATI Guest" Wi-Fi network is bluebird42.'


@pytest.mark.parametrize(("text", "expected"), [
    (WIFI, True),
    ("Password can be found on the intranet.", True),
    ("Both Username and Host can be found on the intranet.", True),
    ("Current rates are available on our app and website, updated weekly.", True),
    ("Current rates are available on request.", True),
    ("See the [REG Appraisal Guide](https://example.org/guide).", True),
    ("The policy can be found [here](https://example.org).", True),
    ("What is the password? It can be found on the intranet.", True),  # a question it repeats aside
    # look-alikes: the value stated first, a target on the same page, the thing itself available
    ("The rate is 45p a mile and is listed on the intranet.", False),
    ("See the table below for the rates.", False),
    ("For more details, contact information is available at the end of the document.", False),
    ("More information about this presentation can be found in the next sections.", False),
    ("Please ask your manager for emergency leave as soon as possible (and not longer than 24 hours after leaving).",
     False),
    ("Ask others for feedback on the areas where you're growing.", False),
    ("Please contact HR for the current rates.", True),
    ("Free parking is available on site.", False),
    ("Dental cover is available in all plans.", False),
    (GIVEN, False),
    (PASS, False),
    ("Password can be found on the intranet. It is changed every month.", False),
])
def test_defers(text: str, expected: bool) -> None:
    assert defers(text) is expected


SICK_PAY = frozenset({"pay", "sick", "occupational"})  # check.thing_parts of "What is the Turing's occupational sick pay?"


@pytest.mark.parametrize(("text", "thing", "expected"), [
    # a document as the subject of a verb of describing, opening the sentence or the clause naming the asked thing
    ("The sickness policy also describes processes for medical appointments, occupational health processes, and sick "
     "pay.", SICK_PAY, True),
    ("There are statatory requirements from the Government which need to be met for employees to be entitled to "
     "Statatory Sick Pay (SSP) and the sickness policy also outlines the Institute's occupational sick pay for "
     "employees.", SICK_PAY, True),
    ("The documents outline the processes primarily when an employee is about to become a parent.", frozenset(), True),
    # look-alikes: the same page, a verb of the sentence's own, a number stated, the clause before naming the thing
    ("This page describes how to book a room.", frozenset(), False),
    ("It details the processes of reporting sick on the first day of an illness (contact your line manager before "
     "9:30 ideally).", SICK_PAY, False),
    ("The policy covers dental and vision.", frozenset(), False),
    ("Occupational sick pay is full pay for the first month, and the policy also describes the process.", SICK_PAY,
     False),
])
def test_a_document_describing_the_thing_defers(text: str, thing: frozenset[str], expected: bool) -> None:
    assert defers(text, thing) is expected


@pytest.mark.parametrize(("question", "expected"), [
    ("What's the password for the ATI Guest Wi-Fi at the Turing?", True),
    ("At the Turing, what are the core hours?", True),
    ("What is the mileage rate?", True),
    ("How much do you pay for recyclables?", True),
    ("On what date is this year's Away Day?", True),
    ("Where can I find the password?", False),
    ("How do I book travel?", False),
    ("Who do I contact about my profile details?", False),
    ("Are the all-hands slides available?", False),
])
def test_asks_value(question: str, expected: bool) -> None:
    assert asks_value(question, answer_type(question)) is expected


def unit(text: str, prob: float, position: int) -> Unit:
    passage = Passage(id=f"p{position}", source="acme-first-days.md", path="acme-first-days.md", title="First days",
                      section="Administrivia", text=text, units=[text], rank=position, similarity=0.5,
                      organisation="Acme")
    return Unit(passage=passage, position=0, text=text, held=[True], probs=[prob], prob=prob, focus_cover=[1.0],
                table_answer=[False])


def test_a_referral_lead_is_not_an_answer() -> None:
    quotes, verdict = decide(analyse("What's the password for the guest Wi-Fi at Acme?"),
                             [unit(WIFI, 0.4, 0), unit(PASS, 0.3, 1)], CAL)
    assert (quotes, verdict.ok, verdict.reason) == ([], False, "deferred")
    assert "only say where to find" in render.abstention(verdict)


def test_a_unit_giving_the_value_leads_instead() -> None:
    quotes, verdict = decide(analyse("What's the password for the guest Wi-Fi at Acme?"),
                             [unit(WIFI, 0.4, 0), unit(GIVEN, 0.3, 1)], CAL)
    assert verdict == Verdict(True)
    assert quotes[0].text == GIVEN


def test_a_where_question_is_answered_by_the_referral() -> None:
    quotes, verdict = decide(analyse("Where can I find the password for the guest Wi-Fi at Acme?"),
                             [unit(WIFI, 0.4, 0), unit(PASS, 0.3, 1)], CAL)
    assert verdict == Verdict(True)
    assert quotes[0].text == WIFI
