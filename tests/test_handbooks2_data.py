"""The second handbook corpus in evals/handbooks2/: documents present (pages of two openly licensed
handbooks, no 37signals page), questions well formed, every fact on one line of its first source, the split
recorded with its seed (the first deal's halves kept, the later Osio Labs questions dealt among themselves)
and registered as two suites."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from assistant.coaches import eval_suites
from assistant.evaluation.policy import HANDBOOKS2_DIR, HANDBOOKS2_QUESTIONS, HANDBOOKS2_SEED, load_rows
from assistant.evaluation.splits import load_split, split
from tests.fixtures.handbook_questions import assert_well_formed

DOCS = HANDBOOKS2_DIR / "docs"
TAGS = {"synonym", "confusable", "multi-part", "near-miss", "not-covered", "other-org", "off-topic", "injection",
        "faq", "list-row"}


def _rows() -> list[dict]:
    return load_rows(HANDBOOKS2_QUESTIONS)


def test_documents_are_the_listed_pages_of_two_organisations() -> None:
    names = sorted(p.name for p in DOCS.iterdir())
    assert len(names) == 24
    assert Counter(n.split("-", 1)[0] for n in names) == {"osiolabs": 12, "sourcegraph": 12}
    readme = (HANDBOOKS2_DIR / "README.md").read_text(encoding="utf-8")
    for name in names:
        assert f"`{name}`" in readme, name
        assert DOCS.joinpath(name).read_text(encoding="utf-8").strip(), name
    licences = {"osiolabs": "CC0-1.0", "sourcegraph": "Apache-2.0"}
    for line in readme.splitlines():
        if line.startswith("| `") and line.split("`")[1] in names:
            assert line.rstrip(" |").endswith(licences[line.split("`")[1].split("-", 1)[0]]), line


def test_no_question_or_page_of_the_unlicensed_handbook_is_left() -> None:
    assert not any("37signals" in p.name for p in DOCS.iterdir())
    for row in _rows():
        assert "37signals" not in row["question"].lower(), row["id"]
        assert not any("37signals" in s for s in row["sources"]), row["id"]


def test_questions_are_well_formed_with_facts_on_one_line_of_the_first_source() -> None:
    rows = _rows()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 83
    assert Counter(r["expect"] for r in rows) == {"answer": 54, "abstain": 29}
    assert_well_formed(rows, DOCS, TAGS)


def test_split_is_recorded_seeded_disjoint_and_reproducible() -> None:
    """The first questions were dealt together (83 ids); a later revision dropped the 37signals ones and dealt
    the Osio Labs ones among themselves with the same seed, every kept question keeping its half."""
    rows = _rows()
    recorded = load_split("handbooks2")
    assert recorded["seed"] == HANDBOOKS2_SEED
    assert set(recorded["tuning"]).isdisjoint(recorded["heldout"])
    assert sorted(recorded["tuning"] + recorded["heldout"]) == sorted(r["id"] for r in rows)
    (extension,) = recorded["extensions"]
    added = set(extension["added"])
    assert extension["dropped"] == 43 and len(added) == 43
    assert added == {r["id"] for r in rows if int(r["id"][1:]) >= (59 if r["id"][0] == "d" else 26)}
    dealt = split([r for r in rows if r["id"] in added], HANDBOOKS2_SEED)
    for half in ("tuning", "heldout"):
        assert sorted(i for i in recorded[half] if i in added) == dealt[half]
    kept = [r["id"] for r in rows if r["id"] not in added]
    assert Counter(i in recorded["tuning"] for i in kept) == {True: 19, False: 21}
    assert (len(recorded["tuning"]), len(recorded["heldout"])) == (41, 42)


def test_the_unseeded_split_of_the_other_sets_is_unchanged() -> None:
    from assistant.evaluation.policy import HANDBOOKS_QUESTIONS
    from assistant.settings import PROJECT_ROOT

    policy = load_rows(PROJECT_ROOT / "evals" / "policy.jsonl")
    assert split(policy) == {k: v for k, v in load_split("policy").items() if k in ("tuning", "heldout")}
    if HANDBOOKS_QUESTIONS.is_file():
        shared = load_rows(HANDBOOKS_QUESTIONS)
        assert split(shared) == {k: v for k, v in load_split("handbooks").items() if k in ("tuning", "heldout")}


def test_both_halves_are_registered_ungated_suites() -> None:
    suites = eval_suites()
    for name, function in (("handbooks2_tuning", "evaluate_handbooks2_tuning"),
                           ("handbooks2_heldout", "evaluate_handbooks2_heldout")):
        assert suites[name].module == f"policy:{function}" and not suites[name].gated
    thresholds = Path(HANDBOOKS2_DIR.parent / "thresholds.yaml").read_text(encoding="utf-8")
    assert "handbooks2_tuning: {}" in thresholds and "handbooks2_heldout: {}" in thresholds
    assert json.loads((HANDBOOKS2_DIR.parent / "splits" / "handbooks2.json").read_text())["source"] == (
        "evals/handbooks2/questions.jsonl")


def test_the_calibration_tools_read_the_tuning_half_over_its_own_documents() -> None:
    from assistant.evaluation.calibrate import set_rows

    rows, docs = set_rows("handbooks2", "tuning")
    assert docs == DOCS and len(rows) == 41
    assert {r["id"] for r in rows} == set(load_split("handbooks2")["tuning"])
