"""Criticism without a negative word (round 21, brief AO; probe: scripts/feedback_round21c_probe.py): an excess or
shortfall quantifier on the person's act ("You had far too many slides", "sent the vendor list far too late", "too
few test cases in your pull request"), a harm done by the person to a person (a verb VADER rates at -1 or below, or
a verb of social harm: "belittled the new analyst in front of the team", "undermined his manager", "talked down to
the two new testers") and a cooperative act the person refuses ("won't share his notes", "refuses to attend") are
criticism. A denied excess ("never too busy to help"), an act on a thing or a problem ("criticised the plan's
costings constructively", "refused to sign off the unsafe scaffold"), a duty done to a person ("warned the
customer"), a win ("beat the incumbent vendor") and a quality past what an act would need ("too good to miss") stay
praise."""

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round21c_probe.py")


def reading(draft: str) -> tuple[str, list[str]]:
    report = review_feedback(draft)
    return report.polarity, sorted(f.kind for f in report.findings)


TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once


def probe(row_id: str) -> str:
    return TEXTS[row_id]


@pytest.mark.parametrize(("row_id", "expected"), [
    ("x01", ("constructive", ["missing_action", "missing_impact"])),
    ("x03", ("constructive", ["missing_action", "missing_impact"])),
    ("x05", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("x07", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("x09", ("mixed", ["missing_action", "missing_impact"])),
    ("k02", ("constructive", ["missing_action"])),
])
def test_excess_on_the_persons_act_is_criticism(row_id, expected):
    assert reading(probe(row_id)) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("a01", ("constructive", ["missing_action", "missing_impact"])),
    ("a04", ("constructive", ["missing_action", "missing_impact"])),
    ("a06", ("constructive", ["missing_action", "missing_impact"])),
    ("k04", ("constructive", ["missing_action", "missing_impact"])),
    ("k09", ("constructive", ["missing_action", "missing_impact"])),
])
def test_harm_done_to_a_person_is_criticism(row_id, expected):
    assert reading(probe(row_id)) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("n02", ("constructive", ["missing_action", "missing_impact"])),
    ("k05", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("k06", ("constructive", ["missing_action", "missing_impact", "vague"])),
])
def test_refused_cooperation_is_criticism(row_id, expected):
    assert reading(probe(row_id)) == expected


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
def test_look_alikes_stay_praise(row_id, expected):
    assert reading(probe(row_id)) == expected


def test_probe_figures():
    scores = PROBE.run()
    assert scores["excess held"] == (12, 12)
    assert scores["harm held"] == (10, 10)
    assert scores["refusal held"] == (12, 12)
    assert scores["check held"] == (10, 10)
    assert scores["look-alike kept"][0] >= 19
    assert scores["check look-alike kept"][0] >= 9


def test_a_load_borne_is_no_excess_of_the_persons():
    assert reading("He handled far too many calls for one person, and still kept every customer happy.")[0] == "positive"
    assert reading("She took on far too many side projects and the core audit slipped by three weeks.")[0] != "positive"
