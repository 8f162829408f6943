"""Measurable: a value given to a named measure, a value with an open bound, a recurring deliverable with a
cadence, and a standing state of a service that is no deliverable.

Texts drawn from scripts/goals_round20_probe.py, scripts/goals_round20_value_probe.py,
scripts/goals_round21_probe.py, scripts/goals_round21_class_probe.tsv, scripts/goals_round22_probe.py,
scripts/goals_round22_class_probe.tsv, scripts/goals_round23_probe.py and scripts/goals_round23_class_probe.tsv.

Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a named measure given its value is the result, also when its words are common ones
        ("Reach an employee engagement score of 75.", "SMA.."),
        ("Maintain a customer satisfaction rate of 92%.", "SMA.."),
        ("Reach a staff engagement level of 70% by June 2027.", "SMA.T"),
        ("Objective: Improve customer satisfaction. Key result: Achieve a customer satisfaction score of 90%.", "SMAR."),
        # a bare or only judged measure says neither which measure nor what changes; no value, nothing measured
        ("Achieve a score of 90%.", ".MA.."),
        ("Achieve a great score of 90.", ".MA.."),
        ("Reach a level of 80%.", ".MA.."),
        ("Reach a high engagement score.", "..A.."),
    ],
)
def test_a_value_given_to_a_named_measure(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a recurring deliverable with a cadence keeps measurable (done or not done each period), after a duty too
        ("Maintain accounts payable files and distribute accurate reports to department heads on a monthly basis.",
         "SMA.T"),
        ("Maintain clinical files and distribute accurate reports on a monthly basis.", "SMA.T"),
        ("Keep accurate logs and submit completed checklists each Friday.", "SMA.T"),
        ("Ensure the lobby is clean and send a photo report to facilities every week.", "SMA.T"),
        ("Write technical reports every month.", "SMA.T"),
        ("Create marketing materials monthly.", "SMA.T"),
    ],
)
def test_a_recurring_deliverable_with_a_cadence(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a value left open on one side bounds the value: no wish for "more" of the object
        ("Achieve a customer satisfaction score of 90% or higher on all closed tickets.", "SMA.."),
        ("Reach a patient satisfaction rating of 85% or better on discharge surveys.", "SMA.."),
        ("Keep the employee turnover rate at 12% or lower.", "SMA.."),
        # a comparative on the object itself is still a wish
        ("Achieve higher customer satisfaction.", "..A.."),
        ("Reach higher levels of patient satisfaction.", "..A.."),
        ("Deliver better customer service.", "..A.."),
    ],
)
def test_a_value_with_an_open_bound(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # how the people served are treated, stated as how things are, is a standing state of the service
        ("Visitors are welcomed into an atmosphere of hospitality, exemplary service, and friendly interaction.", "..A.."),
        ("Patrons are greeted warmly at every branch.", "..A.."),
        ("Older residents are welcomed into a friendly and safe community centre.", "..A.."),
        # something sent, made or counted is a deliverable
        ("Every returning visitor is sent a feedback survey within two days.", "SMA.T"),
        ("The new visitor badge system is installed at both entrances.", "SMA.."),
        ("Twenty families are placed in permanent housing each quarter.", "SMA.T"),
    ],
)
def test_a_service_state_is_no_deliverable(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
