"""Round 41 (fbtrait41): a rated WordNet trait adjective predicated of a person with no excess degree word.

Texts are probe-A rows of evals/probes/round41/fbtrait41.jsonl (outside text; sources there).
"""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.excess import predicated_trait_words
from assistant.analyzers.feedback.rules import load_feedback_rules


def _traits(text: str) -> list[str]:
    return [f.text for f in review_feedback(text).findings if f.kind == "trait"]


@pytest.mark.parametrize(("text", "traits"), [
    ("Some consider him a hero while others think he was reckless.", ["reckless"]),
    ("He was reckless and had a short fuse.", ["reckless"]),
    ("Dearest Paranormal Ally. You are sneaky.", ["sneaky"]),
    ("He is very rebellious and does not like to obey orders.", ["rebellious"]),
])
def test_trait_predicated_of_a_person(text: str, traits: list[str]) -> None:
    assert _traits(text) == traits


@pytest.mark.parametrize("text", [
    "This is done because github is very stingy on their rate limit policy.",
    "I have also noticed that the Shelly H&T Gen 3 is very stingy when it comes to sending data out through the API.",
    "EMI is very stingy about showing tags so this just adds a list of them to the tooltip.",
    "A candle with low body_ratio is indecisive regardless of momentum.",
    "If the current M1 candle is indecisive, suggest WAIT.",
    "When a filter is indecisive, the next filter in order will be consulted.",
    "NOT BECAUSE HE WAS RECKLESS. HE WAS NORMAL.",
])
def test_same_adjective_of_a_thing_denied_or_in_a_condition(text: str) -> None:
    assert _traits(text) == []


def test_the_words_are_rated_first_sense_trait_adjectives_no_list_rule_names() -> None:
    words = predicated_trait_words(load_feedback_rules())
    assert {"reckless", "sneaky", "stingy", "sullen", "rebellious"} <= words
    assert not words & {"rude", "lazy", "arrogant", "kind", "patient", "hard", "lonely", "timid"}
