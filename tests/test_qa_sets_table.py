"""The policy Q&A question sets are one table (assistant/evaluation/corpora.py, QA_SETS): each row's suites, their
evaluate functions, recorded splits and calibration sets are built from it, in table order, so a new handbook corpus
kept in the project is one row."""

from __future__ import annotations

import json

from assistant.coaches import ASK, eval_suites
from assistant.evaluation import calibrate, policy
from assistant.evaluation.corpora import EVALS_DIR, QA_SETS, SUITES, QASet
from assistant.evaluation.splits import load_split, split


def test_a_project_corpus_row_names_its_folder_split_and_two_suites() -> None:
    row = QASet.project("handbooks9", 20991231)
    assert (row.questions, row.docs, row.seed) == (EVALS_DIR / "handbooks9" / "questions.jsonl",
                                                   EVALS_DIR / "handbooks9" / "docs", 20991231)
    assert row.split_source == "evals/handbooks9/questions.jsonl" and row.cases == "." and not row.gated
    assert row.suites() == {"handbooks9_tuning": ("evaluate_handbooks9_tuning", "tuning"),
                            "handbooks9_heldout": ("evaluate_handbooks9_heldout", "heldout")}


def test_every_row_registers_its_suites_in_table_order_after_the_two_policy_sets() -> None:
    names = [s.name for s in ASK.eval_suites]
    assert names[:2] == ["policy", "policy_heldout"]
    assert names[2:] == list(SUITES) == [suite for row in QA_SETS for suite in row.suites()]
    assert names[2:6] == ["policy_tuning", "policy_split_heldout", "handbooks_tuning", "handbooks_heldout"]
    assert names[-1] == "seeds"
    suites = eval_suites()
    for row in QA_SETS:
        for suite, (function, _) in row.suites().items():
            assert (suites[suite].module, suites[suite].cases, suites[suite].gated) == (
                f"policy:{function}", row.cases, False)
            assert getattr(policy, function).__name__ == function
    assert suites["policy_tuning"].cases == "policy.jsonl" and suites["seeds"].cases == "seeds_questions.jsonl"


def test_a_rows_folder_questions_and_seed_are_read_by_their_old_names() -> None:
    assert policy.HANDBOOKS3_DIR == EVALS_DIR / "handbooks3"
    assert policy.HANDBOOKS3_QUESTIONS == EVALS_DIR / "handbooks3" / "questions.jsonl"
    assert policy.HANDBOOKS3_SEED == 20261204
    assert policy.SEEDS_QUESTIONS == EVALS_DIR / "seeds_questions.jsonl"


def test_each_split_row_matches_its_recorded_split_and_is_a_calibration_set() -> None:
    for row in QA_SETS:
        if row.split_source is None or not row.questions.is_file():
            continue
        recorded = load_split(row.name)
        assert recorded["source"] == row.split_source and recorded.get("seed") == row.seed
        if row.seed is not None and "extensions" not in recorded:
            rows = policy.load_rows(row.questions)
            assert split(rows, row.seed) == {"tuning": recorded["tuning"], "heldout": recorded["heldout"]}
        rows, docs = calibrate.set_rows(row.name, "tuning")
        assert docs == row.docs and sorted(str(r["id"]) for r in rows) == sorted(recorded["tuning"])
    assert json.loads((EVALS_DIR / "splits" / "policy.json").read_text())["source"] == "evals/policy.jsonl"
