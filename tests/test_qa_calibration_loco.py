"""Leave one corpus out: the scorer and gate fitted on the other corpora answer the left-out one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.evaluation import calibrate
from tests.test_qa_learned import _example

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


def test_each_corpus_is_measured_by_a_fit_on_the_others_with_the_gate_fitted_or_kept() -> None:
    by_corpus = {name: calibrate.prepare([_example(start + i, answerable=i % 3 != 0) for i in range(12)])
                 for name, start in (("a", 0), ("b", 100), ("c", 200))}
    config = calibrate.resolve({"l2": 1.0, "min_focus": 0.0})
    fitted = calibrate.leave_one_corpus_out(by_corpus, config)
    expected = {name: calibrate.measure(test, calibrate.calibrate(
        [it for other, items in by_corpus.items() if other != name for it in items], config))[0]
        for name, test in by_corpus.items()}
    assert fitted == expected
    shut = replace(calibrate.calibrate(by_corpus["a"], config), threshold=1.0, clause_threshold=1.0)
    kept = calibrate.leave_one_corpus_out(by_corpus, config, fixed=shut)
    assert {name: (m["over_refusal"], m["abstention_accuracy"]) for name, m in kept.items()} == {
        "a": (1.0, 1.0), "b": (1.0, 1.0), "c": (1.0, 1.0)}
