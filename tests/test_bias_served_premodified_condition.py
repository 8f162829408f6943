"""A condition attached to the people a job serves by a bare "with" and one adjective ("patients with suspected
cancer", "residents with advanced dementia") is theirs, as it is after an article ("a customer with a strong accent");
the same phrase said of the person, or of someone given no served role, keeps its flag."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags

CLEAN = [
    "Raise the proportion of patients with suspected cancer who are seen within 28 days.",
    "She cared for residents with advanced dementia on the night shift and kept every chart current.",
    "Clients with mild hearing loss liked her calls because she spoke slowly and checked each step.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_a_premodified_condition_of_the_people_served_is_not_flagged(text: str) -> None:
    assert flags(text) == []


def test_the_same_phrase_said_of_the_person_or_a_man_hired_keeps_its_flag() -> None:
    assert flags("She has suspected cancer, so she will not be promoted.") == [
        ("disability.condition_mention", "cancer")]
    assert flags("We hired a man with severe dyslexia and he is slow.") == [
        ("gendered_language.gendered_person_wanted", "man"), ("disability.condition_mention", "dyslexia")]
