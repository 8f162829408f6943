"""Round 35 (issue 12, bias recall): a thing worn or grown on the body said to have to go ("the earrings need to go",
"that beard has to go right now"): 'go' with no complement, 'be got rid of', a demand about appearance
(appearance.removal_demand). With a complement it is a move or a change ("need to go back in the display case", "the
hair has to go darker"). Sentences from the round's probe (evals/probes/round35/biasrec35_removal_demand.jsonl) and
short review sentences; whole results asserted."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias


def _flags(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.rule, f.category) for f in check_bias(text).flags]


RULE = "appearance.removal_demand"


@pytest.mark.parametrize(("text", "expected"), [
    ("He is a bit too flamboyant for the private dining room, and the earrings need to go.",
     [("flamboyant", "sexual_orientation.coded_remarks", "sexual_orientation"),
      ("the earrings need to go", RULE, "appearance")]),
    ("That beard has to go before the trade show.", [("That beard has to go", RULE, "appearance")]),
    ("Her nails need to go.", [("Her nails need to go", RULE, "appearance")]),
    ("The nose ring must go if she stays on the front desk.", [("The nose ring must go", RULE, "appearance")]),
])
def test_a_worn_or_grown_thing_that_has_to_go_is_flagged(text: str, expected: list) -> None:
    assert _flags(text) == expected


@pytest.mark.parametrize("text", [
    "The earrings need to go back in the display case by six.",
    "On light the body is charcoal, so the hair has to go darker still or it disappears into the head.",
    "The scalp under the hair has to go dark exactly where the hair starts.",
    "The body picture's hair has to go with its head.",
    "The Hair Has to Go Somewhere",
    "The hat must go on before you enter the clean room.",
    "The boxes need to go to the depot.",
    "The nose ring was removed after the supervisor spoke with the employee.",
    "The only piercings allowed are earrings. Tattoos must be covered.",
])
def test_a_move_a_change_or_a_written_code_stays_clean(text: str) -> None:
    assert _flags(text) == []
