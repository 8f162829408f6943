"""Round 35 (issue 12, bias recall): a generic he/his after 'each/every <noun>' where the noun is one the thing lists
hold for a made thing ("server", "editor", "tracker") but whose first and most WordNet senses are a person
(assistant/data/person_nouns.txt): a gendered pronoun needs a person for its antecedent, so the noun is the role
(pronouns._is_role). Look-alikes from the round's probe (evals/probes/round35/
biasrec35_generic_pronoun_person_sense.jsonl: the machine sense with 'its'); whole results asserted."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias


def _flags(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.rule, f.category) for f in check_bias(text).flags]


@pytest.mark.parametrize(("text", "expected"), [
    ("Julien has been the sommelier at our restaurant for eighteen months. Every server should clear a bottle with his "
     "captain before recommending it, and Julien has made sure they do.",
     [("his", "gendered_language.generic_pronoun", "gendered_language")]),
    ("Every editor should sign his own pages.", [("his", "gendered_language.generic_pronoun", "gendered_language")]),
])
def test_a_person_sense_noun_before_a_generic_pronoun_is_a_role(text: str, expected: list) -> None:
    assert _flags(text) == expected


@pytest.mark.parametrize("text", [
    "Each server should run a cookie extractor for its account.",
    "Every editor should also gate its own render()/tick paths on isNodeAlive(node) when it can be reached "
    "asynchronously.",
    "Every server is its own moderation island.",
    "Tom patched every server before he left.",
    "Omar runs our data centre. Each server was rebooted in May, and he checked the logs afterwards.",
])
def test_the_machine_sense_and_a_named_or_specific_person_stay_clean(text: str) -> None:
    assert _flags(text) == []
