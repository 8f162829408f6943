"""The goal probes' figures as measured: every outside probe row whole and per-criterion accuracy, and the
class, check and heading probes' per-class counts (scripts/goals_round20_probe.py, scripts/goals_round22_probe.py,
scripts/goals_round23_probe.py, scripts/goals_round24_probe.py)."""

from __future__ import annotations

from tests.fixtures.scripts import load_script


def test_the_outside_probe_as_measured() -> None:
    """The fresh outside probe (labels written before any change): every row whole, per-criterion accuracy as
    measured after the changes it was written for (before: specific .88, relevant .92, time-bound .94)."""
    probe = load_script("scripts/goals_round20_probe.py")
    rows = probe.load()
    assert len(rows) == 50
    assert all(set(labels) == set(probe.CRITERIA) and source and text for labels, source, text in rows)
    # (specific .94 -> .92 in round 27: "KR 1: Reduce number of emails from clients." is labelled an area here; a
    # named measure of a delimited kind moved one way is specific since round 27, as dev7-dev9 and dev15 label it)
    assert probe.score(rows) == {"specific": 0.92, "measurable": 0.96, "attainable": 0.96, "relevant": 0.94,
                                 "time_bound": 0.96}


def test_headline_style_and_open_bound_probe_figures() -> None:
    probe = load_script("scripts/goals_round22_probe.py")

    acc = probe.score(probe.load())
    # round 27 reverses round 22's S0V class: a verb of speed on a time named by what it times ("Accelerate support
    # response times", "Improve customer satisfaction scores") names the measure and its direction, specific as
    # dev7's "Increase her typing speed" and dev9's "Improve developer satisfaction score" are (specific .905 -> .857)
    assert round(acc["specific"], 3) == 0.857
    assert round(acc["measurable"], 3) == 1.0
    assert probe.class_score(probe.class_rows()) == {
        "S0H": "10/12", "S0E": "3/5", "S1H": "6/6", "S1N": "6/6", "S1B": "10/10", "S0W": "5/5",
        "S0V": "4/10", "S1V": "6/6"}  # S0E 2/5 -> 3/5 in round 27: "QUALITY ECONOMIC DEVELOPMENT" read as a judgement


def test_objective_clause_and_judged_experience_probe_figures() -> None:
    probe = load_script("scripts/goals_round23_probe.py")

    acc = probe.score(probe.load())
    assert round(acc["specific"], 3) == 0.93
    assert round(acc["relevant"], 3) == 1.0
    assert round(acc["measurable"], 3) == 0.977
    assert probe.class_score(probe.class_rows()) == {
        "S0J": "10/10", "S1J": "7/8", "S0N": "8/8", "S1N": "7/7", "M0P": "8/8", "M1P": "6/6"}


def test_mandate_aspiration_and_heading_probe_figures() -> None:
    probe = load_script("scripts/goals_round24_probe.py")

    acc = probe.score(probe.load())
    assert round(acc["specific"], 3) == 0.833
    assert round(acc["relevant"], 3) == 0.905
    assert round(acc["measurable"], 3) == 0.857
    # (one R1P row holds the work to norms in general, "in line with statutory guidance": read since round 29 as the
    # manner of the work, as evals/dev15 and dev18 label such links)
    assert probe.class_score(probe.class_rows()) == {"S1C": "12/12", "S0A": "12/12", "R1P": "11/12", "R0N": "10/10"}
    assert probe.class_score(probe.class_rows(probe.CHECK_PROBE)) == {
        "R1Q": "8/8", "R0Q": "6/6", "S0Q": "6/6", "S1Q": "6/6"}
    assert probe.class_score(probe.class_rows(probe.HEADING_PROBE)) == {"R1H": "10/10", "R0H": "6/7"}


def test_demand_life_period_fake_measure_and_purpose_relative_probe_figures() -> None:
    """scripts/goals_round26_probe.py: 42 outside goals (labels written before any change) and the class and check
    probes for demand coverage, life periods, measure clauses, purpose relatives and comparative groups."""
    probe = load_script("scripts/goals_round26_probe.py")
    rows = probe.load()
    assert len(rows) == 42
    acc = probe.score(rows)
    # (round 35, goalskr35: "NPS (Net Promoter Score) up 50 over previous quarter" is read as its metric and bound
    # since a bound's value may close before "over", as before "by" or "in": specific and measurable 0.881, 0.857 before;
    # "... from at least 4 underrepresented zip codes over the course of the year" has its time frame: 0.976 before)
    # (round 37, goals37: "We will supply a literature search ... within 10 working days of receiving the request" is a
    # completion dated by a window from one event: measurable 0.881 before)
    assert {k: round(v, 3) for k, v in acc.items()} == {
        "specific": 0.905, "measurable": 0.905, "attainable": 1.0, "relevant": 0.952, "time_bound": 1.0}
    assert probe.class_score(probe.class_rows()) == {
        "T0P": "6/6", "T0L": "5/6", "T1L": "4/4", "S0G": "6/6", "S1G": "2/3", "M0F": "6/6", "S0F": "3/3",
        "M1F": "3/3", "R1P": "8/8", "R0N": "7/7", "A1C": "6/6", "A0C": "3/3", "R1L": "4/6", "R0L": "4/4"}
    assert probe.class_score(probe.class_rows(probe.CHECK_PROBE)) == {
        "T0P": "2/2", "T0L": "4/4", "T1L": "2/2", "S0G": "2/2", "S1G": "1/1", "M0F": "2/2", "S0F": "1/1",
        "M1F": "2/2", "R1P": "3/3", "R0N": "3/3", "A1C": "3/3", "A0C": "2/2"}
    assert probe.class_score(probe.class_rows(probe.WORKITEM_PROBE)) == {"A0W": "12/12", "A1C": "11/12"}
    assert probe.class_score(probe.class_rows(probe.WORKITEM_CHECK)) == {"A0W": "4/5", "A1C": "5/5"}


def test_norm_handing_on_heading_one_off_and_metric_window_probe_figures() -> None:
    probe = load_script("scripts/goals_round29j_probe.py")

    assert probe.class_score(probe.load()) == {
        "R0S": "8/9", "R1S": "8/8", "R0P": "7/7", "R1P": "3/5", "R1H": "5/6", "R0H": "4/5", "A1F": "4/4", "A0F": "3/4",
        "T0W": "3/3", "T1W": "3/3"}
    assert probe.class_score(probe.load(probe.CHECK_PROBE)) == {
        "R0S": "3/3", "R1S": "3/3", "R0P": "2/2", "R0H": "1/2", "R1H": "1/2", "A1F": "0/1", "A0F": "2/2", "T0W": "2/2",
        "T1W": "2/2"}
