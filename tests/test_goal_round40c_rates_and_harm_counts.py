"""Round 40 class GR (goals40c): a rate per period read as a deadline, and "no <harm count>" targets.

A verbless key result that counts things per period ("KR: Two new hand-lettered fronts sold per month", evals/dev29
tune) states a rate, a cadence of the measure with no by-when: not time-bound, whether the count is spelled or in
digits, also after an objective line (``assistant.analyzers.goal.counts.nominal_rate``). Look-alikes stay time-bound:
the person's own verb on a schedule ("Bake three wedding cakes per week"), a count of the person's own events after a
clause ("...: one workshop per semester"), a rate with a deadline.

"No"/"zero" before time off named by an adjective of ill health ("KR: No solvent-related sick days at all in 2027",
evals/dev29 tune; "sick": WordNet 3.0 synset 02541303, derivationally related to "illness, sickness", below "ill
health"; ``assistant/data/harm_adjectives.txt``) is a perfection target on a count of harm: specific, measurable, not
attainable. Look-alikes keep attainable: sick days counted or cut, not zeroed; "sick leave" modifying another noun
("No new sick-leave forms"); zero of a thing one stops using.

Texts written for the test in trades of no probe row (the probe rows are real lines: evals/probes/round40/
goals40c.jsonl). Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01).
"""

from __future__ import annotations

import pytest

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import check_goal
from tests.fixtures.goals import TODAY, smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("KR: Three new wedding cakes booked per month.", "SMA.."),
        ("KR: Twelve repaired clocks collected per week.", "SMA.."),
        ("Objective: Grow the bindery. KR: Four restored ledgers delivered a month.", "SMAR."),
        ("KR: 2-4 tuned pianos returned per week.", "SMA.."),
    ],
)
def test_a_verbless_count_per_period_is_a_rate_not_a_deadline(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("KR: Three new wedding cakes booked per month by June 2027.", "SMA.T"),
        ("Bake three wedding cakes per week.", "SMA.T"),
        ("Run tastings for new customers at the bakery: one tasting session per month, starting March 2027.", "SMART"),
    ],
)
def test_look_alikes_stay_time_bound(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Objective: A safe bakery. KR: No sick days from burns in 2027.", "SM.RT"),
        ("KR: Zero sick days among the bakers in 2027.", "SM..T"),
        ("KR: No sick days taken by the bakers in 2027.", "SM..T"),
    ],
)
def test_no_sick_days_is_a_perfection_target(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("KR: Cut sick days to 20 per year by December 2027.", "SMA.T"),
        ("KR: No new sick-leave forms in 2027.", "..A.T"),
        ("KR: No sick day policy changes in 2027.", "..A.T"),
        ("KR: No paper timesheets in 2027.", "..A.T"),
    ],
)
def test_harm_look_alikes_stay_attainable(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_flag_names_the_sick_days_and_the_rewrite_stays_faithful() -> None:
    text = "Objective: Make the sign shop a safe place to work. KR: No solvent-related sick days at all in 2027."
    report = check_goal(text, today=TODAY)
    assert [(w.kind, w.text) for w in report.warnings] == [("unrealistic", "No solvent-related sick days")]
    assert check_fidelity(report.rewrite, [text]).ok
    rate = "KR: Two new hand-lettered fronts sold per month."
    assert check_fidelity(check_goal(rate, today=TODAY).rewrite, [rate]).ok


def test_the_harm_adjectives_are_the_wordnet_ones() -> None:
    from assistant.analyzers.goal.counts import harm_adjectives

    assert {"sick", "ill", "unwell", "ailing"} <= harm_adjectives()
    assert not {"late", "lost", "new", "paper"} & harm_adjectives()


def test_long_runs_of_rates_and_sick_days_come_back_fast_and_faithful() -> None:
    import time

    for text in (("KR: Two new fronts sold per month. " * 1_600)[:50_000],
                 ("KR: No solvent-related sick days at all in 2027. " * 1_100)[:50_000]):
        started = time.process_time()  # CPU seconds; a guard against quadratic blow-ups, as tests/test_goal_methods.py
        report = check_goal(text, today=TODAY)
        assert time.process_time() - started < 30.0
        assert check_fidelity(report.rewrite, [text]).ok
