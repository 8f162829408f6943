"""Well-formed drafts left clean: a problem the person met is not their fault, a universal that only says whom the
person served or how far an asked habit reaches is no absolute.

A problem the person met: in what they found (the object of a discovery verb, however long: "found the four crates
that had been stacked in the wrong aisle"), in what they told someone of, the recipient pronoun first ("showed her
the three torn labels"), in the topic of their message or picture ("your report on the late deliveries": WordNet 3.0
noun.communication nouns and pictures), in what others were spared ("the morning crew did not have to pull any of
the mislabelled cartons"), another party's by its genitive ("the tenant's broken key fob": a person noun of WordNet
3.0 noun.person), or the circumstance they worked through ("through the two-hour power cut"). Thanks for an act names it with a degree
word or a vocative in the thanks too ("I can't thank you enough for staying with ...", "Thank you, Ines, for
rewiring ..."): the writer's verb of judgement is no act of the writer's that hides the person's. A universal whose
own restrictive relative holds the only problem ("phoned every customer whose delivery had been cancelled"), or
one in a bare imperative step ("Check the seal whenever you are running late"), is no absolute. Look-alikes keep
their finding: the problem the person caused, a fault of theirs inside the circumstance, a universal in a sentence
that criticises, a request to refrain from a habit.

Texts written for the tests in the style of scripts/feedback_round32c_probe.py, whose figures are checked last."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round32c_probe.py")


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted(f.kind for f in report.findings)


@pytest.mark.parametrize(("text", "expected"), [
    ("In Friday's count you found the four crates that had been stacked in the wrong aisle and moved them before the "
     "delivery. That meant the driver loaded the right order, and the shop opened on time.", ("positive", [])),
    ("When the printer jammed on Monday, you walked the new clerk over, showed her the three torn labels and wrote up "
     "the fault. The technician replaced the roller that afternoon, so the parcels went out on time.", ("positive", [])),
    ("At the desk on Tuesday you sorted out the tenant's broken key fob in ten minutes. He got into the building "
     "before his shift, and the caretaker did not need a call-out.", ("positive", [])),
    ("You kept the pharmacy counter open through the two-hour power cut on Saturday and filled the prescriptions by "
     "hand. All forty patients left with their medicines, and the area manager thanked the team.", ("positive", [])),
    ("Your report on the late deliveries in March gave the board the three causes, and they approved a second van the "
     "same week.", ("positive", [])),
    ("Because you rechecked the pallet labels on Thursday night, the morning crew did not have to pull any of the "
     "mislabelled cartons off the trucks, and all 14 stores got their orders on time.", ("positive", [])),
])
def test_a_problem_the_person_met_is_no_fault_of_theirs(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In Friday's count you stacked the four crates in the wrong aisle, and the driver loaded the wrong order.",
     ("constructive", ["missing_action"])),
    ("At the desk on Tuesday you laughed at the tenant's broken key fob in front of the queue, and he filed a "
     "complaint with the housing office.", ("constructive", ["missing_action"])),
    ("Through the whole stocktake on Monday you kept the wrong count sheet, so the totals were off by 40 cases.",
     ("constructive", ["missing_action"])),
    ("You noticed the wrong price on the shelf on Monday but left it, and three customers were overcharged.",
     ("mixed", ["missing_action"])),
    ("Your update on the delayed shipment gave the client the wrong date, and she booked the wrong crane.",
     ("constructive", ["missing_action"])),
    ("You sent a list of wrong prices to the client on Monday, and she placed the order at the old rate.",
     ("constructive", ["missing_action"])),    ("You forgot to lock the van on Monday, and the night porter had to report the missing tools to the police.",
     ("constructive", ["missing_action"])),
])
def test_a_problem_the_person_caused_or_left_stays_criticism(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday you phoned every customer whose delivery had been cancelled and rebooked them for Wednesday. All of "
     "them accepted, and the depot cleared its backlog by Thursday.", ("positive", [])),
    ("On Tuesday you left the fridge door ajar after the delivery, and the milk spoiled before lunch, so the cafe ran "
     "out. Check the seal whenever you are running late for your break.", ("mixed", [])),
])
def test_a_universal_over_those_served_or_an_asked_habit_is_no_absolute(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("You hang up on every customer who calls about a cancelled delivery, and on Monday two of them complained to "
     "head office. Transfer those calls to the desk instead.", ("constructive", ["absolute"])),
    ("On Tuesday you left the fridge door ajar after the delivery, and the milk spoiled before lunch, so the cafe ran "
     "out. Avoid leaving the door ajar whenever you are running late, and check the seal before you go.",
     ("mixed", ["absolute"])),
])
def test_a_universal_in_criticism_or_a_habit_to_refrain_from_stays_absolute(text, expected):
    assert reading(text) == expected


def test_probe_figures():
    """The probe's per-class figures at this commit (see the probe's docstring for the figures on main). Round 33
    (fb33): CX 2 -> 3 kinds and 4 -> 5 tones, a fault inside a circumstance told plainly with its harm to others."""
    assert PROBE.run() == {
        "MF": (10, 10, 10), "CP": (6, 5, 6), "OP": (5, 5, 5), "AS": (6, 6, 6), "SQ": (4, 3, 4), "UC": (3, 3, 3),
        "AI": (2, 4, 4), "TF": (4, 4, 4), "TC": (3, 4, 4), "SB": (4, 4, 4), "MC": (9, 9, 10), "CX": (3, 5, 6), "OX": (3, 3, 5), "AX": (4, 6, 6),
        "SX": (4, 4, 4), "UX": (2, 3, 3), "AJ": (0, 4, 4), "TX": (4, 4, 4), "TK": (4, 4, 4), "SN": (3, 3, 4),
    }


@pytest.mark.parametrize(("text", "expected"), [
    ("I can't thank you enough for staying with the new patient in bay 4 until her daughter arrived on Sunday. The "
     "family wrote to the ward to say it was the calmest part of her stay.", ("positive", [])),
    ("Thank you, Ines, for rewiring the tannoy before Saturday's match. The announcements reached the whole ground, "
     "and the league officer signed off the safety check.", ("positive", [])),
])
def test_thanks_widened_by_a_degree_word_or_a_vocative_names_the_act(text, expected):
    assert reading(text) == expected


def test_thanks_for_something_no_camera_records_stays_vague():
    text = "I can't thank you enough for being so wonderful with the patients. The ward is lucky to have you."
    assert "vague" in reading(text)[1]
