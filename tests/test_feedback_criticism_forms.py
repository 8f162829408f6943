"""Criticism read as praise: a shortfall against a standard, and criticism without a negative word.

The person's work or measure placed under a standard, a target or the people it is measured against ("below the
expected level", "fell short of the standard", "slower than the rest of the team", "71 against a target of 85",
"not yet at the level", "were not met", "not always complete", "could have been stronger") is criticism, as is the
person's spelled-out "has not" / "did not" ("Zoe has not yet applied the training"). Less of a measure where less
is better ("overtime stayed below the budgeted level", "fewer errors than the rest of the department", "under
budget") and a shortfall denied stay praise.

An excess or shortfall quantifier on the person's act ("You had far too many slides", "sent the vendor list far too
late", "too few test cases in your pull request"), a harm done by the person to a person (a verb VADER rates at -1
or below, or a verb of social harm: "belittled the new analyst in front of the team", "undermined his manager",
"talked down to the two new testers") and a cooperative act the person refuses ("won't share his notes", "refuses
to attend") are criticism. A denied excess ("never too busy to help"), an act on a thing or a problem ("criticised
the plan's costings constructively", "refused to sign off the unsafe scaffold"), a duty done to a person ("warned
the customer"), a win ("beat the incumbent vendor") and a quality past what an act would need ("too good to miss")
stay praise.

Texts from scripts/feedback_round21_probe.py and scripts/feedback_round21c_probe.py."""

from __future__ import annotations

import pytest

from tests.fixtures.feedback import reading_each
from tests.fixtures.scripts import load_script, probe_texts

STANDARD = probe_texts("scripts/feedback_round21_probe.py")


@pytest.mark.parametrize(("row_id", "expected"), [
    ("c03", ("mixed", ["missing_action"])),
    ("c10", ("mixed", ["missing_action"])),
    ("c17", ("constructive", ["missing_action", "missing_impact"])),
    ("c29", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("k01", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("k03", ("constructive", ["missing_action", "missing_impact", "vague"])),
])
def test_work_under_a_standard_is_criticism(row_id, expected):
    assert reading_each(STANDARD[row_id]) == expected


@pytest.mark.parametrize("row_id", ["c09", "c16", "c27", "k02", "k06", "k07", "k08"])
def test_unmet_or_not_always_or_not_yet_is_criticism(row_id):
    assert reading_each(STANDARD[row_id])[0] != "positive"


@pytest.mark.parametrize("row_id", ["l01", "l02", "l03", "l04", "l05", "l07", "l08"])
def test_less_of_a_bad_measure_stays_praise(row_id):
    assert reading_each(STANDARD[row_id])[0] == "positive"


@pytest.mark.parametrize("draft", [
    "Since Ali took over the help desk, response times are well below the two-hour target.",
    "Thanks to Raj, our energy use is lower than any other site in the region.",
    "Nina brought the defect rate below the industry average within six months.",
    "Hugo scored 92 against a target of 85 in the customer survey.",
])
def test_under_a_standard_where_less_is_better_or_above_it_is_no_criticism(draft):
    assert reading_each(draft)[0] == "positive"


@pytest.mark.parametrize("draft", [
    "We have not had a jam since Marcus replaced the roller.",
    "Because of her, we were not afraid of the monitors and could spend those nights talking to him.",
    "The launch could have been worse, given the weather, but Eli had every stall booked a week early.",
])
def test_the_writers_negation_and_a_worse_case_are_no_criticism(draft):
    assert reading_each(draft)[0] == "positive"


@pytest.mark.parametrize(("row_id", "expected"), [
    ("r01", ("mixed", ["vague"])),
    ("r02", ("mixed", [])),
    ("r07", ("mixed", ["vague"])),
    ("c13", ("mixed", [])),
])
def test_a_hedged_request_that_corrects_the_work_is_criticism_and_the_step(row_id, expected):
    assert reading_each(STANDARD[row_id]) == expected


@pytest.mark.parametrize("row_id", ["r03", "r04", "r05", "r06", "r08", "c18"])
def test_requests_that_imply_a_gap_are_criticism(row_id):
    polarity, kinds = reading_each(STANDARD[row_id])
    assert polarity != "positive"
    if row_id != "r06":  # "I'd like to see fewer ...": a result wished for, no act asked
        assert "missing_action" not in kinds


@pytest.mark.parametrize("row_id", ["q02", "q03", "q04", "q05", "q06"])
def test_plans_offers_and_more_of_the_same_stay_praise(row_id):
    assert reading_each(STANDARD[row_id])[0] == "positive"


NO_NEGATIVE_WORD = probe_texts("scripts/feedback_round21c_probe.py")


NO_NEGATIVE_WORD_PROBE = load_script("scripts/feedback_round21c_probe.py")


@pytest.mark.parametrize(("row_id", "expected"), [
    ("x01", ("constructive", ["missing_action", "missing_impact"])),
    ("x03", ("constructive", ["missing_action", "missing_impact"])),
    ("x05", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("x07", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("x09", ("mixed", ["missing_action", "missing_impact"])),
    ("k02", ("constructive", ["missing_action"])),
])
def test_excess_on_the_persons_act_is_criticism(row_id, expected):
    assert reading_each(NO_NEGATIVE_WORD[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("a01", ("constructive", ["missing_action", "missing_impact"])),
    ("a04", ("constructive", ["missing_action", "missing_impact"])),
    ("a06", ("constructive", ["missing_action", "missing_impact"])),
    ("k04", ("constructive", ["missing_action", "missing_impact"])),
    ("k09", ("constructive", ["missing_action", "missing_impact"])),
])
def test_harm_done_to_a_person_is_criticism(row_id, expected):
    assert reading_each(NO_NEGATIVE_WORD[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("n02", ("constructive", ["missing_action", "missing_impact"])),
    ("k05", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("k06", ("constructive", ["missing_action", "missing_impact", "vague"])),
])
def test_refused_cooperation_is_criticism(row_id, expected):
    assert reading_each(NO_NEGATIVE_WORD[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("l01", ("positive", ["vague"])),
    ("l03", ("positive", [])),
    ("l04", ("positive", ["missing_impact", "vague"])),
    ("l13", ("positive", [])),
    ("l16", ("positive", ["missing_impact"])),
    ("l17", ("positive", ["missing_impact"])),
    ("m02", ("positive", [])),
    ("m04", ("positive", [])),
    ("m05", ("positive", [])),
    ("m06", ("positive", ["vague"])),
    ("m08", ("positive", ["vague"])),
    ("m10", ("positive", ["missing_impact"])),
])
def test_no_negative_word_look_alikes_stay_praise(row_id, expected):
    assert reading_each(NO_NEGATIVE_WORD[row_id]) == expected


def test_no_negative_word_probe_figures():
    scores = NO_NEGATIVE_WORD_PROBE.run()
    assert scores["excess held"] == (12, 12)
    assert scores["harm held"] == (10, 10)
    assert scores["refusal held"] == (12, 12)
    assert scores["check held"] == (10, 10)
    assert scores["look-alike kept"][0] >= 19
    assert scores["check look-alike kept"][0] >= 9


def test_a_load_borne_is_no_excess_of_the_persons():
    assert reading_each("He handled far too many calls for one person, and still kept every customer happy.")[0] == "positive"
    assert reading_each("She took on far too many side projects and the core audit slipped by three weeks.")[0] != "positive"
