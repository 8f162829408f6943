"""The generic-pronoun rule reads an '-er'/'-or' word as a role holder only when WordNet names a person by it or
it is formed from a word ("tester" from "test"); a thing that merely ends so ("blister") binds no pronoun."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from assistant.text import has_agent_base


@pytest.mark.parametrize(("word", "formed"), [
    ("tester", True), ("approver", True), ("planner", True), ("controller", True),
    ("blister", False), ("border", False), ("doctor", False), ("ok", False),
])
def test_agent_base(word: str, formed: bool) -> None:
    assert has_agent_base(word) is formed


def _flags(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.rule) for f in check_bias(text).flags]


def test_a_pronoun_after_a_thing_ending_in_er_is_the_named_persons() -> None:
    text = ("Ines keeps the kiln room. She logs every glaze blister or crack she finds and reports it the same "
            "day.")
    assert _flags(text) == []


@pytest.mark.parametrize("text", [
    "Every tester should log his hours before Friday.",
    "Each planner must send her schedule to the depot.",
    "Every doctor must sign his notes before the round.",
])
def test_role_holders_still_bind_a_generic_pronoun(text: str) -> None:
    assert [rule for _, rule in _flags(text)] == ["gendered_language.generic_pronoun"]
