"""Round 39 class (specific, measurable, attainable): a zero target on a mishap told by "no" or by "<things> at zero".

"Objective: ... KR: No paint loss on any panel fired in 2027.", "KR: Allergen complaints at zero in 2027." (evals/dev26
and dev28 tune items): the negative determiner opening a key result counts the noun after it as "zero" does, also after
an objective line (the layout blanks the objective, so the statement opens after white space), and names a mishap by a
deverbal noun WordNet defines as what a mishap verb names ("loss": "something that is lost"; built into
``assistant/data/mishap_nominals.txt`` by ``scripts/build_mishap_nominals.py``) or by a mishap participle ("No missed
deadlines"): specific, measurable, attainable false (a perfection target on a running operation, evals/dev* guides).
A count held "at zero" after its metric is the metric and its value ("Allergen complaints at zero"), as "Customer
complaints below 5" is: specific. Look-alikes keep attainable: "no" over a step or thing one stops adding ("No new
suppliers added", "No breaking changes to the booking API"), and "no" inside a bound ("no more than").

Texts written for the test in trades and services of no probe row (the probe rows are real success criteria:
evals/probes/round39/goals39.jsonl). Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01).
"""

from __future__ import annotations

import time

import pytest

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import check_goal
from tests.fixtures.goals import TODAY, smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Objective: Keep our framed prints perfect. KR: No print damage on any frame shipped in 2027.", "SM.RT"),
        ("Objective: A tidier archive. KR: No file loss on any shared drive in 2027.", "SM.RT"),
        ("KR: No missed collections on any bin round in 2027.", "SM..T"),
        ("No sample loss between the clinic and the lab this year.", "SM..T"),
        ("No missed deadlines.", "SM..."),
    ],
)
def test_no_mishap_opening_the_key_result_is_a_perfection_target(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("KR: Customer complaints at zero in 2027.", "SM..T"),
        ("KR: Food safety incidents at zero this year.", "SM..T"),
        ("Objective: Safer lifts. KR: Dropped loads at zero on every site in 2027.", "SM.RT"),
    ],
)
def test_a_count_held_at_zero_names_its_metric(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("No new suppliers added to the approved list in 2027.", "..A.T"),
        ("KR: No breaking changes to the booking API in 2027.", "S.A.T"),
        ("KR: No more than 2 late deliveries a month in 2027.", "SMA.T"),
        ("Reduce paint loss on fired panels from 6 to 2 a month by June 2027.", "SMA.T"),
    ],
)
def test_look_alikes_stay_attainable(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_flag_names_the_negated_mishap_and_the_rewrite_stays_faithful() -> None:
    text = "Objective: Make our painted glass last. KR: No paint loss on any panel fired in 2027."
    report = check_goal(text, today=TODAY)
    assert (report.criteria.specific.met, report.criteria.measurable.met, report.criteria.attainable.met) == (True, True, False)
    assert [(w.kind, w.text) for w in report.warnings] == [("unrealistic", "No paint loss on")]
    assert check_fidelity(report.rewrite, [text]).ok


def test_a_long_run_of_negated_losses_comes_back_faithful() -> None:
    text = ("KR: No paint loss on any panel. " * 1_600)[:50_000]
    started = time.process_time()  # CPU seconds; a guard against quadratic blow-ups, as tests/test_goal_methods.py
    report = check_goal(text, today=TODAY)
    assert time.process_time() - started < 30.0
    assert check_fidelity(report.rewrite, [text]).ok


def test_the_mishap_nominals_are_the_wordnet_defined_ones() -> None:
    from assistant.analyzers.goal.measures import _mishap_nominals

    # glosses "something that is lost", "the act of stealing", "act of failing to meet a financial obligation", ...;
    # no "-ing" noun ("breaking changes") and no verb coordinated with another ("lost or surrendered": forfeit)
    assert _mishap_nominals() == frozenset({"defacement", "default", "disfigurement", "heist", "loss", "nonpayment",
                                            "pillage", "spoil"})
