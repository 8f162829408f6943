"""The development sets in evals/dev/: well-formed, labels consistent with their texts, sizes and
splits as documented in evals/dev/README.md."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT

DEV = PROJECT_ROOT / "evals" / "dev"
CATEGORIES = {"gendered_language", "gender_coded", "age", "race_ethnicity", "disability", "family_status",
              "appearance", "religion", "sexual_orientation", "affinity"}
CRITERIA = {"specific", "measurable", "attainable", "relevant", "time_bound"}
KINDS = {"vague", "trait", "absolute", "missing_impact", "missing_action", "harsh"}
POLARITIES = {"positive", "constructive", "mixed"}
MINIMUM = {"bias": 150, "feedback": 80, "goals": 120}
SETS = tuple(MINIMUM)


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (DEV / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def split_module():
    spec = importlib.util.spec_from_file_location("dev_split", DEV / "split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def words(text: str) -> int:
    return len(text.split())


@pytest.mark.parametrize("name", SETS)
def test_every_item_has_a_unique_id_text_source_and_split(name):
    records = load(name)
    assert len(records) >= MINIMUM[name]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [" ".join(r["text"].split()) for r in records]
    assert len(texts) == len(set(texts)), "duplicate texts"
    for r in records:
        assert r["text"].strip() and r["text"] == r["text"].strip(), r["id"]
        assert r["source"].strip(), r["id"]
        assert r["split"] in {"tune", "heldout"}, r["id"]


@pytest.mark.parametrize("name", SETS)
def test_split_is_the_documented_deterministic_assignment(name):
    split = split_module()
    records = load(name)
    halves = split.assign(name, records)
    for r in records:
        assert r["split"] == halves[split.document(r)], r["id"]
    share = sum(r["split"] == "tune" for r in records) / len(records)
    assert 0.45 <= share <= 0.55


@pytest.mark.parametrize("name", SETS)
def test_documents_never_straddle_the_halves(name):
    split = split_module()
    halves: dict[str, set[str]] = {}
    for r in load(name):
        halves.setdefault(split.document(r), set()).add(r["split"])
    assert all(len(h) == 1 for h in halves.values())


@pytest.mark.parametrize("name", SETS)
def test_dev_items_are_not_copies_of_the_short_sentence_sets(name):
    short = {" ".join(json.loads(line)["text"].split())
             for path in (PROJECT_ROOT / "evals").glob(f"**/{name}.jsonl") if path.parent.name != "dev"
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not short & {" ".join(r["text"].split()) for r in load(name)}


def test_bias_labels_occur_verbatim_with_known_categories():
    records = load("bias")
    for r in records:
        assert 0 <= len(r["labels"]) <= 3, r["id"]
        for label in r["labels"]:
            assert set(label) == {"term", "category"}, r["id"]
            assert label["term"] and label["term"] in r["text"], (r["id"], label["term"])
            assert label["category"] in CATEGORIES, r["id"]
    clean = [r for r in records if not r["labels"]]
    assert len(clean) / len(records) >= 0.4  # hard negatives
    assert set(Counter(label["category"] for r in records for label in r["labels"])) == CATEGORIES
    assert sum(40 <= words(r["text"]) <= 200 for r in records) > len(records) / 2  # mostly paragraphs
    for half in ("tune", "heldout"):
        part = [r for r in records if r["split"] == half]
        assert any(r["labels"] for r in part) and any(not r["labels"] for r in part)


def test_feedback_labels_are_known_and_consistent():
    records = load("feedback")
    for r in records:
        assert r["polarity"] in POLARITIES, r["id"]
        assert set(r["kinds"]) <= KINDS and len(r["kinds"]) == len(set(r["kinds"])), r["id"]
        assert r["well_formed"] is (not r["kinds"]), r["id"]
        if r["polarity"] == "positive":
            assert "missing_action" not in r["kinds"], f"{r['id']}: praise needs no next step"
    assert sum(r["well_formed"] for r in records) >= 20
    assert sum(40 <= words(r["text"]) <= 200 for r in records) > len(records) / 2
    for half in ("tune", "heldout"):
        part = [r for r in records if r["split"] == half]
        assert {k for r in part for k in r["kinds"]} == KINDS, half
        assert sum(r["well_formed"] for r in part) >= 10, half


def test_goal_labels_cover_every_criterion_in_both_halves():
    records = load("goals")
    for r in records:
        assert set(r["labels"]) == CRITERIA, r["id"]
        assert all(isinstance(v, bool) for v in r["labels"].values()), r["id"]
    for half in ("tune", "heldout"):
        part = [r for r in records if r["split"] == half]
        for criterion in CRITERIA:
            assert {r["labels"][criterion] for r in part} == {True, False}, (half, criterion)


def test_readme_counts_match_the_files():
    readme = (DEV / "README.md").read_text(encoding="utf-8")
    for name in SETS:
        records = load(name)
        tune = sum(r["split"] == "tune" for r in records)
        assert f"`{name}.jsonl` | {len(records)} " in readme, name
        assert f"| items | {tune} | {len(records) - tune} |" in readme, name


def test_split_script_check_mode_passes(capsys):
    assert split_module().main(["--check"]) == 0
    assert capsys.readouterr().out == ""


def test_sources_name_a_document():
    for name in SETS:
        for r in load(name):
            document = r["source"].split(" | ", 1)[0]
            assert document.startswith(("http://", "https://", "github:")), r["id"]


def test_files_are_utf8_jsonl_with_one_object_per_line():
    for name in SETS:
        raw = Path(DEV / f"{name}.jsonl").read_bytes()
        assert raw.endswith(b"\n")
        for line in raw.decode("utf-8").splitlines():
            assert isinstance(json.loads(line), dict)
