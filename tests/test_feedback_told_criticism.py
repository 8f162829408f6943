"""Criticism told as a fact, with no problem word (probe: scripts/feedback_round26_probe.py).

A rank or comparison that puts the person, or a measure of their work, at the bad end of a scale ("the slowest
picker on the shift", "the last to clock in", "takes longer than anyone else", "the least prepared") is criticism,
and an absolute on it ("always the last", "every single morning") overgeneralises it. A noun of filth or disorder
predicated of the person's work or place ("your desk is a tip", "a dog's breakfast") is harsh. A measure of the
work told as moving in its bad direction ("first-call resolution dropped from 74% to 58%", "average handle time went
up") is constructive criticism with no next step. The good end of the same scales ("the fastest picker", "the first
to arrive", "handle time fell") and a neutral rank ("the newest member of the team") are not criticism. Unnamed
problems conceded after a verdict ("though there were a few problems along the way") are criticism, and "a few"
problems are not "few" problems.
"""

from __future__ import annotations

import pytest

from tests.fixtures.feedback import reading
from tests.fixtures.scripts import load_script

probe = load_script("scripts/feedback_round26_probe.py")

ROWS = {row["id"]: row for row in probe.rows()}

NO_STEP = ["missing_action", "missing_impact", "vague"]
ABSOLUTE = ["absolute", "missing_action", "missing_impact", "vague"]
HARSH_ABSOLUTE = ["absolute", "harsh", "missing_action", "missing_impact", "vague"]

WHOLE = {
    "k01": ("constructive", NO_STEP),
    "k03": ("constructive", ABSOLUTE),
    "k04": ("constructive", ABSOLUTE),
    "k06": ("constructive", ["missing_action", "missing_impact"]),
    "k09": ("constructive", NO_STEP),
    "k12": ("constructive", NO_STEP),
    "h01": ("constructive", HARSH_ABSOLUTE),
    "h02": ("constructive", HARSH_ABSOLUTE),
    "h03": ("constructive", HARSH_ABSOLUTE),
    "h06": ("constructive", HARSH_ABSOLUTE),
    "d01": ("constructive", ["missing_action"]),
    "d02": ("constructive", ["missing_action"]),
    "d04": ("constructive", ["missing_action", "missing_impact"]),
    "d09": ("constructive", ["missing_action"]),
    "v01": ("mixed", NO_STEP),
    "l01": ("positive", ["missing_impact", "vague"]),
    "l04": ("positive", []),
    "l05": ("positive", []),
    "l11": ("positive", ["missing_impact", "vague"]),
}


@pytest.mark.parametrize("row_id", sorted(WHOLE))
def test_probe_rows_read_whole(row_id: str) -> None:
    assert reading(ROWS[row_id]["text"]) == WHOLE[row_id]


@pytest.mark.parametrize("row_id", sorted(k for k, row in ROWS.items() if row["class"] in ("L", "Q")))
def test_look_alikes_draw_no_harsh_or_absolute(row_id: str) -> None:
    _, kinds = reading(ROWS[row_id]["text"])
    assert not {"trait", "harsh", "absolute"} & set(kinds)


def test_probe_figures() -> None:
    assert probe.run() == {"K": (12, 13, 13), "H": (8, 8, 8), "D": (12, 12, 12), "V": (4, 1, 4), "L": (16, 16, 16),
                           "C": (9, 9, 9), "Q": (7, 7, 7), "E": (12, 12, 12), "M": (15, 15, 15), "T": (12, 12, 12),
                           "F": (4, 4, 6), "G": (5, 5, 5)}


@pytest.mark.parametrize(("text", "expected"), [
    ("You are the slowest driver on the early shift.", ("constructive", NO_STEP)),
    ("He is always the first to leave the site.", ("constructive", ABSOLUTE)),
    ("You're always the slowest to restock your aisle at close.", ("constructive", ABSOLUTE)),  # a praise word ranked
    ("Your error rate is the highest in the warehouse.", ("constructive", NO_STEP)),
    ("Your locker is a pigsty.", ("constructive", ["harsh", "missing_action", "missing_impact", "vague"])),
    ("Her pick accuracy slipped from 99% to 94% in June.", ("constructive", ["missing_action", "missing_impact"])),
    ("You made a few errors in the March report.", ("constructive", ["missing_action", "missing_impact"])),
])
def test_class_reads_whole(text: str, expected: tuple[str, list[str]]) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("You are the fastest driver on the early shift.", "positive"),  # the good end
    ("He is always the last to leave the site.", "positive"),  # leaving last is staying on
    ("Your error rate is the lowest in the warehouse.", "positive"),  # a measure of failure at its best
    ("Her pick accuracy rose from 94% to 99% in June.", "positive"),  # a measured improvement
    ("Here's a tip for the Friday rush: label the crates first.", "constructive"),  # advice, not contempt
    ("You made only a few errors in the March report.", "positive"),  # kept small
])
def test_look_alikes_of_the_class(text: str, expected: str) -> None:
    polarity, kinds = reading(text)
    assert polarity == expected
    assert not {"trait", "harsh", "absolute"} & set(kinds)
