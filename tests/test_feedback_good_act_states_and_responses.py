"""Good acts told as a state of the kit or work, by the response of those served, or by their manner, before a
problem (probe: scripts/feedback_round26c_probe.py).

An opening that tells the state a checklist asks for ("Your gloves and goggles were on", "The handover sheet was
complete and signed at 7:00", "The crash trolley was sealed"), the good response of the party the act was for or the
outcome it avoided ("and she agreed the discharge", "and he withdrew the complaint", "and the line came back up",
"and they ran it on their own"), or the manner the role asks for ("step by step", "in plain words", "calmly",
"twice") is specific praise, so a draft that then raises a problem reads mixed. A state that is the problem ("The gate
to the yard was open", "Your gloves were off"), a neutral state ("The van was at the loading bay") and a response
that is a complaint ("she asked for a supervisor", "he hung up halfway") keep the draft constructive."""

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round26c_probe.py")
TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted({f.kind for f in report.findings})


@pytest.mark.parametrize(("row_id", "expected"), [
    ("gs01", ("mixed", [])),  # "Your gloves and goggles were on and the spill kit was open ... before you touched"
    ("gs04", ("mixed", [])),  # "Room 208's bathroom was clean and dry ..., the amenities were fully stocked"
    ("gs05", ("mixed", [])),  # "The crash trolley was sealed, its checklist was up to date ..."
    ("cs01", ("mixed", [])),  # "your section's fridges were all at 3 degrees, every tub was covered and dated"
])
def test_an_opening_state_a_checklist_asks_for_is_praise(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("gr05", ("mixed", [])),  # "You showed the two new starters ..., and they ran it on their own the next morning"
    ("gr06", ("mixed", [])),  # "..., and he withdrew the complaint he had opened with head office"
    ("gr07", ("mixed", [])),  # "... you answered the consultant's questions ..., and she agreed the discharge"
    ("gr08", ("mixed", [])),  # "You talked the caller through ..., and the line came back up ..."
    ("cr01", ("mixed", [])),  # "..., and she thanked you and kept her contract"
])
def test_an_opening_act_with_a_good_response_is_praise(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


def test_an_opening_act_done_in_the_manner_asked_for_is_praise():
    assert reading(TEXTS["gm01"]) == ("mixed", [])  # "You went through ... with him step by step"
    # "You went through the new dosing syringe ... step by step": no effect told ("gave him the leaflet for the older
    # syringe" is the act, a thing given, round 32)
    assert reading(TEXTS["cm01"]) == ("mixed", ["missing_impact"])


def test_twice_as_a_rate_is_no_manner():
    """'twice daily' is the dose the act got wrong, not the act done twice."""
    text = ("You entered the dose as once daily when the chart said twice daily. The pharmacist caught it at the final "
            "check. Read the dose back against the chart before you submit.")
    assert reading(text) == ("constructive", [])


@pytest.mark.parametrize(("row_id", "expected"), [
    ("ls01", ("constructive", ["vague"])),  # "The gate to the yard was open ..."
    ("ls02", ("constructive", ["missing_impact"])),  # "Your gloves were off when you wiped up the bleach spill"
    ("ls03", ("constructive", [])),  # "The handover sheet for bay 2 was blank at 7:00"
    ("ls04", ("constructive", [])),  # "Room 412's minibar was empty and the bins were full"
    ("ls06", ("constructive", [])),  # "The van was at the loading bay at 7:10 and the pallets were on the dock."
    ("cl01", ("constructive", ["missing_impact"])),  # "The kitchen door was unlocked and the lights were on ..."
    ("lr01", ("constructive", [])),  # "..., and she asked for a supervisor and posted a one-star review"
    ("lr05", ("constructive", [])),  # "..., and he hung up halfway and rang back angrier"
])
def test_a_problem_state_or_a_complaining_response_stays_constructive(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


def test_the_opening_is_what_makes_it_mixed():
    """The same problem and request after a neutral state, or with none, is constructive."""
    rest = ("The controlled-drug count was missing from it, and the day nurse had to recount the cupboard at 7:30. "
            "Add the count and both signatures to the sheet before you leave the ward.")
    assert reading("The handover sheet for bay 4 was complete and signed at 7:00. " + rest) == ("mixed", [])
    assert reading("The handover sheet for bay 4 was on the desk at 7:00. " + rest)[0] == "constructive"
    assert reading(rest)[0] == "constructive"
