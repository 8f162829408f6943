"""Consequences and specifics told plainly (probe: scripts/feedback_round25_probe.py).

A well-formed draft may tell its consequence without an impact word: as the risk the act created, stated as a
circumstance of the thing or place it left exposed ("That corridor is the only way out for the twelve people in the
packing room"); as a figure of the person's work set against another ("averaged 3 hours in November against the
team's 45 minutes"); or, in praise, as others' verdict on the person's named work, quoted or scored ("rated your
explanations 'excellent'", "was rated 4.8 out of 5"). A counted problem set against a larger count is a problem kept
small, and a problem word on the served party's thing ("her broken boiler") is theirs. Look-alikes with no such
sentence, a single figure, or praise in others' mouths that names no work keep their coaching."""

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round25_probe.py")
TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once


def reading(row_id: str) -> tuple[str, list[str], str | None]:
    report = review_feedback(TEXTS[row_id])
    return report.polarity, sorted(f.kind for f in report.findings), report.structure.impact.evidence


@pytest.mark.parametrize(("row_id", "expected"), [
    ("ir01", ("constructive", [], "That corridor is the only way out for the twelve people in the packing room.")),
    ("ir04", ("constructive", [], "That channel includes two freelancers who also work for the client's main competitor.")),
    ("ir08", ("constructive", [], "The payroll file was open on it, with every employee's bank details.")),
    ("cr03", ("constructive", [], "The storeroom is next to the staff canteen, where thirty people eat lunch.")),
])
def test_the_risk_told_as_a_circumstance_is_the_impact(row_id, expected):
    assert reading(row_id) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("cc01", ("constructive", [], "Your first-call resolution rate was 61% in October against the team's 78%.")),
    ("cc02", ("positive", [], "Your stand sold 140 tickets on the open day versus 90 last year.")),
    ("im10", ("positive", [], "in their first month they made one refund error between them")),
])
def test_a_figure_set_against_another_is_the_impact(row_id, expected):
    assert reading(row_id) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("vq04", ("positive", [], 'All 24 patient surveys from your clinic list last month rated your explanations '
                              '"excellent", the highest score on the ward.')),
    ("cv01", ("positive", [], 'Eleven of the twelve parents who filled in the survey rated your reading workshops '
                              '"very useful".')),
    ("vq02", ("positive", [], "and she renewed her cover for another three years")),
])
def test_others_verdict_on_named_work_is_concrete_praise(row_id, expected):
    assert reading(row_id) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("li04", ("constructive", ["missing_impact"], None)),
    ("cl01", ("constructive", ["missing_impact"], None)),
    ("cl02", ("constructive", ["missing_impact"], None)),
    ("cl03", ("constructive", ["missing_impact"], None)),
    ("cl04", ("positive", ["missing_impact", "vague"], None)),
    ("cl05", ("positive", ["missing_impact", "vague"], None)),
])
def test_look_alikes_keep_their_coaching(row_id, expected):
    assert reading(row_id) == expected


def test_a_request_opened_by_please_is_no_outcome():
    report = review_feedback("On Tuesday you left the pallet jack in the corridor for the afternoon. "
                             "Please park it in the marked bay.")
    assert report.structure.impact.evidence is None
    assert sorted(f.kind for f in report.findings) == ["missing_impact"]


def test_a_larger_count_set_against_a_smaller_one_stays_criticism():
    report = review_feedback("You made eleven refund errors this month, compared with two for the rest of the team. "
                             "Please use the refund checklist for every refund.")
    assert report.polarity == "constructive"
