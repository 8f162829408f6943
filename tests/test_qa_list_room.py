"""The room a list quoted once leaves goes to the next units that reached the quotes' floor (qafacts40, room.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.evaluation.policy import handbook_settings
from assistant.qa.answer import _holds_quote, answer, merged_lists
from assistant.qa.models import Passage, Unit
from assistant.qa.room import refilled
from assistant.settings import Settings

TURING = Path(__file__).resolve().parent.parent / "evals" / "handbooks8" / "docs"
LEAD_IN = "The Turing has set up four EDI network groups:"
TEXTS = [f"{LEAD_IN} Disability and Wellbeing", f"{LEAD_IN} Gender Equality", f"{LEAD_IN} Race Equality",
         "REG members are strongly encouraged to participate in these groups.",
         "Additionally, group chairpersons are awarded an honorarium."]
PASSAGE = Passage("edi", "edi.md", "/edi.md", "EDI", "Network groups", "\n".join(TEXTS), TEXTS, 0, 0.5)
OTHER = Passage("other", "other.md", "/other.md", "Other", "Section", "Chairs of committees get a badge.",
                ["Chairs of committees get a badge."], 1, 0.4)


def _unit(position: int, prob: float, passage: Passage = PASSAGE, held: bool = True) -> Unit:
    return Unit(passage, position, passage.units[position], prob=prob, held=[held], probs=[prob])


ITEMS = [_unit(0, 0.21), _unit(1, 0.19), _unit(2, 0.17)]
CHAIRS = _unit(4, 0.12)
UNITS = [*ITEMS, _unit(3, 0.03), CHAIRS]


def _quotable(unit: Unit) -> bool:
    return True


def test_the_next_unit_reaching_the_floor_takes_the_room_a_list_left() -> None:
    merged = merged_lists(ITEMS)
    assert [q.text for q in merged] == [f"{LEAD_IN} Disability and Wellbeing; Gender Equality; Race Equality."]
    assert [q.text for q in refilled(ITEMS, merged, UNITS, 3, 0.046, _holds_quote, _quotable)] == [
        f"{LEAD_IN} Disability and Wellbeing; Gender Equality; Race Equality.",
        "Additionally, group chairpersons are awarded an honorarium."]


def test_quotes_stay_as_they_are_when_no_list_was_merged_or_nothing_reaches_the_floor() -> None:
    plain = [CHAIRS]
    assert refilled(plain, plain, UNITS, 3, 0.046, _holds_quote, _quotable) == plain  # nothing merged
    merged = merged_lists(ITEMS)
    assert refilled(ITEMS, merged, UNITS, 3, 0.15, _holds_quote, _quotable) == merged  # the next unit is under the floor
    not_held = [*ITEMS, _unit(4, 0.12, held=False)]
    assert refilled(ITEMS, merged, not_held, 3, 0.046, _holds_quote, _quotable) == merged  # not the asked kind of fact
    elsewhere = [*ITEMS, Unit(OTHER, 0, OTHER.units[0], prob=0.15, held=[True], probs=[0.15])]
    assert refilled(ITEMS, merged, elsewhere, 3, 0.046, _holds_quote, _quotable) == merged  # another document
    assert refilled(ITEMS, merged, UNITS, 3, 0.046, _holds_quote, lambda u: False) == merged  # not quotable


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    docs = tmp_path_factory.mktemp("qafacts40_room_docs")
    shutil.copy(TURING / "turing-equality-diversity-inclusion.md", docs / "turing-equality-diversity-inclusion.md")
    return handbook_settings(Settings(), docs, "qafacts40_room_test")


def test_the_honorarium_sentence_is_quoted_after_the_list_of_groups(settings: Settings) -> None:
    result = answer("Do people who chair one of the Turing's EDI network groups get anything for it?", settings)
    assert result.answered
    quotes = [line for line in result.answer.splitlines() if line.startswith("- ")]
    assert 2 <= len(quotes) <= 3
    assert quotes[0].startswith("- “The Turing has set up four EDI network groups")
    assert any("group chairpersons (who can be from REG) are awarded an honorarium." in q for q in quotes[1:])
