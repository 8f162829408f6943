"""Impact as an effect by verb class and background clauses; next steps by directive and catenative frames.

Each draft was written for the purpose (the labelling guides' definitions, evals/dev*/README.md); every
test asserts the whole structure part and the draft-level findings.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import StructurePart, review_feedback

SENT = "On Tuesday you sent the client the pricing sheet without checking it with finance"
CRITICISM = f"{SENT}, and they were quoted the wrong price."


def _read(text: str) -> tuple[StructurePart, StructurePart, list[str]]:
    report = review_feedback(text)
    return report.structure.impact, report.structure.next_step, sorted(f.kind for f in report.findings)


@pytest.mark.parametrize(("text", "impact"), [
    # an experiencer verb with a person or group as its object (Levin 31.1)
    ("On Tuesday you walked the auditors through the new checklist. Your calm explanation reassured the whole "
     "finance team.", "Your calm explanation reassured the whole finance team"),
    # the writer's reaction still counts when it names the person
    ("When you took the escalation call on Friday, I felt relieved to know I can count on you.",
     "I felt relieved to know I can count on you"),
    # a counterfactual under a condition that names the person's work
    ("Last night you stayed late to restart the payment server. Without your quick work, the morning payroll "
     "would not be ready.", "the morning payroll would not be ready"),
    # others' reaction in an object relative clause
    ("Rewrote the onboarding guide in March, which the new hires loved.", "which the new hires loved"),
    # a present state with a measure of change, after the act
    ("James reorganised the stock room in June. Picking errors are down by a third.",
     "Picking errors are down by a third"),
    # an averted outcome with people as its subject
    ("You stayed late on Thursday to fix the payroll export. 14 people would otherwise have been underpaid.",
     "14 people would otherwise have been underpaid"),
    # praise of a named piece of work is the act the consequence follows
    ("Great job on the Henderson proposal! The client signed the next day.", "The client signed the next day"),
    # the past perfect measured from a later time
    ("Within a week of your workshop, the team had adopted the new review checklist.",
     "the team had adopted the new review checklist"),
    # a common word capitalised at a sentence's start is no one's name
    ("During Monday's stand-up she interrupted Sam three times. Two of the night-shift nurses now use the checklist.",
     "Two of the night-shift nurses now use the checklist"),
])
def test_an_effect_in_unlisted_wording_is_an_impact(text: str, impact: str) -> None:
    found, _, kinds = _read(text)
    assert found == StructurePart(present=True, evidence=impact)
    assert "missing_impact" not in kinds


@pytest.mark.parametrize("text", [
    "On Tuesday you walked the auditors through the new checklist to reassure the finance team.",  # a purpose
    f"{SENT}. The deck had 40 slides.",  # what a thing holds
    f"{SENT}. The client had asked for the figures in May.",  # the past perfect: before the act
    f"{SENT}. We talked about this in March.",  # the writer's own talk
    f"{SENT}. The meeting started at ten.",  # a scheduled time
    "I'm really happy with your determination on this. Everybody has noticed it.",  # a trait praised, no act
])
def test_background_and_purpose_are_no_impact(text: str) -> None:
    found, _, kinds = _read(text)
    assert found == StructurePart(present=False, evidence=None)
    assert "missing_impact" in kinds


@pytest.mark.parametrize(("step", "evidence"), [
    ("The plan is for you to take over the vendor calls in January.",
     "The plan is for you to take over the vendor calls in January"),
    ("My request is that you copy finance on every quote.", "My request is that you copy finance on every quote"),
    ("Over the next month, try pairing with Dana on the support queue.", "try pairing with Dana on the support queue"),
    ("I'm counting on you to lead the handover next month.", "I'm counting on you to lead the handover next month"),
    ("It's worth booking a session with the trainer.", "It's worth booking a session with the trainer"),
])
def test_a_directive_or_a_gerund_act_is_a_next_step(step: str, evidence: str) -> None:
    impact, found, kinds = _read(f"{CRITICISM} {step}")
    assert impact == StructurePart(present=True, evidence="they were quoted the wrong price")
    assert found == StructurePart(present=True, evidence=evidence)
    assert kinds == []


@pytest.mark.parametrize(("step", "evidence"), [
    ("She would benefit from a time-management course.", "She would benefit from a time-management course"),
    ("She needs to attend the communication workshop in March.",
     "She needs to attend the communication workshop in March"),
    ("She is encouraged to join the mentoring programme.", "She is encouraged to join the mentoring programme"),
    ("She has agreed to send a weekly status note.", "She has agreed to send a weekly status note"),
    ("Priya to book a session with HR by Friday.", "Priya to book a session with HR by Friday"),
])
def test_a_committed_act_in_review_language_is_a_next_step(step: str, evidence: str) -> None:
    impact, found, kinds = _read(f"During Monday's stand-up Priya interrupted Sam three times, and he stopped "
                                 f"contributing. {step}")
    assert impact == StructurePart(present=True, evidence="and he stopped contributing")
    assert found == StructurePart(present=True, evidence=evidence)
    assert kinds == []


@pytest.mark.parametrize("wish", ["I'd like to see a real change.", "The goal is to improve quality.",
                                  "The plan is to be better prepared.", "It's worth noting that the quarter was hard.",
                                  "Let me say how grateful I am.", "I recommend you for the promotion.",
                                  "You need to be more careful in March.", "You were asked to leave the meeting.",
                                  "You have agreed to the new rota."])
def test_a_result_wished_for_is_no_next_step(wish: str) -> None:
    _, found, kinds = _read(f"{CRITICISM} {wish}")
    assert found == StructurePart(present=False, evidence=None)
    assert kinds == ["missing_action"]
