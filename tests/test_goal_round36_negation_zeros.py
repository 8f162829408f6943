"""Round 36 class (measurable, specific, attainable): negation as a zero count. The negative determiner "no" heading the
goal's own statement ("KR: No dog ever goes home with a clipper burn or nick", "No lost time injuries in a year"),
"never" with a verb that names a mishap (its noun in the WordNet-built ``adverse_event_nouns``: fail/failure, miss,
lapse, slip, breach, err/error) or closed by "again", and "without any/a/an" before a mishap noun ("an entire year
without any injuries") count the negated event and set the count at zero, as "zero ... ever" does: a measure
(measurable), a counted thing (specific) and, on a running operation, a perfection target (attainable: false; evals/dev23
and evals/dev25 guides: "Never fail an electrical inspection again", "No dog ever goes home with a clipper burn or nick").
Look-alikes keep their verdicts: a bound ("no more than two complaints", "no later than"), a negation inside a purpose
clause ("so that no one is left in the water"), a manner phrase ("with no additional staff", "without a supervisor"),
"never" with an ordinary verb and no "again", and a negated subject that names no mishap and no "ever".

Texts from evals/probes/round36/goals36.jsonl (Max & Bacal's Perfect Phrases for Setting Performance Goals, toolbox
talks, Joint Commission patient safety goals) and the analyzers' own rule examples. Each case asserts all five SMART
verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from assistant.analyzers.goal import check_goal
from assistant.analyzers.goal.measures import _negated_zeros
from assistant.analyzers.goal.rules import load_rules
from tests.fixtures.goals import TODAY, smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # the count-led negation names what is counted, as "Zero lost time injuries" does (round 39: the sets label
        # "KR: No <mishap> ..." specific, evals/dev25-036, dev26-018, dev28-031; "Zero fatalities on our roads", dev14)
        ("No lost time injuries in a year.", "SM..T"),
        ("No injury to people, the planet, or property is acceptable.", "SM..."),
        ("Make it an entire year without any injuries.", "SM..."),
        ("Never fail a boiler inspection again.", "SM..."),
        ("KR: No van ever leaves the yard with a failed brake check.", "SM..."),
        # the focus particle "even" inside "not a single" (evals/dev14: "not even a single person dies on American roads")
        ("Make sure not even a single parcel goes missing at the depot in 2027.", "SM..T"),
    ],
)
def test_negation_of_a_mishap_is_a_zero_perfection_target(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Receive no more than two customer complaints validated by manager per year.", "SMA.T"),
        ("Receive no more than three customer requests per year to assign different staff member.", "SMAR."),
        ("Maintain a minimum of 90% customers returning to store.", "SMA.."),
        ("Diagnose problems accurately at least 95% of the time.", ".MA.."),
        ("Patrol the complete bottom of the pool at the close of each shift, so that no one is left in the water when "
         "the gates are locked.", "SMART"),
        ("Complete the dive certification by the end of August 2027 so that I can dive in the big tank without a "
         "supervisor.", "SMART"),
    ],
)
def test_bounds_purposes_and_manner_phrases_stay_as_they_were(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_what_the_negation_reader_finds() -> None:
    rules = load_rules()
    assert _negated_zeros("KR: No dog ever goes home with a clipper burn or nick.", rules) == [(4, 20, True)]
    assert _negated_zeros("Never fail an electrical inspection again.", rules) == [(0, 10, True)]
    assert _negated_zeros("Ensure that no customer needs to repeat his or her information.", rules) == [(12, 32, False)]
    # an ordinary verb after "never", with no "again": no zero count
    assert _negated_zeros("Never leave a dog alone on the table.", rules) == []
    # bounds, manner and purpose: no zero count
    assert _negated_zeros("Deliver no later than 5 p.m. with no extra staff, so that no order waits.", rules) == []
    assert _negated_zeros("Dive in the big tank without a supervisor.", rules) == []
    assert _negated_zeros("Make it an entire year without any injuries.", rules) == [(23, 43, True)]


def test_the_report_names_the_perfection_target() -> None:
    report = check_goal("KR: No dog ever goes home with a clipper burn or nick.", today=TODAY)
    assert not report.criteria.attainable.met
    assert report.criteria.measurable.met and report.criteria.specific.met
