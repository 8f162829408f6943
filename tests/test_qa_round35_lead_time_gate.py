"""Round 35 (QG): a lead-time question the relevance gate refused although a sentence states the lead time.

"I'm planning two weeks of holiday. How far in advance should I raise it with the P2PU team?" was refused: the
scorer puts every unit under the gate (the page says "leave" and "discuss this with the rest of the team", the
question "holiday" and "raise it"), and the embedder reads the answering sentence as far from the question. The
sentence states the asked kind of value in its own construction, a span of time units before an event or as notice
("at least one month ahead of time"; :func:`assistant.qa.check.states_lead_time`): among the best valid units, the
first that reaches the floor of a lead backed by other evidence (``SENTENCE_FLOOR`` of the gate) and states a lead
time leads (:func:`assistant.qa.answer.lead_time_evidence`). The thing, occasion and event checks after the gate
still apply.

Look-alikes that stay refused: a question that asks no lead time ("how long ..."), a unit under the floor, a unit
that states a duration but no lead time ("15 days of paid leave per year").
"""

from __future__ import annotations

import importlib

import pytest

from assistant.qa.models import Passage, Unit

answer_module = importlib.import_module("assistant.qa.answer")
lead_time_evidence = answer_module.lead_time_evidence
Calibration = answer_module.Calibration

CAL = Calibration(model=None, threshold=0.05, clause_threshold=0.05, extra_ratio=0.5)  # type: ignore[arg-type]

ENTITLEMENT = ("Each employee is entitled to 15 days of paid leave per year (accrued at a rate of 1.25 days/month) "
               "plus 10 public holidays.")
AHEAD = ("If employees plan to take a leave of longer than one week, they should discuss this with the rest of the "
         "team at least one month ahead of time to ensure that operations continue.")
NOTICE = "We ask for 30 days of notice by default, and for team members to work during that notice period."
RETURN = "Within two weeks of returning, team members should submit receipts and enter actual expenses."


def unit(text: str, prob: float, position: int = 0) -> Unit:
    passage = Passage(id=f"p{position}", source="acme-time-off.md", path="acme-time-off.md", title="Time off",
                      section="Annual leave", text=text, units=[text], rank=position, similarity=0.5,
                      organisation="Acme")
    return Unit(passage=passage, position=0, text=text, held=[True], probs=[prob], prob=prob, focus_cover=[1.0])


HOLIDAY = "I'm planning two weeks of holiday. How far in advance should I raise it with the Acme team?"


@pytest.mark.parametrize(("clause", "texts", "expected"), [
    # the first unit above the floor stating a lead time leads, not the better-scored entitlement
    (HOLIDAY, [(ENTITLEMENT, 0.028), (AHEAD, 0.025)], AHEAD),
    ("How much notice does Acme expect when I hand in my resignation?", [(NOTICE, 0.043)], NOTICE),
    ("How much warning should I give before I take a week of vacation?", [(RETURN, 0.03), (AHEAD, 0.02)], AHEAD),
    # look-alikes: no lead time asked; the stating unit under the floor (0.3 of the gate); no lead time stated
    ("How long is the annual leave at Acme?", [(ENTITLEMENT, 0.028), (AHEAD, 0.025)], None),
    (HOLIDAY, [(ENTITLEMENT, 0.028), (AHEAD, 0.01)], None),
    (HOLIDAY, [(ENTITLEMENT, 0.028), (RETURN, 0.025)], None),
])
def test_lead_time_evidence(clause: str, texts: list[tuple[str, float]], expected: str | None) -> None:
    units = [unit(text, prob, i) for i, (text, prob) in enumerate(texts)]
    found = lead_time_evidence(clause, units, CAL)
    assert (found.text if found is not None else None) == expected


def test_a_unit_without_the_asked_kind_of_value_does_not_lead() -> None:
    held_not = unit(AHEAD, 0.03)
    held_not.held = [False]
    assert lead_time_evidence(HOLIDAY, [held_not], CAL) is None
