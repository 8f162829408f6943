"""Round 38 (fbpol38): praise told as a ranking of the person's measure against a group.

"Your repeat-booking rate is the second highest in the school": a measure of the person's work (after a possessive or
a person subject and a linking verb) at the good end of a bare amount scale (high, low, big ...), ranked against a
group ("in the school", "on the team"), is praise; the good end is read from the measure (rates, scores and sales
better high; errors, absences and waits better low; "repeat" before a noun of custom is loyalty, better high). The
measure is the noun phrase from its owner on, not a clause before it ("Your handle time is good and your ticket
closure rate is the highest"). The bad end stays criticism. Probe: scripts/fbpol38_probe.py (outside text)."""

import pytest

from assistant.analyzers.feedback import review_feedback


def reading(text: str) -> tuple[str, list[list[str]]]:
    report = review_feedback(text)
    return str(report.polarity), [list(s.functions) for s in report.sentences]


@pytest.mark.parametrize("text, expected", [
    ("Your close rate was the highest on the team.", ("positive", [["praise"]])),
    ("Her absence rate is the lowest in the unit.", ("positive", [["praise"]])),
    ("Your repeat-booking rate is the second highest in the school. You were late to six lessons this winter, and "
     "two families asked for refunds.", ("mixed", [["praise"], ["behavior", "criticism"]])),
    ("Your average handle time is good and your ticket closure rate is the highest on the team.",
     ("positive", [["praise"]])),
])
def test_good_rank_is_praise(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Your error rate is the highest on the team.", ("constructive", [["criticism"]])),
    ("Your repeat-call rate is the highest in the centre.", ("constructive", [["criticism"]])),
    ("Your close rate was the lowest on the team.", ("constructive", [["criticism"]])),
    ("The highest rate in the region was in Leeds.", ("positive", [["impact"]])),
])
def test_bad_rank_and_unowned_rank_stay(text, expected):
    assert reading(text) == expected
