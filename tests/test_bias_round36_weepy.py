"""Round 36 BR3 (issue 12, bias recall): "weepy" and "crybaby" said of a person (dev24-bias-013: "she gets weepy
over the trauma trays").

WordNet 3.0 gives "weepy" one sense, a disposition ("liable to weep easily", adj 02473887), unlike its sister senses
"tearful" and "teary" ("filled with / full of tears": a moment), and "crybaby" as a person ("a person who lacks
confidence", "a whiner"); the crying-woman stereotype is among the emotion words Snyder (2014) and Textio (2022)
found in women's reviews. Rule gender_coded.weepy: said of a person, not at an occasion, not downtoned to a passing
mood ("a bit weepy today"). Outside sentences from evals/probes/round36/biasrec36b.jsonl (sources per row) and
review sentences; whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

RULE = "gender_coded.weepy"




BIASED = [
    ("She gets weepy out of nowhere, and the good high curdles into something heavier.",
     [("weepy", RULE, "gender_coded")]),
    ("Terriermon may have a calm and chipper personality, but in contrast Lopmon is a crybaby with a lonely streak.",
     [("crybaby", RULE, "gender_coded")]),
    ("She's a pushover. She whines too much. She's a crybaby.", [("crybaby", RULE, "gender_coded")]),
    ("He's a crybaby.", [("crybaby", RULE, "gender_coded")]),
    ("Nkechi assembled 3,900 trays this year, and she gets weepy over the trauma trays.",
     [("weepy", RULE, "gender_coded")]),
    ("Marta is a cry-baby whenever the schedule changes.", [("cry-baby", RULE, "gender_coded")]),
]

CLEAN = [
    "A violin would have been too obvious, too weepy. The oboe has this quality of quiet dignity that matched what "
    "the scene needed.",
    "I HATE to do this, but compiler optimization is a crybaby that doesn't like anything that isn't contributing "
    "to the final result.",
    "This is bit messy, but IE is a crybaby and must be coddled.",
    "You notice more than one person get a bit weepy as the ausar talks about Karen and how lucky Monty is to have "
    "her love.",
    "I've been a bit weepy and overwhelmed since the birth but it's only been a few days.",
    "I am tired and a bit weepy today.",
    "Writing a circuit in code and getting a bit weepy about it.",
    "She was tearful as she accepted the award.",
    "Unfortunately, my eyes welled, and I shed a few silent tears.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_weepy_said_of_a_person_is_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_things_moments_and_own_mood_stay_clean(text: str) -> None:
    assert flag_triples(text) == []
