"""Round 34 class (attainable): a perfection target on a running operation told without a perfection word of the rules.
Zero of events that befall the work by chance or fault, a noun of the WordNet-built ``adverse_event_nouns`` (mishaps,
failures, illness and injury, wrong acts, deaths, defects, complaints: "Zero haul truck collisions", "Zero conveyor
breakdowns"), a zero that may never lapse ("... ever ..."), a zero of things counted outside their limits ("out of
spec", "outside 2 to 8 °C") and a measured band held "at all times" are attainable: false (evals/dev README: perfection
targets for an ongoing rate are flags; evals/dev22: a band "at all times"). Look-alikes keep attainable: zero of a thing
one can stop using ("Zero paper dockets"), "zero in on", "net zero", hyphenated compounds ("zero-emission"), cuts of the
same events by an amount, a staffing minimum "at all times" and a band kept "in every month of 2027".

Texts from evals/probes/round34/goals34_perfection*.jsonl (round 34, mining, data centres, construction, fleets, dairy
and rail: workplaces of no dev set). Each case asserts all five SMART verdicts of one goal (reference date
2026-12-01)."""

from __future__ import annotations

import time

import pytest

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import check_goal
from tests.fixtures.goals import TODAY, smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Zero haul truck collisions at the Red Hill pit in 2027.", "SM..T"),
        ("Zero conveyor breakdowns on the crushing circuit this year.", "SM..T"),
        ("Zero derailments on the yard tracks in 2027.", "SM..T"),
        ("Zero heat-related illnesses among crews working the July 2027 shutdown.", "SM..T"),
        ("Zero tyre blowouts across the tanker fleet this year.", "SM..T"),
    ],
)
def test_zero_of_an_adverse_event_is_a_perfection_target(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Zero milk loads ever rejected by the creamery for antibiotic residues.", "SM..."),
        ("Zero milk samples out of spec for antibiotic residues in 2027.", "SM..T"),
        ("Zero temperature readings outside 2 to 8 °C in the calf-vaccine fridge this year.", "SM..T"),
        ("Hold the cold-aisle temperature in every data hall between 18 and 27 °C at all times.", "SM..."),
        ("Keep relative humidity in the server rooms at 40% to 60% at all times.", "SM..."),
    ],
)
def test_a_zero_that_never_lapses_or_a_band_held_at_all_times(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Zero paper delivery dockets by the end of 2027: every load is booked in the yard app.", "SMA.T"),
        ("Zero plastic water bottles in the site canteens by June 2027.", "SMA.T"),
        ("Zero in on the three conveyor belts with the most breakdowns and rebuild their drives by June 2027.", "SMA.T"),
        ("Replace 12 diesel haul trucks with zero-emission trucks by 2029.", "SMA.T"),
        ("Reach net zero operational carbon emissions at the data centre campus by 2035.", "SMA.T"),
        ("Cut conveyor breakdowns on the crushing circuit from 14 to 6 a year by December 2027.", "SMA.T"),
        ("Keep at least two qualified electricians on site at all times.", "SMA.."),
        ("Cut the number of milk samples out of spec from 9 to 3 a year by 2028.", "SMA.T"),
        ("Keep unplanned outages below three per quarter in every quarter of 2027.", "SMA.T"),
    ],
)
def test_look_alikes_stay_attainable(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_flag_names_the_zero_and_the_rewrite_stays_faithful() -> None:
    text = "Zero haul truck collisions at the Red Hill pit in 2027."
    report = check_goal(text, today=TODAY)
    assert not report.criteria.attainable.met
    assert [(w.kind, w.text) for w in report.warnings] == [("unrealistic", "Zero haul truck collisions")]
    assert "perfection target" in report.criteria.attainable.advice
    assert check_fidelity(report.rewrite, [text]).ok


@pytest.mark.parametrize(
    "text",
    [
        ("zero zero collisions ever " * 2_500)[:50_000],  # one sentence of zeros, adverse nouns and "ever"
        ("Zero readings out of range at all times between 1 and 4 °C " * 900)[:50_000],
    ],
    ids=["zero-run", "band-run"],
)
def test_long_runs_of_zeros_come_back_faithful(text: str) -> None:
    started = time.process_time()  # CPU seconds; a guard against quadratic blow-ups, as tests/test_goal_methods.py
    report = check_goal(text, today=TODAY)
    assert time.process_time() - started < 30.0
    assert check_fidelity(report.rewrite, [text]).ok
