"""The pooled outside suites (bias_outside, feedback_outside, goals_outside): every round's halves as one set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evaluation.dev import evaluate, evaluate_pooled
from assistant.evaluation.runner import SUITES
from assistant.settings import Settings

LABELS_MET = {"specific": True, "measurable": True, "attainable": True, "relevant": True, "time_bound": True}
VAGUE = {"specific": False, "measurable": False, "attainable": True, "relevant": False, "time_bound": False}


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def test_pooled_goals_score_every_rounds_halves_as_one_set(tmp_path: Path) -> None:
    good = "Publish the onboarding guide by June 2027 to support the retention plan."
    _write(tmp_path / "dev" / "goals.jsonl", [
        {"id": "a", "text": good, "labels": LABELS_MET, "split": "tune"},
        {"id": "b", "text": "Improve customer service.", "labels": VAGUE, "split": "heldout"},
    ])
    _write(tmp_path / "dev2" / "goals.jsonl", [
        {"id": "c", "text": "Improve customer service.", "labels": LABELS_MET, "split": "heldout"},
    ])
    pooled = evaluate_pooled(tmp_path / "goals.jsonl", Settings())
    one_set = tmp_path / "all" / "goals.jsonl"
    _write(one_set, [json.loads(line) for p in ("dev", "dev2")
                     for line in (tmp_path / p / "goals.jsonl").read_text(encoding="utf-8").splitlines()])
    assert pooled.suite == "goals_outside"
    assert pooled.cases == 3
    assert pooled.metrics == {**evaluate(one_set, Settings()).metrics, "rounds": 2.0}
    assert pooled.metrics["heldout_cases"] == 2.0
    assert pooled.metrics["heldout_accuracy_specific"] == 0.5  # "Improve customer service." is right once, wrong once
    assert [f["id"] for f in pooled.failures] == []  # misses are listed for the tune half only


def test_pooled_suite_without_any_round_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no outside round holds bias.jsonl"):
        evaluate_pooled(tmp_path / "bias.jsonl", Settings())


@pytest.mark.parametrize("kind", ["bias", "feedback", "goals"])
def test_each_analyzer_has_a_pooled_suite_over_the_shipped_rounds(kind: str) -> None:
    assert SUITES[f"{kind}_outside"] == ("dev:evaluate_pooled", f"{kind}.jsonl")
