"""Negative character adjectives from WordNet's trait nouns (rule trait-wordnet-character; probe:
evals/probes/round35/fbtrait35.jsonl, lexicon with each word's trait noun: evals/probes/round35/fbtrait35_lexicon.tsv).

An adjective whose WordNet 3.0 nominalisation is a personality trait of bad character ("snobbish" -> snobbery ->
arrogance, "surly" -> temper -> ill nature, "slipshod" -> carelessness) labels the person when it is predicated of a
person ("You come across as snobbish with the guests", dev24-fb-026); said of a thing ("security was lax", "a curt
reply", "the roads were treacherous", "his tone was gruff") it is no trait.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.analyzers.feedback import load_feedback_rules
from tests.fixtures.feedback import reading, reading_each

ROOT = Path(__file__).resolve().parents[1]
PROBE = [json.loads(line) for line in (ROOT / "evals/probes/round35/fbtrait35.jsonl").read_text().splitlines() if line]
LEXICON = ROOT / "evals/probes/round35/fbtrait35_lexicon.tsv"

WHOLE = {
    "You come across as snobbish with the guests.":
        ("constructive", ["missing_action", "missing_impact", "trait", "vague"]),
    "He is brusque and dismissive with the porters.":
        ("constructive", ["missing_action", "missing_impact", "trait", "vague"]),
    "Honestly, she can be very surly on the early shift.":
        ("constructive", ["missing_action", "missing_impact", "trait", "vague"]),
    "The customer sent a curt email, and you replied within the hour.": ("positive", ["missing_impact"]),
    "The old policy was lax, so you rewrote it.": ("positive", ["missing_impact"]),
    "The roads were treacherous, and you still made every delivery.": ("positive", ["missing_impact"]),
}


@pytest.mark.parametrize("text", list(WHOLE))
def test_whole_reading(text):
    assert reading(text) == WHOLE[text]


def test_one_trait_finding_per_label():
    """A label is found once per word."""
    _, kinds = reading_each("You can be officious with the volunteers.")
    assert kinds.count("trait") == 1


@pytest.mark.parametrize("row", PROBE, ids=[r["id"] for r in PROBE])
def test_probe(row):
    _, kinds = reading(row["text"])
    assert ("trait" in kinds) == (row["expect"] == "trait"), row["text"]


def test_every_term_has_its_wordnet_trait_noun():
    rule = next(r for r in load_feedback_rules().span_rules if r.id == "trait-wordnet-character")
    listed = {line.split("\t")[0]: line.split("\t")[2] for line in LEXICON.read_text().splitlines()
              if line and not line.startswith("#")}
    assert set(rule.rule.terms) == set(listed)
    assert all(listed.values())
