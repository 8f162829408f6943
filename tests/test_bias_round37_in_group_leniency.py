"""Round 37 (biasrec37): in-group leniency, a group or a home the person shares with the writer given as the reason for
a judgement. A school, place of worship or club named by WordNet's classes (assistant/data/in_group_nouns.txt:
conservatory, seminary), a home near the writer's ("two roads over from mine": affinity.shared_neighbourhood, the
independent possessive 'mine' naming the writer) and a check negated ("never needed to check": the vocabulary
`leniency`) are read; the same words told as a fact, with no judgement drawn, stay clean. Whole-result assertions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures.bias import flag_triples

ROOT = Path(__file__).resolve().parent.parent
PROBE_B = ROOT / "evals" / "probes" / "round37" / "biasrec37lk.jsonl"

FLAGGED = [
    ("He went to the same conservatory as me, so I signed off his overtime without checking the log.",
     [("conservatory", "affinity.shared_membership", "affinity")]),
    ("She went to the same seminary as me, so I trust her figures.",
     [("seminary as me, so I trust her figures", "affinity.shared_membership", "affinity")]),
    ("He grew up on a dairy farm two roads over from mine, so I have never needed to check his colony records.",
     [("two roads over from mine, so I have never needed", "affinity.shared_neighbourhood", "affinity")]),
    ("She lives round the corner from me, so I trust her timesheets.",
     [("round the corner from me, so I trust her timesheets", "affinity.shared_neighbourhood", "affinity")]),
    ("He grew up in my home village, so I don't bother checking his logs.",
     [("home village, so I don't bother checking his logs", "affinity.shared_membership", "affinity")]),
]

CLEAN = [
    # a home near the writer's told as a fact, or with a consequence that judges no one
    "In the end he lives down the road from me, odd we met through the forum.",
    "He lives near me, so we often meet on weekends.",
    "The woman who lives next door to me is a doctor.",
    # the writer's own home near a place, and a place near no one
    "I grew up two roads over from the depot, so I know the route.",
    "He grew up near the coast, so he knows the tides.",
    # a group of WordNet's shared with no one of the writer's side, or named as a fact
    "You must be in the same guild as the person running the wait list in order to use the add command.",
    "She studied at the conservatory in Leipzig and now tunes our pianos.",
    # a check negated with no similarity before it
    "The tests drive the engine directly, so a full run is never needed to check the arithmetic.",
]


@pytest.mark.parametrize(("text", "expected"), FLAGGED)
def test_in_group_leniency_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []


def test_probe_look_alikes_clean() -> None:
    """Every row of the round-37 look-alike probe (real text others wrote) stays clean."""
    rows = [json.loads(line) for line in PROBE_B.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 17
    assert [row["id"] for row in rows if flag_triples(row["text"])] == []


WORDNET = Path("/usr/share/wordnet")


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet 3.0 files not installed")
def test_in_group_nouns_rebuild() -> None:
    """The committed lexicon is what scripts/build_in_group_nouns.py writes from WordNet 3.0."""
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from build_in_group_nouns import in_group_nouns

    committed = (ROOT / "assistant" / "data" / "in_group_nouns.txt").read_text(encoding="utf-8")
    words = [w for line in committed.splitlines() if not line.startswith("#") for w in line.split()]
    assert words == in_group_nouns(WORDNET)
