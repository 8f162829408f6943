"""The goals eval suite: a labelled set across roles, scored against evals/thresholds.yaml."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from assistant.analyzers.goal import CRITERIA
from assistant.evaluation.goals import evaluate, load_cases
from assistant.settings import PROJECT_ROOT, Settings

CASES = PROJECT_ROOT / "evals" / "goals.jsonl"
REQUIRED_ROLES = {"nursing", "finance", "engineering", "facilities", "sales", "education", "non-profit"}


def test_eval_set_is_broad_and_well_formed() -> None:
    cases = load_cases(CASES)
    assert len(cases) >= 80
    assert len({c["id"] for c in cases}) == len(cases)
    roles = {c["role"] for c in cases}
    assert roles >= REQUIRED_ROLES
    assert all(c["text"].strip() for c in cases)
    scores = [sum(c["labels"][n] for n in CRITERIA) for c in cases]
    # a realistic mix: plenty of weak goals and plenty of complete ones
    assert sum(s <= 2 for s in scores) >= 20
    assert sum(s == 5 for s in scores) >= 20
    for name in CRITERIA:
        values = [c["labels"][name] for c in cases]
        assert any(values) and not all(values), name


def test_goals_suite_meets_its_thresholds() -> None:
    result = evaluate(CASES, Settings())
    bars = yaml.safe_load((PROJECT_ROOT / "evals" / "thresholds.yaml").read_text())["goals"]
    assert set(result.metrics) == set(bars) | {"min_accuracy"}
    for metric, bar in bars.items():
        assert result.metrics[metric] >= bar["min"], (metric, result.metrics[metric], result.failures)
    assert result.suite == "goals" and result.cases == len(load_cases(CASES))


def test_eval_reports_misses_per_case(tmp_path: Path) -> None:
    cases = tmp_path / "goals.jsonl"
    rows = [
        {"id": "a", "role": "hr", "text": "Improve customer service.",
         "labels": {"specific": True, "measurable": False, "attainable": True, "relevant": False, "time_bound": False}},
        {"id": "b", "role": "it", "text": "Launch the portal by March 1",
         "labels": {"specific": True, "measurable": True, "attainable": True, "relevant": False, "time_bound": True}},
    ]
    cases.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = evaluate(cases, Settings())
    assert result.metrics == {
        "accuracy_specific": 0.5, "accuracy_measurable": 1.0, "accuracy_attainable": 1.0,
        "accuracy_relevant": 1.0, "accuracy_time_bound": 1.0, "fidelity_pass_rate": 1.0, "min_accuracy": 0.5,
    }
    assert result.failures == [
        {"id": "a", "criterion": "specific", "expected": True, "got": False, "text": "Improve customer service."}
    ]


def test_goal_suites_use_the_organisations_rules_file(tmp_path) -> None:
    """`coach eval` with COACH_RULES_FILE scores the goal rules that organisation would get."""
    from assistant.evaluation.dev import evaluate as evaluate_dev

    text = "Publish the onboarding guide by June 2027 to support the retention plan."
    labels = {"specific": True, "measurable": True, "attainable": True, "relevant": True, "time_bound": True}
    cases = tmp_path / "goals.jsonl"
    cases.write_text(json.dumps({"id": "own-1", "text": text, "labels": labels, "split": "tune"}) + "\n",
                     encoding="utf-8")
    org = tmp_path / "org.yaml"
    org.write_text("goal:\n  disable: [time.date, time.month, time.year, time.period]\n", encoding="utf-8")
    builtin = evaluate_dev(cases, Settings()).metrics
    own = evaluate_dev(cases, Settings(rules_file=org)).metrics
    assert builtin["tune_min_accuracy"] == 1.0
    assert own == {**builtin, "tune_accuracy_time_bound": 0.0, "tune_min_accuracy": 0.0}
