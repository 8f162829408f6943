"""The labelled eval data itself: every file well-formed, labels consistent with their texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from assistant.settings import PROJECT_ROOT

EVALS = PROJECT_ROOT / "evals"
KNOWLEDGE = {p.name for p in (PROJECT_ROOT / "knowledge").glob("*.md")}
CATEGORIES = {"gendered_language", "gender_coded", "age", "race_ethnicity", "disability", "family_status",
              "appearance", "religion", "sexual_orientation", "affinity"}
CRITERIA = {"specific", "measurable", "attainable", "relevant", "time_bound"}
KINDS = {"vague", "trait", "absolute", "missing_impact", "missing_action", "harsh"}


def rows(path: Path) -> list[dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), f"{path.name}: duplicate ids"
    return records


@pytest.mark.parametrize("path", [EVALS / "bias.jsonl", EVALS / "heldout" / "bias.jsonl"], ids=lambda p: str(p.parent.name))
def test_bias_labels_are_substrings_with_known_categories(path):
    records = rows(path)
    negatives = [r for r in records if not r["labels"]]
    assert len(negatives) / len(records) >= 0.4  # hard negatives, as the issue asks
    for r in records:
        for label in r["labels"]:
            assert label["term"] in r["text"], r["id"]
            assert label["category"] in CATEGORIES, r["id"]


@pytest.mark.parametrize("path", [EVALS / "goals.jsonl", EVALS / "heldout" / "goals.jsonl"], ids=lambda p: str(p.parent.name))
def test_goal_labels_cover_every_criterion(path):
    for r in rows(path):
        assert set(r["labels"]) == CRITERIA, r["id"]
        assert all(isinstance(v, bool) for v in r["labels"].values()), r["id"]
        assert r["text"].strip()


@pytest.mark.parametrize("path", [EVALS / "feedback.jsonl", EVALS / "heldout" / "feedback.jsonl"], ids=lambda p: str(p.parent.name))
def test_feedback_labels_are_known_kinds_and_consistent(path):
    records = rows(path)
    for r in records:
        assert set(r["kinds"]) <= KINDS | {"hedging", "sandwich", "effort_over_outcome"}, r["id"]
        assert r["polarity"] in {"positive", "constructive", "mixed"}, r["id"]
        if r["well_formed"]:
            assert not set(r["kinds"]) & KINDS, f"{r['id']}: well-formed drafts carry no findings"
    assert sum(r["well_formed"] for r in records) >= 8


@pytest.mark.parametrize("path", [EVALS / "policy.jsonl", EVALS / "heldout" / "policy.jsonl"], ids=lambda p: str(p.parent.name))
def test_policy_cases_cite_documents_that_exist(path):
    for r in rows(path):
        assert r["expect"] in {"answer", "abstain"}, r["id"]
        assert set(r["sources"]) <= KNOWLEDGE, r["id"]
        assert bool(r["sources"]) == (r["expect"] == "answer"), r["id"]


def test_hr_case_file_cites_documents_that_exist():
    cases = yaml.safe_load((EVALS / "hr_cases.yaml").read_text(encoding="utf-8"))
    assert len(cases) >= 10
    for case in cases:
        assert case["expect"] in {"answer", "abstain"}
        assert set(case.get("must_cite") or []) <= KNOWLEDGE
