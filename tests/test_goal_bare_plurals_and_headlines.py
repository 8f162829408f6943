"""Round 27: two classes on the measurable and relevant criteria.

Measurable: a completion verb over a bare plural kind ("Draft job descriptions for the new clinic roles") leaves how
many make the work done open, as "a variety of new events" does: no done state, not measurable. A single artefact, a
count, a set each member of which gets one ("for all five roles", "to lapsed members"), a definite place they go in,
a name or a date closes it.

Relevant: an infinitive with only its subject before it in the sentence ("Every clinic to offer ...", "Local teams to
recruit ...") or after a copular lead-in ("The aim being to ...") is the goal's own predicate in headline form, no
purpose beyond it; an infinitive after a finite or imperative verb, or after a headline and a comma, is a purpose.
A manner adverb may split a purpose infinitive ("to properly prepare").

Goals written for the classes (none is a dev item or a probe row). Each case asserts all five SMART verdicts
(reference date 2026-12-01); scripts/goals_round27e_probe.py holds the outside probe and the class probe."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a bare plural kind: how many is open
        ("Draft job descriptions for the new clinic roles.", "S.A.."),
        ("Install smoke alarms and carbon monoxide detectors.", "S.A.."),
        # a single artefact, a count, every member of a set, the recipients, a definite place, a name or a date
        ("Draft a job description for the new clinic role.", "SMA.."),
        ("Draft job descriptions for all five new clinic roles.", "SMA.."),
        ("Draft job descriptions for the new clinic roles by 31 January 2027.", "SMA.T"),
        ("Send renewal notices to lapsed members.", "SMA.."),
        ("Install smoke alarms in the new hostel.", "SMA.."),
        ("Build sales reports in Tableau.", "SMA.."),
    ],
)
def test_a_bare_plural_kind_has_no_done_state(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # the goal's own predicate: a headline target with its subject, a copular lead-in
        ("Every clinic to offer evening appointments twice a week.", "SMA.T"),
        ("Local teams to recruit 40 new volunteers this year.", "SMA.T"),
        ("The aim being to recruit 40 new volunteers this year.", "SMA.T"),
        # a purpose: after a finite or imperative verb, after a headline and a comma
        ("Local teams will recruit 40 new volunteers this year to support the winter night shelter.", "SMART"),
        ("Recruit 40 new volunteers this year to support the winter night shelter.", "SMART"),
        ("Every clinic to offer evening appointments twice a week, to help working parents attend.", "SMART"),
        # a split infinitive is still one
        ("Write a volunteer handbook to properly prepare new volunteers for night shifts.", "SMAR."),
    ],
)
def test_a_headline_infinitive_is_the_goal_itself(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a rate written with a slash after each value is a baseline and a target
        ("Cut P2 outages on the billing service from 6/month to 2/month.", "SMA.."),
        # the end of an unpunctuated key result closes the value a change verb moves the metric to, as a full stop does
        ("Bring open safety actions on site down to 3", "SMA.."),
        ("Bring open safety actions on site down to 3.", "SMA.."),
        # places, not values, after "from" and "to"
        ("Move the call centre team from Leeds to York", "S.A.."),
    ],
)
def test_rates_and_unpunctuated_targets_are_measures(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # "Goal #1" is the label "Goal 1": a plan goal above an objective label is that objective's aim
        ("Goal #3: Keep our parks safe. Objective 2: Repaint the play equipment in Ward Park by May 2027.", "SMART"),
        ("Goal 3: Keep our parks safe. Objective 2: Repaint the play equipment in Ward Park by May 2027.", "SMART"),
        # a bare objective label alone links to nothing
        ("Objective 2: Repaint the play equipment in Ward Park by May 2027.", "SMA.T"),
    ],
)
def test_a_numbered_goal_label_with_a_number_sign(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_round27e_probe_figures() -> None:
    """scripts/goals_round27e_probe.py: 46 outside goals and 28 class rows, labelled before any change."""
    probe = load_script("scripts/goals_round27e_probe.py")

    acc = probe.score(probe.load())
    assert round(acc["measurable"], 3) == 0.87
    assert round(acc["relevant"], 3) == 0.804
    assert probe.class_score(probe.class_rows()) == {"M0K": "7/8", "M1K": "8/8", "R0H": "6/6", "R1H": "5/6"}
    assert probe.class_score(probe.class_rows(probe.CHECK_PROBE)) == {"R0S": "6/6", "R1S": "5/6"}


@pytest.mark.parametrize(
    ("goal", "relative"),
    [
        ("Shape a ward atmosphere", " which helps patients rest at night"),
        ("Develop a school culture", " which supports every pupil"),
        ("Build a learning environment for the night shift", " that encourages nurses to ask questions"),
    ],
)
def test_a_relative_clause_on_a_state_noun_is_no_purpose(goal: str, relative: str) -> None:
    # which state is sought, as an adjective would say: the whole verdict is that of the state alone
    assert verdicts(goal + relative + ".") == verdicts(goal + ".")
    assert not verdicts(goal + relative + ".")["relevant"]


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # on a concrete object it says what the object does for someone: a purpose
        ("Refurbish the two science labs that support evening classes for adult learners.", "SMAR."),
        ("Foster a clinic culture that rewards early reporting of errors.", "..A.."),
        # a purpose clause after the state still is one
        ("Foster a clinic culture that rewards early reporting of errors, to cut repeat incidents on the wards.", "S.AR."),
    ],
)
def test_a_relative_clause_on_a_concrete_object_is_a_purpose(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
