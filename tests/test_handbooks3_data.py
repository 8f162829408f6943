"""The third handbook corpus in evals/handbooks3/: documents present (pages of two openly licensed handbooks,
none of an organisation used by the earlier corpora), questions well formed, every fact on one line of its first
source, the split recorded with its seed before anything ran and registered as two ungated suites."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from assistant.coaches import eval_suites
from assistant.evaluation.policy import HANDBOOKS3_DIR, HANDBOOKS3_QUESTIONS, HANDBOOKS3_SEED, load_rows
from assistant.evaluation.splits import load_split, split
from tests.fixtures.handbook_questions import assert_well_formed

DOCS = HANDBOOKS3_DIR / "docs"
TAGS = {"synonym", "confusable", "multi-part", "near-miss", "not-covered", "other-org", "off-topic", "injection",
        "faq", "list-row"}
LICENCES = {"clef": "CC0-1.0", "leaf": "MIT"}
EARLIER_ORGANISATIONS = ("18f", "civicactions", "gitlab", "37signals", "basecamp", "sourcegraph", "osiolabs")


def _rows() -> list[dict]:
    return load_rows(HANDBOOKS3_QUESTIONS)


def test_documents_are_the_listed_pages_of_two_new_organisations() -> None:
    names = sorted(p.name for p in DOCS.iterdir())
    assert len(names) == 24
    assert Counter(n.split("-", 1)[0] for n in names) == {"clef": 11, "leaf": 13}
    assert not any(n.startswith(EARLIER_ORGANISATIONS) for n in names)
    readme = (HANDBOOKS3_DIR / "README.md").read_text(encoding="utf-8")
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
    assert len(ids) == len(set(ids)) == 82
    assert Counter(r["expect"] for r in rows) == {"answer": 54, "abstain": 28}
    assert_well_formed(rows, DOCS, TAGS, tagged=True)


def test_question_kinds_match_the_readme_counts() -> None:
    first = Counter(r["tags"][0] for r in _rows())
    assert first == {"synonym": 37, "confusable": 8, "multi-part": 9, "near-miss": 20, "not-covered": 3,
                     "other-org": 2, "off-topic": 1, "injection": 2}
    assert sum("multi-part" in r["tags"] for r in _rows()) == sum(len(r["facts"]) > 1 for r in _rows()) == 9


def test_split_is_recorded_seeded_disjoint_and_reproducible() -> None:
    rows = _rows()
    recorded = load_split("handbooks3")
    assert recorded["seed"] == HANDBOOKS3_SEED and recorded["source"] == "evals/handbooks3/questions.jsonl"
    assert set(recorded["tuning"]).isdisjoint(recorded["heldout"])
    assert sorted(recorded["tuning"] + recorded["heldout"]) == sorted(r["id"] for r in rows)
    assert split(rows, HANDBOOKS3_SEED) == {"tuning": recorded["tuning"], "heldout": recorded["heldout"]}
    assert (len(recorded["tuning"]), len(recorded["heldout"])) == (41, 41)


def test_both_halves_are_registered_ungated_suites() -> None:
    suites = eval_suites()
    for name, function in (("handbooks3_tuning", "evaluate_handbooks3_tuning"),
                           ("handbooks3_heldout", "evaluate_handbooks3_heldout")):
        assert suites[name].module == f"policy:{function}" and not suites[name].gated
    thresholds = Path(HANDBOOKS3_DIR.parent / "thresholds.yaml").read_text(encoding="utf-8")
    assert "handbooks3_tuning: {}" in thresholds and "handbooks3_heldout: {}" in thresholds
    assert json.loads((HANDBOOKS3_DIR.parent / "splits" / "handbooks3.json").read_text())["seed"] == 20261204
