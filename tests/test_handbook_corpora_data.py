"""The third to thirteenth handbook corpora (evals/handbooks3/ .. evals/handbooks13/): documents present (pages of one or
two openly licensed handbooks, none of an organisation an earlier corpus used), questions well formed, every fact on one
line of its first source, the split recorded with its seed before anything ran and registered as two ungated
suites. One spec per corpus; every test runs on each."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.coaches import eval_suites
from assistant.evaluation import policy
from assistant.evaluation.policy import load_rows
from assistant.evaluation.splits import load_split, split
from tests.fixtures.handbook_questions import assert_well_formed

TAGS = {"synonym", "confusable", "multi-part", "near-miss", "not-covered", "other-org", "off-topic", "injection",
        "list-row"}
EARLIER_ORGANISATIONS = ("18f", "civicactions", "gitlab", "37signals", "basecamp", "sourcegraph", "osiolabs")


@dataclass(frozen=True)
class Corpus:
    name: str
    seed: int
    pages: dict[str, int]  # organisation prefix -> pages
    licences: dict[str, str]
    earlier: tuple[str, ...]  # organisations of the corpora before it
    answer: int
    abstain: int
    first_tags: dict[str, int]
    multi_part: int
    list_rows: int | None  # None: not counted for this corpus
    half: tuple[int, int]  # (answerable, abstain) in each half
    tags: frozenset[str] = frozenset(TAGS)

    @property
    def directory(self) -> Path:
        return getattr(policy, f"{self.name.upper()}_DIR")

    def rows(self) -> list[dict]:
        return load_rows(getattr(policy, f"{self.name.upper()}_QUESTIONS"))


CORPORA = [
    Corpus("handbooks3", 20261204, {"clef": 11, "leaf": 13}, {"clef": "CC0-1.0", "leaf": "MIT"}, EARLIER_ORGANISATIONS,
           54, 28, {"synonym": 37, "confusable": 8, "multi-part": 9, "near-miss": 20, "not-covered": 3,
                    "other-org": 2, "off-topic": 1, "injection": 2}, 9, None, (27, 14), frozenset(TAGS | {"faq"})),
    Corpus("handbooks4", 20261205, {"fpc": 14, "p2pu": 8}, {"fpc": "CC0-1.0", "p2pu": "CC-BY-SA-4.0"},
           (*EARLIER_ORGANISATIONS, "clef", "leaf"),
           52, 28, {"synonym": 30, "confusable": 14, "multi-part": 8, "near-miss": 19, "not-covered": 4,
                    "other-org": 2, "off-topic": 1, "injection": 2}, 8, 7, (26, 14)),
    Corpus("handbooks5", 20261206, {"flowfuse": 11, "posthog": 9}, {"flowfuse": "MIT", "posthog": "MIT"},
           (*EARLIER_ORGANISATIONS, "clef", "leaf", "fpc", "p2pu"),
           50, 30, {"synonym": 29, "confusable": 13, "multi-part": 8, "near-miss": 19, "not-covered": 5,
                    "other-org": 2, "off-topic": 2, "injection": 2}, 8, 4, (25, 15)),
    Corpus("handbooks6", 20261207, {"2i2c": 20}, {"2i2c": "CC-BY-4.0"},
           (*EARLIER_ORGANISATIONS, "clef", "leaf", "fpc", "p2pu", "flowfuse", "posthog"),
           50, 30, {"synonym": 32, "confusable": 10, "multi-part": 8, "near-miss": 19, "not-covered": 5,
                    "other-org": 2, "off-topic": 2, "injection": 2}, 8, 4, (25, 15)),
    Corpus("handbooks7", 20261219, {"hypha": 22}, {"hypha": "CC-BY-SA-4.0"},
           (*EARLIER_ORGANISATIONS, "clef", "leaf", "fpc", "p2pu", "flowfuse", "posthog", "2i2c"),
           50, 30, {"synonym": 26, "confusable": 16, "multi-part": 8, "near-miss": 19, "not-covered": 5,
                    "other-org": 2, "off-topic": 2, "injection": 2}, 8, 4, (25, 15)),
    Corpus("handbooks8", 20261221, {"turing": 20}, {"turing": "CC-BY-4.0"},
           (*EARLIER_ORGANISATIONS, "clef", "leaf", "fpc", "p2pu", "flowfuse", "posthog", "2i2c", "hypha"),
           50, 30, {"synonym": 26, "confusable": 16, "multi-part": 8, "near-miss": 19, "not-covered": 5,
                    "other-org": 2, "off-topic": 2, "injection": 2}, 8, 4, (25, 15)),
    Corpus("handbooks9", 20261223, {"deeson": 22}, {"deeson": "CC-BY-SA-4.0"},
           (*EARLIER_ORGANISATIONS, "clef", "leaf", "fpc", "p2pu", "flowfuse", "posthog", "2i2c", "hypha", "turing"),
           50, 30, {"synonym": 26, "confusable": 16, "multi-part": 8, "near-miss": 19, "not-covered": 5,
                    "other-org": 2, "off-topic": 2, "injection": 2}, 8, 4, (25, 15)),
    Corpus("handbooks10", 20261225, {"loomio": 22}, {"loomio": "CC-BY-SA-4.0"},
           (*EARLIER_ORGANISATIONS, "clef", "leaf", "fpc", "p2pu", "flowfuse", "posthog", "2i2c", "hypha", "turing",
            "deeson"),
           50, 30, {"synonym": 26, "confusable": 16, "multi-part": 8, "near-miss": 19, "not-covered": 5,
                    "other-org": 2, "off-topic": 2, "injection": 2}, 8, 4, (25, 15)),
    Corpus("handbooks11", 20261231, {"dvelp": 22}, {"dvelp": "MIT"},
           (*EARLIER_ORGANISATIONS, "clef", "leaf", "fpc", "p2pu", "flowfuse", "posthog", "2i2c", "hypha", "turing",
            "deeson", "loomio"),
           50, 30, {"synonym": 26, "confusable": 16, "multi-part": 8, "near-miss": 19, "not-covered": 5,
                    "other-org": 2, "off-topic": 2, "injection": 2}, 8, 4, (25, 15)),
    Corpus("handbooks12", 20270107, {"giantswarm": 19}, {"giantswarm": "Apache-2.0"},
           (*EARLIER_ORGANISATIONS, "clef", "leaf", "fpc", "p2pu", "flowfuse", "posthog", "2i2c", "hypha", "turing",
            "deeson", "loomio", "dvelp"),
           50, 30, {"synonym": 26, "confusable": 16, "multi-part": 8, "near-miss": 19, "not-covered": 5,
                    "other-org": 2, "off-topic": 2, "injection": 2}, 8, 4, (25, 15)),
    Corpus("handbooks13", 20270114, {"status": 21}, {"status": "MPL-2.0"},
           (*EARLIER_ORGANISATIONS, "clef", "leaf", "fpc", "p2pu", "flowfuse", "posthog", "2i2c", "hypha", "turing",
            "deeson", "loomio", "dvelp", "giantswarm"),
           50, 30, {"synonym": 24, "confusable": 18, "multi-part": 8, "near-miss": 19, "not-covered": 5,
                    "other-org": 2, "off-topic": 2, "injection": 2}, 8, 4, (25, 15)),
]
by_name = pytest.mark.parametrize("corpus", CORPORA, ids=[c.name for c in CORPORA])


@by_name
def test_documents_are_the_listed_pages_of_two_new_organisations(corpus: Corpus) -> None:
    docs = corpus.directory / "docs"
    names = sorted(p.name for p in docs.iterdir())
    assert len(names) == sum(corpus.pages.values())
    assert Counter(n.split("-", 1)[0] for n in names) == corpus.pages
    assert not any(n.startswith(corpus.earlier) for n in names)
    readme = (corpus.directory / "README.md").read_text(encoding="utf-8")
    listed = {}
    for line in readme.splitlines():
        if line.startswith("| `") and line.split("`")[1] in names:
            listed[line.split("`")[1]] = line.rstrip(" |").rsplit("|", 1)[-1].strip()
    assert listed == {name: corpus.licences[name.split("-", 1)[0]] for name in names}
    for name in names:
        assert docs.joinpath(name).read_text(encoding="utf-8").strip(), name


@by_name
def test_questions_are_well_formed_with_facts_on_one_line_of_the_first_source(corpus: Corpus) -> None:
    rows = corpus.rows()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == corpus.answer + corpus.abstain
    assert Counter(r["expect"] for r in rows) == {"answer": corpus.answer, "abstain": corpus.abstain}
    assert_well_formed(rows, corpus.directory / "docs", set(corpus.tags), tagged=True)


@by_name
def test_question_kinds_match_the_readme_counts(corpus: Corpus) -> None:
    rows = corpus.rows()
    assert Counter(r["tags"][0] for r in rows) == corpus.first_tags
    assert sum("multi-part" in r["tags"] for r in rows) == sum(len(r["facts"]) > 1 for r in rows) == corpus.multi_part
    if corpus.list_rows is not None:
        assert sum("list-row" in r["tags"] for r in rows) == corpus.list_rows


@by_name
def test_split_is_recorded_seeded_disjoint_and_reproducible(corpus: Corpus) -> None:
    rows = corpus.rows()
    recorded = load_split(corpus.name)
    assert recorded["seed"] == corpus.seed == getattr(policy, f"{corpus.name.upper()}_SEED")
    assert recorded["source"] == f"evals/{corpus.name}/questions.jsonl"
    assert set(recorded["tuning"]).isdisjoint(recorded["heldout"])
    assert sorted(recorded["tuning"] + recorded["heldout"]) == sorted(r["id"] for r in rows)
    assert split(rows, corpus.seed) == {"tuning": recorded["tuning"], "heldout": recorded["heldout"]}
    expect = {r["id"]: r["expect"] for r in rows}
    for half in ("tuning", "heldout"):
        assert Counter(expect[i] for i in recorded[half]) == dict(zip(("answer", "abstain"), corpus.half, strict=True)), half


@by_name
def test_both_halves_are_registered_ungated_suites(corpus: Corpus) -> None:
    suites = eval_suites()
    for half in ("tuning", "heldout"):
        name = f"{corpus.name}_{half}"
        assert suites[name].module == f"policy:evaluate_{name}" and not suites[name].gated
    thresholds = Path(corpus.directory.parent / "thresholds.yaml").read_text(encoding="utf-8")
    assert f"{corpus.name}_tuning: {{}}" in thresholds and f"{corpus.name}_heldout: {{}}" in thresholds
    assert json.loads((corpus.directory.parent / "splits" / f"{corpus.name}.json").read_text())["seed"] == corpus.seed
