"""Round 37 (biasrec37): a simile of how a colleague talks whose standard is a noun marked female by its head and filed
by WordNet under a trade (fishwife, washerwoman, charwoman: assistant/data/talk_simile_words.txt), rule
gender_coded.gendered_simile_talk. A role simile with no verb of talk, the noun literal, a possessive and a neutral
noun stay clean. Whole-result assertions."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant.wordlists import female_head_nouns, talk_verb_bases, talk_verbs
from tests.fixtures.bias import flag_triples

FLAGGED = [
    ("She nags the apprentice about his stitching like a fishwife.",
     [("nags", "gender_coded.personality_labels", "gender_coded"),
      ("like a fishwife", "gender_coded.gendered_simile_talk", "gender_coded")]),
    ("He gossips like a washerwoman at the briefings.",
     [("like a washerwoman", "gender_coded.gendered_simile_talk", "gender_coded")]),
    ("You talk like a fishwife.", [("like a fishwife", "gender_coded.gendered_simile_talk", "gender_coded")]),
    ("She complained like a charwoman all through the stocktake.",
     [("like a charwoman", "gender_coded.gendered_simile_talk", "gender_coded")]),
]

CLEAN = [
    "As your mentor, I'm like a midwife, holding space for you.",  # a role simile, 'mentor' a noun
    "You talk like a fishmonger.",  # a neutral noun
    "Order one fish from the fishwife on the market street.",  # the noun literal
    "She spoke to the fishwife about the prices.",
    "Loose skin, wrinkled like a washerwoman's fingers.",  # a possessive: a thing compared
]


def test_word_lists() -> None:
    assert {"fishwife", "washerwoman", "charwoman", "milkmaid"} <= female_head_nouns()
    assert "woman" not in female_head_nouns() and "housewife" not in female_head_nouns()  # WordNet's own female nouns
    assert {"nags", "nagging", "complained", "gossips", "shouted"} <= talk_verbs()
    assert {"talk", "nag", "gossip"} <= talk_verb_bases() and "talk" not in talk_verbs()


@pytest.mark.parametrize(("text", "expected"), FLAGGED)
def test_talk_simile_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []


@pytest.mark.skipif(not Path("/usr/share/wordnet/data.noun").exists(), reason="WordNet 3.0 files not installed")
def test_talk_simile_words_rebuild() -> None:
    """The committed list is what scripts/build_talk_simile_words.py writes from WordNet 3.0."""
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "scripts"))
    from build_talk_simile_words import talk_simile_words

    committed = (root / "assistant" / "data" / "talk_simile_words.txt").read_text(encoding="utf-8")
    lines = [line for line in committed.splitlines() if line and not line.startswith("#")]
    assert lines == talk_simile_words(Path("/usr/share/wordnet"))
