"""Round 29j classes: work held to norms in general is its manner, not its reason; a bare process noun after a thing
sent to a recipient is the recipient's next step, not a purpose; a heading opening with a verb's -ing form and its
object is an aim; a perfection phrase on a counted set of work done once is attainable; a window counted from an
event inside a measure's noun phrase is no deadline. Each class with look-alikes that keep their reading.

Texts drawn from scripts/goals_round29j_probe.tsv and the labelling rulings of evals/dev7, dev15 and dev18.
Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # norms in general, or a norm whose content is the goal's own level: no reason
        ("Complete the daily food hygiene checks in every kitchen in line with regulations.", "SMA.T"),
        ("Record every controlled drug entry in the register in accordance with legal requirements.", "S.A.."),
        ("Reduce 111 call answer times to meet the national standard of answering 95% of calls within 60 seconds.",
         "SMA.."),
        # a reason beside it, a plan in the link, or a definite instrument the work answers to: a reason
        ("Meet the national standard of answering 95% of 111 calls within 60 seconds so that callers in crisis reach a "
         "call handler sooner.", "SMAR."),
        ("In line with the county's Vision Zero plan, redesign three school crossings by September 2027.", "SMART"),
        ("Reconcile all 12 bank accounts within five business days of month-end, in line with the finance close "
         "procedure.", "SMART"),
    ],
)
def test_work_held_to_norms_in_general_is_no_reason(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Label every specimen and send it to the lab for testing.", "S.A.."),
        ("Scan all delivery notes and pass them to accounts for filing.", "S.A.."),
        # what the handing-on is for, or an activity noun with no recipient, is a purpose
        ("Label every specimen and send it to the lab, so that results reach the GP within two days.", "S.ART"),
        ("Upload the logs to salesforce.com for closed-loop reporting.", "S.AR."),
    ],
)
def test_a_process_noun_after_the_recipient_is_no_purpose(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Building a Safer Network: Replace 40 km of lead water pipes by 2030.", "SMART"),
        ("Caring for Our Community: We will open the food bank five days a week by June 2027.", "SMART"),
        # a bare category label is none
        ("Patient Care: Check every bed rail at the start of each shift.", "SMA.T"),
        ("Training: Complete the manual handling refresher by May 2027.", "SMA.T"),
    ],
)
def test_a_gerund_heading_with_its_object_is_an_aim(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Complete 50 supervised medication rounds without a single error by June 2027.", "SMA.T"),
        ("By the end of my placement, complete a log of 150 dispensed prescriptions without any errors.", "SMA.."),
        # on an ongoing rate the phrase is a perfection target
        ("Dispense every prescription without any errors.", "SM..."),
        ("Process supplier invoices with zero errors every month.", "SM..T"),
    ],
)
def test_perfection_on_a_counted_one_off_set_is_attainable(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Keep the share of patients readmitted within 30 days of discharge below 12 per cent.", "SMA.."),
        # a deadline beside it, or a window on the person's own act, bounds the goal
        ("Keep the share of patients readmitted within 30 days of discharge below 12 per cent by the end of 2027.",
         "SMA.T"),
        ("Within six months of starting in post, complete the safeguarding level 3 course.", "SMA.T"),
        ("Call every patient within 2 days of discharge.", "SMA.T"),
    ],
)
def test_a_window_inside_the_measure_is_no_deadline(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
