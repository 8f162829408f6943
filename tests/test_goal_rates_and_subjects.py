"""Specific, round 29: directions on a rate named by one noun, and noun subjects that look like verbs.

A direction on a noun that names a rate by itself ("retention", "turnover", "absenteeism", "uptake") with no target
is an area, whether or not a group, owner or place goes with it ("Improve our client retention", "Cut absenteeism
among the night-shift porters"): the dev sets' annotators label goals of that form not specific. A named measure
head ("rate", "number", "share") over such a noun group stays specific, "staff" included ("Reduce the staff turnover
rate"): a determiner or a measure word before "staff" makes it a modifier, not a clause's subject.

A short bare noun group before "will" ("Grade 4 students will ...", "Ward 7 nurses will ...") is the clause's
subject, though its first word is also a verb: the goal is read from the verb after the modal. A passive of a verb
of regard ("Customer feedback is valued") states how a thing is held, no act done to it. Goals written for the
classes (none is a dev item); each case asserts all five SMART verdicts (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from assistant.analyzers import goal
from assistant.analyzers.goal import load_rules
from tests.fixtures.goals import smart, verdicts
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Improve our client retention.", "..A.."),
        ("Reduce staff turnover at the Riverside care home.", "..A.."),
        ("Cut absenteeism among the night-shift porters.", "..A.."),
        ("Raise uptake of the flu vaccine among ward staff.", "..A.."),
        ("Improve attendance at the Saturday story time sessions.", "..A.."),
        ("Lower patient attrition in the weight management programme.", "..A.."),
        ("Reduce turnover.", "..A.."),
        ("Improve attendance.", "..A.."),
        ("Improve our retention.", "..A.."),
        ("Widen participation in the staff wellbeing survey.", "..A.."),
        ("Improve our efficiency.", "..A.."),
        ("Strengthen our reputation in the region.", "..A.."),
    ],
)
def test_a_direction_on_a_rate_noun_with_no_target_is_an_area(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Reduce the staff turnover rate.", "S.A.."),
        ("Reduce staff turnover rate.", "S.A.."),
        ("Reduce our staff turnover rate at the Riverside care home.", "S.A.."),
        ("Cut the employee turnover rate down.", "S.A.."),
        # "staff" after a noun that is no determiner opens a relative clause: the measure is of no named thing
        ("Reduce the time staff spend on paperwork.", "..A.."),
        ("Reduce the time our staff spend on paperwork.", "..A.."),
    ],
)
def test_staff_after_a_determiner_modifies_a_measure_head(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Grade 4 students will improve reading comprehension.", "..A.."),
        ("Ward 7 nurses will improve patient care.", "..A.."),
        ("Level 3 staff will work on their communication.", "..A.."),
        ("Ward 7 nurses will complete the new falls risk assessment for every admission.", "SMA.."),
        ("Team 2 will finish the stock count of the cold store by Friday.", "SMA.T"),
        # an article opens a verb's object, and a reduced relative after it keeps the verb
        ("Build a booking page patients will use.", "SMA.."),
    ],
)
def test_a_noun_subject_before_will_is_no_imperative(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Customer feedback is valued.", "..A.."),
        ("Residents' views are respected.", "..A.."),
        ("Our suppliers are trusted.", "..A.."),
        ("The grant report is submitted to the board.", "SMA.."),
        ("The revised fire evacuation plan is approved by the health and safety committee.", "SMA.."),
        ("The staff survey results are published on the intranet.", "SMA.."),
    ],
)
def test_a_passive_of_regard_is_no_act(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_regard_verbs_are_data() -> None:
    rules = load_rules()
    text = goal.RULES_PATH.read_text(encoding="utf-8")
    assert {"valued", "respected", "trusted"} <= rules.regard_forms and "Levin (1993)" in text
    assert "rate_nouns:" not in text


def test_the_round29c_probe_as_measured() -> None:
    """The round-29c outside probe on specific (83 goals, labels committed before any run)."""
    probe = load_script("scripts/goals_round29c_probe.py")
    rows = probe.class_rows()
    assert len(rows) == 83
    scores = probe.shared.class_score(rows)
    # the S1W rows read a direction on an owned or scoped rate noun as specific, which the dev labels reject
    assert scores["S1W"] == "0/8" and scores["S0W"] == "8/8"
    assert scores["S0G"] == "3/3" and scores["S1G"] == "3/3"
    assert scores["S0R"] == "6/6" and scores["S1R"] == "5/5"
    assert sum(int(v.split("/")[0]) for v in scores.values()) == 72
