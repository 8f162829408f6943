"""Round 28: relevant and measurable read from the sentences around the goal.

Relevant: a sentence beside the goal that states the problem it answers (an unmet ability, "night staff cannot get
in"; a word VADER's raters rate negative, "keep getting the wrong forms", "complain") is why the goal matters. A
statement with no problem in it ("The current policy runs to forty pages."), a result still to come ("... will be
withdrawn"), an instruction ("Remove the wrong forms ...") and a key result with a bound ("... stay below 5 a week")
are not; nor is a hazard of the work's own tools ("The scaffold is dangerous"): a rated-negative sentence names people
or shares a word with the goal's sentence. A negative quantifier as subject ("Nobody has complained") negates its
clause, and a plural VADER rates only as a singular is looked up there ("breakages", "injuries").

Measurable: a goal's date makes the completion of its own work checkable, not that of a step told in a later sentence
without a date of its own ("Ask the supplier for a demo login."); a sentence that only times the goal ("Aim to be done
by April 2027.") still does. Continuous availability ("24/7", "around the clock") and a level after a place
preposition ("on level 4") measure nothing.

Goals written for the classes (none is a dev item or a probe row). Each case asserts all five SMART verdicts
(reference date 2026-12-01); scripts/goals_round28d_probe.py holds the outside probe."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts
from tests.fixtures.scripts import load_script

_GOAL = "Publish a plain-language guide to the leave policy by June 2027."


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # the problem the goal answers, after it or before it
        ("Replace the two card readers at the staff car park by May 2027. Night staff cannot get in when the readers "
         "fail.", "SMART"),
        (_GOAL + " New parents keep getting the wrong forms.", "SMART"),
        ("Volunteers complain that the rota is hard to find. Post the monthly rota on the notice board by January "
         "2027.", "SMART"),
        # no problem told, a result still to come, an instruction, a key result with its bound
        (_GOAL + " The current policy runs to forty pages.", "SMA.T"),
        (_GOAL + " Wrong forms will be withdrawn from the intranet.", "SMA.T"),
        (_GOAL + " Remove the wrong forms from the intranet.", "SMA.T"),
        ("Launch the new booking page by June 2027. Failed bookings stay below 5 a week.", "SMA.T"),
    ],
)
def test_a_problem_told_beside_the_goal_is_its_reason(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


_SHED = "Fix the roof of the bike shed by May 2027."


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # whose problem: people named (a possessive too), or the goal's own topic; a plural VADER rates as a singular
        (_SHED + " Cyclists' bags get soaked and ruined when it rains.", "SMART"),
        (_SHED + " The roof has leaked through two winters of storms and damaged the stored bikes.", "SMART"),
        (_SHED + " Leaks and breakages in the shed cost the club every winter.", "SMART"),
        # a hazard of the work's own tools, a negated complaint: no problem the goal answers
        (_SHED + " The scaffold is dangerous and shakes.", "SMA.T"),
        (_SHED + " Nobody has complained about the shed.", "SMA.T"),
        (_SHED + " None of the riders has complained about the leaks.", "SMA.T"),
    ],
)
def test_whose_problem_and_negated_problems(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize("problem", [" New parents keep getting the wrong forms.", " Staff cannot find the old guide."])
def test_a_problem_sentence_changes_only_relevance(problem: str) -> None:
    assert verdicts(_GOAL + problem) == {**verdicts(_GOAL), "relevant": True}


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a step in a later sentence, with no date of its own, is how the goal is done: no deliverable, no key result
        ("Learn the new stock system by March 2027. Ask the supplier for a demo login.", "S.A.T"),
        # the goal's own work keeps its date
        ("Set up the new stock system by March 2027. Ask the supplier for a demo login.", "SMA.T"),
        # a sentence that only times the goal times the goal's work
        ("Move the payroll files to the shared drive. Aim to be done by April 2027.", "SMA.T"),
    ],
)
def test_a_later_step_does_not_take_the_goals_date(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Staff the tenants' repair line 24/7.", "S.A.."),
        ("Staff the tenants' repair line around the clock.", "S.A.."),
        ("Staff the tenants' repair line with 4 advisers.", "SMA.."),
        ("Repaint the staff kitchen on level 4.", "S.A.."),
        ("Move the print room to level 4.", "SMA.."),
    ],
)
def test_availability_and_a_floor_measure_nothing(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_round28d_probe_figures() -> None:
    """scripts/goals_round28d_probe.py: 49 outside goals, labelled before any change."""
    probe = load_script("scripts/goals_round28d_probe.py")

    acc = probe.score(probe.load())
    assert round(acc["measurable"], 3) == 0.959
    assert round(acc["relevant"], 3) == 0.898  # round 29: "As the only bilingual clerk in the office," is a role
    assert probe.class_score(probe.check_rows()) == {"R1P": "3/6", "R0P": "5/6"}
