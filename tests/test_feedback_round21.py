"""Criticism read as praise (round 21, brief AJ; probe: scripts/feedback_round21_probe.py): the person's work or
measure placed under a standard, a target or the people it is measured against ("below the expected level",
"fell short of the standard", "slower than the rest of the team", "71 against a target of 85", "not yet at the
level", "were not met", "not always complete", "could have been stronger") is criticism, as is the person's
spelled-out "has not" / "did not" ("Zoe has not yet applied the training"). Less of a measure where less is better
("overtime stayed below the budgeted level", "fewer errors than the rest of the department", "under budget") and
a shortfall denied stay praise."""


import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round21_probe.py")


def reading(draft: str) -> tuple[str, list[str]]:
    report = review_feedback(draft)
    return report.polarity, sorted(f.kind for f in report.findings)


TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once


def probe(row_id: str) -> str:
    return TEXTS[row_id]


@pytest.mark.parametrize(("row_id", "expected"), [
    ("c03", ("mixed", ["missing_action"])),
    ("c10", ("mixed", ["missing_action"])),
    ("c17", ("constructive", ["missing_action", "missing_impact"])),
    ("c29", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("k01", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("k03", ("constructive", ["missing_action", "missing_impact", "vague"])),
])
def test_work_under_a_standard_is_criticism(row_id, expected):
    assert reading(probe(row_id)) == expected


@pytest.mark.parametrize("row_id", ["c09", "c16", "c27", "k02", "k06", "k07", "k08"])
def test_unmet_or_not_always_or_not_yet_is_criticism(row_id):
    assert reading(probe(row_id))[0] != "positive"


@pytest.mark.parametrize("row_id", ["l01", "l02", "l03", "l04", "l05", "l07", "l08"])
def test_less_of_a_bad_measure_stays_praise(row_id):
    assert reading(probe(row_id))[0] == "positive"


@pytest.mark.parametrize("draft", [
    "Since Ali took over the help desk, response times are well below the two-hour target.",
    "Thanks to Raj, our energy use is lower than any other site in the region.",
    "Nina brought the defect rate below the industry average within six months.",
    "Hugo scored 92 against a target of 85 in the customer survey.",
])
def test_under_a_standard_where_less_is_better_or_above_it_is_no_criticism(draft):
    assert reading(draft)[0] == "positive"


@pytest.mark.parametrize("draft", [
    "We have not had a jam since Marcus replaced the roller.",
    "Because of her, we were not afraid of the monitors and could spend those nights talking to him.",
    "The launch could have been worse, given the weather, but Eli had every stall booked a week early.",
])
def test_the_writers_negation_and_a_worse_case_are_no_criticism(draft):
    assert reading(draft)[0] == "positive"


@pytest.mark.parametrize(("row_id", "expected"), [
    ("r01", ("mixed", ["vague"])),
    ("r02", ("mixed", [])),
    ("r07", ("mixed", ["vague"])),
    ("c13", ("mixed", [])),
])
def test_a_hedged_request_that_corrects_the_work_is_criticism_and_the_step(row_id, expected):
    assert reading(probe(row_id)) == expected


@pytest.mark.parametrize("row_id", ["r03", "r04", "r05", "r06", "r08", "c18"])
def test_requests_that_imply_a_gap_are_criticism(row_id):
    polarity, kinds = reading(probe(row_id))
    assert polarity != "positive"
    if row_id != "r06":  # "I'd like to see fewer ...": a result wished for, no act asked
        assert "missing_action" not in kinds


@pytest.mark.parametrize("row_id", ["q02", "q03", "q04", "q05", "q06"])
def test_plans_offers_and_more_of_the_same_stay_praise(row_id):
    assert reading(probe(row_id))[0] == "positive"
