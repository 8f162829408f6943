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
    assert names[2:-2] == list(SUITES) == [suite for row in QA_SETS for suite in row.suites()]
    assert names[2:6] == ["policy_tuning", "policy_split_heldout", "handbooks_tuning", "handbooks_heldout"]
    assert names[-3:] == ["seeds", "handbooks_all_tuning", "handbooks_all_heldout"]
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


def test_the_pooled_suites_count_every_split_corpus_over_its_own_pages_as_one_set(fake_settings, monkeypatch) -> None:
    """handbooks_all_<half>: each corpus's half asked over its own index, tallied together, ids named by corpus."""
    names = [s.name for s in policy.pooled_sets()]
    assert {f"handbooks{n}" for n in range(2, 10)} <= set(names) and not {"policy", "seeds"} & set(names)
    corpora = [policy.BY_NAME["handbooks2"], policy.BY_NAME["handbooks3"]]
    monkeypatch.setattr(policy, "pooled_sets", lambda: corpora)
    whole_half = policy._half

    def few(rows: list[dict], name: str, half: str) -> list[dict]:  # quick: five answerable, three must-abstain
        chosen = whole_half(rows, name, half)
        return chosen[:5] + chosen[-3:]

    monkeypatch.setattr(policy, "_half", few)
    pooled = policy.evaluate_pooled("tuning", fake_settings)
    apart = [policy.evaluate_half(s, "tuning", EVALS_DIR / ".", fake_settings) for s in corpora]
    halves = [policy._half(policy.load_rows(s.questions), s.name, "tuning") for s in corpora]
    answerable = [sum(r["expect"] == "answer" for r in rows) for rows in halves]
    abstain = [len(rows) - n for rows, n in zip(halves, answerable, strict=True)]
    assert pooled.suite == "handbooks_all_tuning" and pooled.cases == sum(map(len, halves))
    assert pooled.metrics["corpora"] == 2.0
    for metric, weights in (("hit_at_3", answerable), ("over_refusal", answerable), ("fact_inclusion", answerable),
                            ("abstention_accuracy", abstain)):
        expected = sum(r.metrics[metric] * n for r, n in zip(apart, weights, strict=True)) / sum(weights)
        assert abs(pooled.metrics[metric] - expected) < 1e-3, metric
    ids = [f["id"] for f in pooled.failures]
    assert ids == [f"handbooks2:{f['id']}" for f in apart[0].failures] + [f"handbooks3:{f['id']}" for f in apart[1].failures]
