"""Round 38 class (attainable): a zero count whose participle names what befalls the things counted.

"KR: Zero templates damaged or lost", "Zero items broken or lost during transport", "zero damaged shipments": the
participle of a mishap verb (WordNet 3.0: damage, injure, lose, break, ruin, spoil, steal, crack, fail, miss; built
into ``assistant/data/mishap_participles.txt`` by ``scripts/build_mishap_participles.py``), after the counted noun in a
reduced passive relative or before it as a participle adjective (Quirk et al. 1985, 17.29-17.31 and 7.15), names the
event counted, as "zero collisions" does with an adverse event noun: a perfection target on a running operation
(attainable: false; evals/dev* guides, dev26 and dev27: "KR: Zero templates damaged or lost", "KR: Zero guitars
damaged in the workshop", "KR: Zero greens closed for disease"). So does any participle whose cause, the head of a
"for/to/by/due to" phrase right after it, is an adverse event noun ("closed for disease"). Look-alikes keep
attainable: a participle of a step one stops taking ("Zero manual steps required", "Zero new suppliers added"), a
cause phrase whose adverse noun only modifies its head ("trained for disease control"), and cuts or bounds of the same
events.

Texts written for the test in trades and services of no probe row (the probe rows are real targets:
evals/probes/round38/goals38.jsonl). Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01).
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
        ("KR: Zero pallets damaged at the loading dock in 2027.", "SM..T"),
        ("Zero library laptops lost or stolen this academic year.", "SM..T"),
        ("Zero specimens lost between the ward and the lab in 2027.", "SM..T"),
        ("Zero lambs injured at shearing this season.", "SM..T"),
        ("Zero fermentation batches spoiled in 2027.", "SM..T"),
        ("Zero client deadlines missed this quarter.", "SM..T"),
        ("Zero glasses broken/chipped in the bar this month.", "SM..T"),
        ("KR: Zero hives lost to varroa this winter.", "SM..T"),
    ],
)
def test_a_zero_of_things_a_mishap_befalls_is_a_perfection_target(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Zero damaged parcels delivered to customers in 2027.", "SM..T"),
        ("KR: Zero greens closed for disease.", "SM..."),
        ("KR: Zero orchard rows closed due to blight in 2027.", "SM..T"),
    ],
)
def test_a_participle_before_the_noun_or_a_mishap_as_the_cause(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Zero manual steps required to publish the weekly roster by June 2027.", "SMA.T"),
        ("Zero new suppliers added to the approved list in 2027.", "SMA.T"),
        ("Zero paper invoices issued after March 2027.", "SMA.T"),
        ("Zero visitors turned away for lack of seats at the 2027 open day.", "SMA.."),
        ("Zero staff trained for disease control? ", "SMA.."),
        ("Cut the parcels damaged in transit from 40 to 10 a month by June 2027.", "SMA.T"),
        ("Fewer than 2 laptops lost per term in 2027.", "SMA.T"),
    ],
)
def test_look_alikes_stay_attainable(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_flag_names_the_zero_and_its_participle_and_the_rewrite_stays_faithful() -> None:
    text = "KR: Zero pallets damaged at the loading dock in 2027."
    report = check_goal(text, today=TODAY)
    assert not report.criteria.attainable.met
    assert [(w.kind, w.text) for w in report.warnings] == [("unrealistic", "Zero pallets damaged")]
    assert "perfection target" in report.criteria.attainable.advice
    assert check_fidelity(report.rewrite, [text]).ok


def test_a_long_run_of_zero_participles_comes_back_faithful() -> None:
    text = ("Zero crates closed for repairs by the gate " * 1_200)[:50_000]
    started = time.process_time()  # CPU seconds; a guard against quadratic blow-ups, as tests/test_goal_methods.py
    report = check_goal(text, today=TODAY)
    assert time.process_time() - started < 30.0
    assert check_fidelity(report.rewrite, [text]).ok
