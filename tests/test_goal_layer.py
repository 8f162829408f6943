"""The goal analyzer's learned layer: the shipped file, its switch, and what it changes when on."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import CRITERIA, LAYER_NAME, check_goal, feature_labels, load_rules, signals
from assistant.analyzers.learned import read_layer
from assistant.analyzers.rules import RULES_DIR

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 12, 1)
HANDFUL = [
    "Review all expense claims within 5 days of submission.",
    "Grow revenue by 10% by June 2027.",
    "Increase sales.",
    "Launch the new website soon.",
    "Objective: Improve customer trust. Key result: Cut the support backlog from 400 to 100 tickets by Q3 2027.",
    "",
]


def _script():
    spec = importlib.util.spec_from_file_location("train_goal_layer", ROOT / "scripts" / "train_goal_layer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_layer_validates_and_reads_features_the_analyzer_computes() -> None:
    layer = read_layer(RULES_DIR / f"{LAYER_NAME}.json")
    assert layer.analyzer == "goal"
    assert sorted(layer.decisions) == sorted(CRITERIA)
    labels = feature_labels()
    assert set(layer.feature_labels) == set(labels)
    computed = set(signals("Reduce the support backlog from 400 to 100 tickets by June 2027 to support the plan."))
    for decision in layer.decisions.values():
        assert set(decision.features) == set(labels)
        assert computed <= set(decision.features)
        assert {f"loro_{r}_learned" for r in ("dev", "dev2", "dev3", "dev4", "dev5")} <= set(decision.provenance.validation)


def test_only_criteria_that_passed_loro_are_decided_by_the_layer() -> None:
    script = _script()
    layer = json.loads((RULES_DIR / f"{LAYER_NAME}.json").read_text(encoding="utf-8"))
    passing = {name for name, d in layer["decisions"].items() if script.passes(d["provenance"]["validation"])}
    assert set(load_rules().learned) <= passing


def test_shipped_layer_is_what_the_training_script_writes() -> None:
    pytest.importorskip("sklearn")
    script = _script()
    built, _ = script.build()
    shipped = json.loads((RULES_DIR / f"{LAYER_NAME}.json").read_text(encoding="utf-8"))
    assert script._without_dates(built) == script._without_dates(shipped)


def test_switched_off_by_the_organisation_is_exactly_the_rules(tmp_path) -> None:
    path = tmp_path / "org.yaml"
    path.write_text("goal:\n  learned: false\n", encoding="utf-8")
    off = load_rules(rules_file=path)
    assert off.learned == ()
    rules_only = replace(load_rules(), learned=())
    for text in HANDFUL:
        assert (check_goal(text, today=TODAY, rules=off).model_dump_json()
                == check_goal(text, today=TODAY, rules=rules_only).model_dump_json())


ONBOARDING = ("Customer onboarding: Every new customer receives a welcome call within two days of signing. The "
              "onboarding team logs each call in the CRM and reviews the notes every Friday with the account "
              "managers. Calls missed are rescheduled the same week.")


def test_organisation_can_name_the_criteria_and_the_eval_follows_its_file(tmp_path) -> None:
    from assistant.evaluation.goals import score_cases

    named, off = tmp_path / "named.yaml", tmp_path / "off.yaml"
    named.write_text("goal:\n  learned: [relevant]\n", encoding="utf-8")
    off.write_text("goal:\n  learned: false\n", encoding="utf-8")
    assert load_rules(rules_file=named).learned == ("relevant",)
    assert load_rules().learned == ("specific", "relevant")
    case = {"id": "own-1", "text": ONBOARDING,
            "labels": {"specific": True, "measurable": True, "attainable": True, "relevant": True, "time_bound": True}}
    with_layer = score_cases([case], today=TODAY, rules_file=named)
    rules_only = score_cases([case], today=TODAY, rules_file=off)
    assert with_layer.metrics == {"accuracy_specific": 1.0, "accuracy_measurable": 1.0, "accuracy_attainable": 1.0,
                                  "accuracy_relevant": 1.0, "accuracy_time_bound": 1.0, "min_accuracy": 1.0,
                                  "fidelity_pass_rate": 1.0}
    assert rules_only.metrics == {**with_layer.metrics, "accuracy_relevant": 0.0, "min_accuracy": 0.0}


def test_layer_overrides_a_verdict_with_a_span_of_the_goal_and_says_why() -> None:
    on = check_goal(ONBOARDING, today=TODAY)
    off = check_goal(ONBOARDING, today=TODAY, rules=replace(load_rules(), learned=()))
    assert off.criteria.relevant.met is False
    assert on.criteria.relevant.model_dump() == {
        "met": True,
        "evidence": "Customer onboarding",
        "start": 0,
        "end": 19,
        "advice": "Linked to a wider purpose: \"Customer onboarding\". (The rules did not count \"Customer onboarding\"; "
                  "the learned check does, mostly from: the goal's length in words: high, the number of sentences: "
                  "high, a label or heading with a colon: yes.)",
        "question": off.criteria.relevant.question,
    }
    # everything else is the rules' report; score, questions and rewrite follow the new verdict
    changed = {"criteria", "score", "summary", "questions", "rewrite", "placeholders"}
    assert on.model_dump(exclude=changed) == off.model_dump(exclude=changed)
    assert on.criteria.model_dump(exclude={"relevant"}) == off.criteria.model_dump(exclude={"relevant"})
    assert (on.score, off.score) == (5, 4)
    assert (on.questions, on.placeholders) == ([], [])
    assert off.questions == [off.criteria.relevant.question]
    assert on.rewrite == ONBOARDING
    assert check_fidelity(on.rewrite, [ONBOARDING]).ok


def test_layer_keeps_verdicts_it_is_not_sure_of() -> None:
    rules_only = replace(load_rules(), learned=())
    for text in HANDFUL:
        assert (check_goal(text, today=TODAY).model_dump_json()
                == check_goal(text, today=TODAY, rules=rules_only).model_dump_json())
