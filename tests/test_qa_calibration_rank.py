"""The ranking objective of the unit scorer: a conditional logit over each question's units (the
fact-holding ones as the target), blended with the pointwise direction and scaled back to a
probability (Platt) so the gate still reads one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import yaml

from assistant.evaluation import calibrate
from assistant.qa.answer import Calibration
from tests.test_qa_learned import _example


def _competing(i: int, answerable: bool) -> calibrate.Example:
    """:func:`_example` whose other units state a number of days too, so that they compete."""
    example = _example(i, answerable)
    passage = example.passages[0]
    units = [passage.units[0], "Leave is requested 5 days ahead with the manager.",
             "Travel is booked 2 days ahead through the portal."]
    example.passages = [replace(passage, text="\n\n".join(units), units=units)]
    return example

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


def _groups(seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """Questions of 6 rows: column 0 tells the answering row within its question; column 1 is the
    same for every row of a question (how easy the question is), higher where column 0 is higher."""
    rng = np.random.default_rng(seed)
    groups = []
    for _ in range(60):
        level = rng.normal()
        x = np.column_stack([rng.normal(size=6), np.full(6, level)])
        x[0, 0] += 2.0
        t = np.zeros(6)
        t[0] = 1.0
        groups.append((x, t))
    return groups


def test_a_conditional_logit_ranks_within_questions_and_ignores_what_is_constant_in_one() -> None:
    groups = _groups()
    weights = calibrate.fit_listwise(groups, 1.0)
    assert weights[0] > 1.0 and abs(weights[1]) < 1e-6
    top = [int(np.argmax(x @ weights)) for x, _ in _groups(1)]
    assert sum(t == 0 for t in top) / len(top) >= 0.7
    # Stronger regularisation shrinks the weights, never turns them round.
    strong = calibrate.fit_listwise(groups, 100.0)
    assert 0.0 < strong[0] < weights[0]
    # Pairwise ranking agrees on the direction.
    pairwise = calibrate.fit_pairwise(groups, 1.0)
    assert pairwise[0] > 1.0 and abs(pairwise[1]) < 1e-6


def test_ranking_groups_hold_each_answerable_question_with_its_fact_rows_as_the_target() -> None:
    items = calibrate.prepare([_example(i, answerable=i % 3 != 0) for i in range(6)])
    groups = calibrate.ranking_groups(items)
    # Questions 1, 2, 4, 5 are answerable ("How many days ...?"); of each pool's three units only the
    # one holding the fact states a number of days: the others cannot answer, so they do not compete.
    width = len(groups[0][0][0])
    assert [(x.shape, t.tolist()) for x, t in groups] == [((1, width), [1.0])] * 4


@pytest.mark.parametrize("objective", ["listwise", "pairwise", "blend"])
def test_a_ranking_fit_gives_a_probability_the_gate_reads_and_writes_it_back(tmp_path: Path, objective: str) -> None:
    items = calibrate.prepare([_competing(i, answerable=i % 3 != 0) for i in range(24)])
    assert all(len(x) >= 2 for x, _ in calibrate.ranking_groups(items))
    config = calibrate.resolve({"l2": 1.0, "min_focus": 0.0, "objective": objective, "rank_l2": 1.0})
    cal = calibrate.calibrate(items, config)
    x, y, w = calibrate.training_rows(items)
    p = cal.model.probabilities(x)
    # Platt: the mean probability is the positive share (calibrated), the answering unit ranks first.
    assert abs(float(np.average(p, weights=w)) - float(np.average(y, weights=w))) < 0.02
    assert np.linalg.norm(cal.model.weights) > 0.1
    assert all(int(np.argmax(cal.model.probabilities(it.x).max(axis=1))) == 0 for it in items if it.example.answerable)
    path = tmp_path / "calibration.yaml"
    calibrate.write_calibration(cal, config, items, path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert (data["unit_model"]["objective"], data["unit_model"]["rank_l2"]) == (objective, 1.0)
    back = Calibration.from_data(data)
    assert [calibrate.conclude(it, back).model_dump() for it in items] == [
        calibrate.conclude(it, cal).model_dump() for it in items]
    metrics, _ = calibrate.measure(items, back)
    assert metrics["over_refusal"] <= calibrate.MAX_OVER_REFUSAL and metrics["fact_inclusion"] >= 0.9
