"""Good acts told plainly before a problem (probe: scripts/feedback_round26b_probe.py).

A draft may open with what the person did that the role asks for, told as plain acts with no praise word, and
marked as done to the standard (every/each/all, within N minutes, before the next step, by name, word for word,
against the list): that opening is specific praise, so a draft that then raises a problem reads mixed. A neutral
account of what happened (no such mark), an act the draft then says went wrong (the next sentence points back to
its product: "Four of them", "None of the locations", "The label you put on ..."), an opening with a step left out
('without') or a bad outcome keep the draft constructive."""

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round26b_probe.py")
TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted({f.kind for f in report.findings})


@pytest.mark.parametrize(("row_id", "expected"), [
    ("ga01", ("mixed", [])),  # "greeted the caller by name, verified her date of birth ... before opening the account"
    ("ga03", ("mixed", [])),  # "checked each of the 14 items ... against the prescriptions"
    ("ga07", ("mixed", [])),  # "serviced all fourteen stayover rooms ... before 2 p.m."
    ("ga15", ("mixed", ["missing_impact"])),  # "phoned each customer back within the hour"
    ("ga18", ("mixed", [])),  # "Your carts were stocked and wiped down at the start of each shift": the work, passive
    ("ga22", ("mixed", [])),  # "Your dispensing tray ... was labelled, bagged and placed on the checking bench by 11"
    ("cg02", ("mixed", [])),  # "confirmed the customer's identity within the first minute and read ... in full"
    ("cg03", ("mixed", [])),  # "gave each group a printed success checklist before the debate started"
])
def test_an_opening_good_act_told_plainly_is_praise(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("ln01", ("constructive", ["missing_impact"])),  # "You took the call at 10:05.": no standard kept
    ("ln04", ("constructive", [])),  # "You started the lesson at 9:10 with the register."
    ("cl01", ("constructive", ["missing_impact"])),  # "You answered the call at 3:20 and asked for the account number."
    ("lw02", ("constructive", [])),  # "... all 30 items ... before lunch. Four of them had the wrong patient's label"
    ("lw05", ("constructive", [])),  # "... every trolley ... The shampoo you loaded was the discontinued brand"
    ("lw06", ("constructive", [])),  # "... all the returns ... None of the locations were updated"
    ("cl02", ("constructive", [])),  # "... all twelve rooms ... before noon. Three of them still had ..."
    ("cl05", ("constructive", ["missing_impact"])),  # "... by 2 p.m. The label you put on Mr Shah's inhaler ..."
])
def test_a_neutral_account_or_an_act_that_went_wrong_stays_constructive(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


def test_the_opening_is_what_makes_it_mixed():
    """The same problem and request without the opening good act is constructive."""
    act = "You checked each of the 14 items in the Tuesday care-home order against the prescriptions. "
    rest = ("The controlled-drugs register for that order was signed only at the end of the shift. "
            "Enter each controlled drug in the register at the time you assemble it.")
    assert reading(act + rest) == ("mixed", [])
    assert reading(rest)[0] == "constructive"


@pytest.mark.parametrize("text", [
    # a step left out in the act itself
    "Yesterday you committed my time to the client before the meeting ended without first checking with me. "
    "Next time, check with me first.",
    # a bad outcome told in the opening sentence
    "During the drill you received every pass facing the sideline, so we lost the chance to switch play. "
    "Next practice, open your hips before the ball arrives.",
    # the turn to the problem inside the sentence
    "You start every Monday meeting on time, but you read the whole procedure from the binder. "
    "Next week, pick one point and ask the crew to show it.",
])
def test_an_opening_with_a_lack_a_bad_outcome_or_a_turn_is_no_good_act(text):
    assert reading(text)[0] == "constructive"
