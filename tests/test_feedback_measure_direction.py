"""Which end of a scale is good: effort given, and a measure's good direction (probe: scripts/feedback_round26_probe.py,
classes E, M, T and the check set F, G).

A comparison or rank of effort or contribution is praise at its high end, whatever the scale word's lexicon valence
("worked harder than anyone", "stayed later than the rest of the crew", "the hardest worker on the night shift"); an
arrival later than the others or taking longer than anyone is still criticism. A measure's change is a decline only
when the measure is known better high and moves down ("conversion rate fell from 12% to 7%") or is better low (a
cost, a failure, a time: a measure or value told in a unit of time) and moves up ("average wait went up from 6 to 14
minutes"); a better-low measure falling ("lap time dropped from 62.1 to 60.4 seconds") or a measure of unknown
direction moving ("your 100 m split fell from 12.9 to 12.6", "variance dropped") is not criticism, and a following
clause telling the target met confirms an improvement unless it is conceded ("even though we hit the target").
"""

from __future__ import annotations

import pytest

from tests.fixtures.feedback import reading
from tests.fixtures.scripts import load_script

probe = load_script("scripts/feedback_round26_probe.py")

ROWS = {row["id"]: row for row in probe.rows()}

WHOLE = {
    "e01": ("positive", ["missing_impact", "vague"]),
    "e02": ("positive", ["missing_impact"]),
    "e03": ("positive", ["missing_impact"]),
    "e04": ("positive", ["missing_impact", "vague"]),
    "e06": ("positive", ["missing_impact"]),
    "e12": ("positive", ["missing_impact"]),
    "m01": ("positive", ["missing_impact"]),
    "m02": ("positive", []),
    "m03": ("positive", []),
    "m04": ("positive", ["missing_impact"]),
    "m05": ("positive", []),
    "m07": ("positive", []),
    "m11": ("positive", ["missing_impact"]),
    "m13": ("positive", []),
    "t01": ("constructive", ["missing_action"]),
    "t02": ("constructive", ["missing_action"]),
    "t06": ("constructive", ["missing_action", "missing_impact", "vague"]),
    "t07": ("constructive", ["missing_action", "missing_impact"]),
    "t08": ("constructive", ["missing_action"]),
    "t10": ("constructive", ["missing_action"]),
    "t12": ("constructive", ["missing_action"]),
}


@pytest.mark.parametrize("row_id", sorted(WHOLE))
def test_probe_rows_read_whole(row_id: str) -> None:
    assert reading(ROWS[row_id]["text"]) == WHOLE[row_id]


@pytest.mark.parametrize("row_id", sorted(k for k, row in ROWS.items() if row["class"] in ("E", "M")))
def test_good_end_draws_no_step_or_criticism(row_id: str) -> None:
    polarity, kinds = reading(ROWS[row_id]["text"])
    assert polarity == "positive"
    assert "missing_action" not in kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("You arrive later than anyone else on the team.", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("He takes longer than anyone to close a ticket.", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("Your conversion rate fell from 12% to 7%, even though we hit the target on calls.",
     ("constructive", ["missing_action"])),
    ("Your average time to first response rose from 5 to 14 minutes.", ("constructive", ["missing_action", "vague"])),
])
def test_bad_end_still_criticism(text: str, expected: tuple[str, list[str]]) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Your split went up from 12.6 to 12.9 this term.", ("positive", [])),  # direction unknown
    ("Your average wait went down from 9 to 6 minutes, and we met the target.", ("positive", [])),
    ("He worked longer than anyone else on the team to get the warehouse ready for the audit.",
     ("positive", ["missing_impact", "vague"])),
])
def test_good_or_unknown_direction_is_no_decline(text: str, expected: tuple[str, list[str]]) -> None:
    assert reading(text) == expected
