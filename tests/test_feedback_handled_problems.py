"""Praise around a handled problem, and effects told as what others did.

Problem words that belong to the people the person served or met are no criticism of the person: a relative
clause on them ("phoned the donors who had lapsed", "three customers who had written to complain"), a pronoun
after a preposition in the person's act ("listened to her concerns"), a served newcomer told before the person is
named ("An angry guest came to the desk because his room had not been cleaned. Marta ..."), a problem kept small
by "only" in what resulted ("with only two returns for wrong items"). An effect told as what another party then
did: a result clause of degree ("so clear that the weekend staff ran the store on their own"), the later act of a
subject the clause split cut from its verb ("two customers who had opened cancellation tickets withdrew them"), a
clause after a fronted time phrase ("by their third week both were closing tickets"), and rescue idioms ("You
really got me out of a jam", "bailed us out", "saved my skin"). Their look-alikes keep their coaching.

Texts from scripts/feedback_round24_probe.py."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script, probe_texts

TEXTS = probe_texts("scripts/feedback_round24_probe.py")


PROBE = load_script("scripts/feedback_round24_probe.py")


def reading(row_id: str) -> tuple[str, list[str], str | None]:
    report = review_feedback(TEXTS[row_id])
    return report.polarity, sorted(f.kind for f in report.findings), report.structure.impact.evidence


@pytest.mark.parametrize(("row_id", "expected"), [
    ("p01", ("positive", [], "he booked again for March before he checked out")),
    ("p07", ("positive", [], "she thanked the office by email the next day")),
    ("c01", ("positive", [], "and he thanked her on his way out")),
    ("c04", ("positive", [], "eleven of them came back on the annual plan")),
    ("e18", ("positive", [], "the warehouse shipped the whole month with only two returns for wrong items")),
])
def test_problem_words_of_the_people_served_are_no_criticism(row_id, expected):
    assert reading(row_id) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("e04", ("positive", [], "You really got me out of a jam")),
    ("c09", ("positive", [], "You saved my skin")),
    ("e11", ("positive", [], "two customers who had opened cancellation tickets withdrew them")),
    ("c10", ("positive", [], "three customers who had written to complain sent thank-you notes")),
    ("c06", ("positive", [], "the night team finished it without calling anyone")),
    ("e16", ("positive", [], "both were closing tickets without escalating")),
])
def test_what_another_party_then_did_is_an_effect(row_id, expected):
    assert reading(row_id) == expected


def test_a_result_clause_of_degree_is_an_effect_of_a_criticism_too():
    assert reading("c12") == ("constructive", ["missing_action"], "they started without us")


@pytest.mark.parametrize(("row_id", "expected"), [
    ("c13", ("constructive", ["missing_action"], "A customer complained about you at the till on Saturday")),
    ("c14", ("constructive", ["missing_action", "missing_impact"], None)),
    ("c15", ("positive", ["missing_impact"], None)),
    ("c16", ("positive", ["missing_impact"], None)),
    ("l09", ("positive", ["missing_impact"], None)),
    ("l16", ("positive", ["missing_impact"], None)),
])
def test_look_alikes_keep_their_coaching(row_id, expected):
    assert reading(row_id) == expected


def test_only_a_few_of_the_persons_own_errors_stay_criticism():
    report = review_feedback("Only two of your reports had errors this quarter.")
    assert (report.polarity, sorted(f.kind for f in report.findings)) == (
        "constructive", ["missing_action", "missing_impact", "vague"])


def test_probe_figures():
    totals = PROBE.tally()
    assert {k: tuple(v) for k, v in totals.items()} == {
        "P": (17, 18), "E": (18, 22), "LP": (5, 8), "LI": (8, 8), "CP": (4, 5), "CE": (5, 5), "CL": (5, 6),
        "clean": (44, 51), "look-alike": (18, 21),
    }
