"""Round 30 (brief FC): well-formed praise that recounts a problem stays clean (probe: scripts/feedback_round30h_probe.py).

- A problem in what the person found, the object or complement of their own discovery verb ("you noticed the
  trapdoor bolt was loose", "spotted scoring on a bearing that was not on the checklist"), is no fault of theirs.
  Look-alikes keep their criticism: another party or the writer found it ("the morning supervisor found the shutter
  was not locked"), or the person found it and a second clause says what they failed to do ("noticed ... but did not
  report it").
- "without" before a noun phrase headed by a problem word (its head: the last word before a preposition or function
  word) ("the only carrier without a cancellation that day"), a
  problem conjoined in that phrase ("without a single breakage or missing box") and a problem after "instead of"
  ("instead of after a failure") are problems kept away. "without" before what the person left out ("without a lifting
  plan", "without a word to the other stewards") and "instead of" before an act ("Instead of fixing the brake fault")
  stay criticism.
"""

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round30h_probe.py")
TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted(f.kind for f in report.findings)


@pytest.mark.parametrize("row_id", [
    "h47",  # you noticed the trapdoor bolt was loose
    "h65",  # you found the loading bay shutter was not fully down
    "h66", "h67", "h68",  # noticed a label ..., spotted that the points ..., discovered the smoke detector had been covered
])
def test_a_problem_the_person_found_is_no_fault(row_id):
    assert reading(TEXTS[row_id]) == ("positive", [])


@pytest.mark.parametrize("row_id", [
    "h13",  # the only carrier at the airport without a cancellation that day
    "h02",  # scoring on a bearing that was not on the checklist; instead of after a failure
    "h73",  # without a single breakage or missing box
    "h74", "h75",  # without a complaint at the information tent; overnight instead of during a school run
])
def test_a_problem_kept_away_is_no_fault(row_id):
    assert reading(TEXTS[row_id]) == ("positive", [])


@pytest.mark.parametrize(("row_id", "expected"), [
    ("h69", ("constructive", [])),  # the morning supervisor found the shutter was not locked; a step follows
    ("h71", ("constructive", [])),  # noticed ... but did not report it; a step follows
    ("h77", ("constructive", [])),  # started loading the racks without a lifting plan
    ("h78", ("constructive", [])),  # moved the bag drop without a word to the other stewards
    ("h79", ("constructive", ["missing_action"])),  # closed the road without a notice to the residents
    ("h80", ("mixed", ["missing_action"])),  # Instead of fixing the brake fault on van 7, you logged a ticket
    ("h81", ("constructive", [])),  # you found the invoice you had sent was missing two line items
    ("h82", ("constructive", ["missing_action"])),  # You only noticed the vaccine fridge was warm at the end of your shift
    ("h83", ("constructive", [])),  # You caught the error in the payroll file too late
    ("h86", ("constructive", [])),  # signed off the east scaffold without a tag check
])
def test_look_alikes_keep_their_criticism(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("During the stock take you noticed the freezer door was not sealing and moved the ice cream to the back-up "
     "freezer before lunch. We lost no stock, and the store manager thanked the whole team at the huddle.",
     ("positive", [])),
    ("During the stock take the area manager noticed the freezer door was not sealing, and we lost two crates of ice "
     "cream before anyone moved them. Please check the freezer seals at the start of every shift.",
     ("constructive", [])),
])
def test_written_examples(text, expected):
    assert reading(text) == expected


def test_probe_figures():
    # (kinds right, polarity right, rows) per class; FA/FT/FV/FI/DL misses are main's too (see the probe's docstring)
    # FA (1, 2, 5) -> (2, 4, 5) in round 37 (fb37c): faults whose cost is a reversal by another party now read as criticism
    assert PROBE.run() == {
        "WP": (13, 13, 15), "WC": (11, 14, 14), "WM": (14, 12, 14), "PN": (4, 4, 4), "FA": (2, 4, 5), "FT": (2, 6, 6),
        "FV": (0, 3, 3), "FI": (1, 3, 3), "DF": (5, 5, 5), "DL": (5, 5, 7), "WO": (4, 4, 5), "WL": (5, 5, 5),
    }


@pytest.mark.parametrize(("text", "expected"), [
    # the phrase's head is "look"; "behind" after it is no head (probe 30f f45; its step is main's miss)
    ("The forklift reversed out of bay 4 without a look behind on Monday, and a picker had to step back. Someone could "
     "be hurt that way, so check over your shoulder every time you reverse, starting today.", ("mixed", ["missing_action"])),
    ("You closed the till on Friday without a count of the float, and the morning shift started twenty pounds short. "
     "Please count the float before you close the till.", ("constructive", [])),
])
def test_without_before_what_the_person_left_out_stays_criticism(text, expected):
    assert reading(text) == expected


def test_a_fault_in_the_persons_own_work_that_they_found_stays_criticism():
    text = ("When the auditor visited on Monday, Tomas found the stock sheet Tomas had signed was missing the two "
            "freezer counts, and we had to redo the whole audit on Tuesday. Please count every freezer before you sign "
            "the sheet.")
    assert reading(text) == ("constructive", [])
