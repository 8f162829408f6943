"""The fourth handbook corpus in evals/handbooks4/: documents present (pages of two openly licensed handbooks,
none of an organisation used by the earlier corpora), questions well formed, every fact on one line of its first
source, the split recorded with its seed before anything ran and registered as two ungated suites."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from assistant.coaches import eval_suites
from assistant.evaluation.policy import HANDBOOKS4_DIR, HANDBOOKS4_QUESTIONS, HANDBOOKS4_SEED, load_rows
from assistant.evaluation.splits import load_split, split
from tests.fixtures.handbook_questions import assert_well_formed

DOCS = HANDBOOKS4_DIR / "docs"
TAGS = {"synonym", "confusable", "multi-part", "near-miss", "not-covered", "other-org", "off-topic", "injection",
        "list-row"}
LICENCES = {"fpc": "CC0-1.0", "p2pu": "CC-BY-SA-4.0"}
EARLIER_ORGANISATIONS = ("18f", "civicactions", "gitlab", "37signals", "basecamp", "sourcegraph", "osiolabs", "clef",
                         "leaf")


def _rows() -> list[dict]:
    return load_rows(HANDBOOKS4_QUESTIONS)


def test_documents_are_the_listed_pages_of_two_new_organisations() -> None:
    names = sorted(p.name for p in DOCS.iterdir())
    assert len(names) == 22
    assert Counter(n.split("-", 1)[0] for n in names) == {"fpc": 14, "p2pu": 8}
    assert not any(n.startswith(EARLIER_ORGANISATIONS) for n in names)
    readme = (HANDBOOKS4_DIR / "README.md").read_text(encoding="utf-8")
    listed = {}
    for line in readme.splitlines():
        if line.startswith("| `") and line.split("`")[1] in names:
            listed[line.split("`")[1]] = line.rstrip(" |").rsplit("|", 1)[-1].strip()
    assert listed == {name: LICENCES[name.split("-", 1)[0]] for name in names}
    for name in names:
        assert DOCS.joinpath(name).read_text(encoding="utf-8").strip(), name


def test_questions_are_well_formed_with_facts_on_one_line_of_the_first_source() -> None:
    rows = _rows()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 80
    assert Counter(r["expect"] for r in rows) == {"answer": 52, "abstain": 28}
    assert_well_formed(rows, DOCS, TAGS, tagged=True)


def test_question_kinds_match_the_readme_counts() -> None:
    first = Counter(r["tags"][0] for r in _rows())
    assert first == {"synonym": 30, "confusable": 14, "multi-part": 8, "near-miss": 19, "not-covered": 4,
                     "other-org": 2, "off-topic": 1, "injection": 2}
    assert sum("multi-part" in r["tags"] for r in _rows()) == sum(len(r["facts"]) > 1 for r in _rows()) == 8
    assert sum("list-row" in r["tags"] for r in _rows()) == 7


def test_split_is_recorded_seeded_disjoint_and_reproducible() -> None:
    rows = _rows()
    recorded = load_split("handbooks4")
    assert recorded["seed"] == HANDBOOKS4_SEED and recorded["source"] == "evals/handbooks4/questions.jsonl"
    assert set(recorded["tuning"]).isdisjoint(recorded["heldout"])
    assert sorted(recorded["tuning"] + recorded["heldout"]) == sorted(r["id"] for r in rows)
    assert split(rows, HANDBOOKS4_SEED) == {"tuning": recorded["tuning"], "heldout": recorded["heldout"]}
    assert (len(recorded["tuning"]), len(recorded["heldout"])) == (40, 40)
    expect = {r["id"]: r["expect"] for r in rows}
    for half in ("tuning", "heldout"):
        assert Counter(expect[i] for i in recorded[half]) == {"answer": 26, "abstain": 14}, half


def test_both_halves_are_registered_ungated_suites() -> None:
    suites = eval_suites()
    for name, function in (("handbooks4_tuning", "evaluate_handbooks4_tuning"),
                           ("handbooks4_heldout", "evaluate_handbooks4_heldout")):
        assert suites[name].module == f"policy:{function}" and not suites[name].gated
    thresholds = Path(HANDBOOKS4_DIR.parent / "thresholds.yaml").read_text(encoding="utf-8")
    assert "handbooks4_tuning: {}" in thresholds and "handbooks4_heldout: {}" in thresholds
    assert json.loads((HANDBOOKS4_DIR.parent / "splits" / "handbooks4.json").read_text())["seed"] == 20261205
