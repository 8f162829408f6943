"""Specific: a direction on a named measure of a delimited group or thing (round 27).

"Raise the share of tenants who pay their rent by direct debit" says what is done (a change one way), to what (a
measure whose head is a statistical summary: a number, share, rate or time) and over whom (a counted kind narrowed
by a modifier, a relative clause, a participle or a phrase of place): specific, and with no value not measurable. A
measure of a general kind, of a quality, of an unnamed subset or of nothing, an open list, an indefinite measure
only attained, and a direction given as the means of another one stay areas. Goals written for the class (none is a
dev item); each case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analyzers import goal
from assistant.analyzers.goal import load_rules
from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a relative clause, a participle or a place says which cases are counted
        ("Raise the share of library members who borrow e-books.", "S.A.."),
        ("Increase the number of foster carers approved in the county.", "S.A.."),
        ("Lower the rate of missed bin collections on the rural rounds.", "S.A.."),
        ("Reduce the proportion of invoices paid after their due date.", "S.A.."),
        # a noun modifier says what the measure counts or times
        ("Cut the average repair time for broken streetlights.", "S.A.."),
        ("Shorten the waiting time for a first hearing test.", "S.A.."),
        # a completion inside the relative clause says who is counted, not a deliverable of the goal's own
        ("Increase the number of stewards who complete first-aid training before the season.", "S.A.."),
        # a value still makes it measurable, a deadline time-bound
        ("Raise the share of library members who borrow e-books from 12% to 20% by 2028.", "SMA.T"),
    ],
)
def test_a_direction_on_a_delimited_measure_is_specific(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a measure of a general kind, of a quality or of nothing names an area
        ("Increase the number of opportunities for growth.", "..A.."),
        ("Grow the number of ways we help the neighbourhood.", "..A.."),
        ("Raise the level of excellence in the service.", "..A.."),
        ("Increase the percentage.", "..A.."),
        ("Improve our score.", "..A.."),
        ("Raise the number of apprenticeships.", "..A.."),
        # an unnamed subset or an open list says not which cases
        ("Reduce the rate of the most serious harms.", "..A.."),
        ("Increase the number of fairs, talks, stalls and so on.", "..A.."),
        # a measure only attained, with no level; a direction as the means of another direction
        ("Reach a high engagement score.", "..A.."),
        ("Enhance resident wellbeing by reducing the rate of missed home visits.", "..AR."),
    ],
)
def test_a_direction_on_an_undelimited_measure_stays_an_area(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_measure_lexicons_are_data() -> None:
    rules = load_rules()
    assert {"number", "share", "rate", "time"} <= rules.measure_heads
    assert {"opportunities", "things", "progress"} <= rules.vague_kinds
    assert not rules.measure_heads & rules.vague_kinds
    text = goal.RULES_PATH.read_text(encoding="utf-8")
    assert "OECD Glossary" in text and "stats.oecd.org/glossary" in text


def test_the_round27_probe_as_measured() -> None:
    """The round-27 outside probe (45 goals, labels written and committed before any run) and its class probe."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "goals_round27_probe.py"
    spec = importlib.util.spec_from_file_location("goals_round27_probe", path)
    assert spec is not None and spec.loader is not None
    probe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe)
    rows = probe.load()
    assert len(rows) == 45
    acc = probe.score(rows)
    assert round(acc["specific"], 3) >= 0.8
    assert probe.class_score(probe.class_rows())["M0M"] == "4/4"


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # an assurance verb's clause states the result: what it says is the goal's content
        ("Ensure that every new volunteer has a signed role description.", "S.A.."),
        ("Make sure that all minibuses are fitted with a working first-aid kit.", "S.A.."),
        # a feeling, a judged state of a general kind or no clause at all names no result
        ("Ensure that members are happy.", "..A.."),
        ("Make sure that everyone has access to excellent services.", "..A.."),
        ("Ensure quality across the programme.", "..A.."),
    ],
)
def test_an_assurance_clause_is_the_goals_content(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a change told as a noun is a direction: on an area it names no result, and has no done state
        ("Achieve improvements in the wellbeing of our members.", "..A.."),
        ("Secure an increase in civic pride.", "..A.."),
        # on a named measure of a delimited group it is specific, with an amount measurable too
        ("Deliver a reduction in the number of tenants who fall into rent arrears.", "S.A.."),
        ("Secure a 15% reduction in food waste sent to landfill.", "SMA.."),
    ],
)
def test_a_change_told_as_a_noun_is_a_direction(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # an objective line above a labelled goal is the aim it serves (the goal itself is what follows the label)
        ("Widen access to the collections. Goal 3: Digitise the 1890s parish registers.", "SMAR."),
        ("Support young carers. Goal: Open a drop-in room at the youth centre.", "SMAR."),
        # a labelled goal with no line above it has no such aim
        ("Goal 3: Digitise the 1890s parish registers.", "SMA.."),
    ],
)
def test_an_objective_line_above_a_goal_label_is_its_aim(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # "quality" before a general kind, at the start or after a degree word, judges it: an aspiration
        ("Provide high quality meals to hospital inpatients.", "..A.."),
        ("Offer quality childcare to working parents.", "..A.."),
        # after a noun it is the property measured; in a compound before an artefact it names the artefact
        ("Publish the river quality survey results for the county by June 2027.", "SMA.T"),
        ("Introduce a quality assurance checklist for every new ward.", "SMA.."),
    ],
)
def test_quality_as_a_judgement_is_an_aspiration(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a baseline and a target each dated by its year: the delimited group is counted, and the amount measures it
        ("Increase the number of apprentices recruited from care leavers from 4 in 2023-24 to 12 in 2025-26.", "SMA.."),
        ("Cut missed home visits from 40 in 2024 to 20.", "SMA.."),
    ],
)
def test_a_baseline_and_target_may_each_carry_their_year(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
