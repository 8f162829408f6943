"""Round 38 (issue 12, bias recall: biasrec38): a trait put on the person through a group named in an adjunct of
their clause (evals/probes/round38/biasrec38.jsonl, README.biasrec38.md), fixed by the adjunct's grammar:

- a fronted supplementive clause of 'being' with an origin word of the sourced lists, the subject after it the
  person (race_ethnicity.origin_supplementive: "Being Austrian, he was born on skis"), not a clause with its own
  subordinator or preposition ("despite being Polish", "for being Nigerian") nor the writer's own ("Being Irish, I");
- the origin said to 'you' with what 'you' should, must or will be joined to it (race_ethnicity.origin_to_expectation:
  "You're Asian, you should be good at math"), not a condition ("If you are Polish, you must register");
- the group-generalisation frame with the open-class quantifiers a lot of / lots of / plenty of ("Like a lot of
  Lithuanians she will work any hours") and with the WordNet person nouns named by hair colour
  (appearance.hair_group_generalisation: "like most redheads"); the writer's own group ("Like many Filipinos, I saw
  ...") puts no trait on anyone else.

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

SUPP = "race_ethnicity.origin_supplementive"
EXPECT = "race_ethnicity.origin_to_expectation"
GROUP = "race_ethnicity.group_generalisation"
HAIR = "appearance.hair_group_generalisation"

BIASED = [
    # probe rows (tune half) and the dev tune items' sentences
    ("Being Irish, he had an abiding sense of tragedy, which sustained him through temporary periods of joy.",
     [("Being Irish", SUPP, "race_ethnicity")]),
    ("Being German, she also understands European music markets well.", [("Being German", SUPP, "race_ethnicity")]),
    ("Being from a Roma family, she haggles with the fabric suppliers in a way that embarrasses us.",
     [("Being from a Roma family", SUPP, "race_ethnicity")]),
    ("Being Austrian, he was born on skis.", [("Being Austrian", SUPP, "race_ethnicity")]),
    ("You're Asian, you should be good at math!", [("You're Asian", EXPECT, "race_ethnicity")]),
    ("You are Mexican, so you must like spicy food.", [("You are Mexican", EXPECT, "race_ethnicity")]),
    ("Like a lot of Lithuanians she will work any hours you give her.",
     [("Like a lot of Lithuanians", GROUP, "race_ethnicity")]),
    ("Susan is impatient and stubborn, like most redheads.", [("like most redheads", HAIR, "appearance")]),
    ("Like all redheads she has a temper on her.", [("Like all redheads", HAIR, "appearance")]),
    ("She is scatty, like a lot of blondes.", [("like a lot of blondes", HAIR, "appearance")]),
]

CLEAN = [
    # probe look-alikes: a concession, a reason of what was done to the person, the writer's own group
    "Forced from his country in 1933 for being Polish, he lived out an exile in New York.",
    "Rejected by ten medical schools for being a woman, she graduated first in her class anyway.",
    "I am Italian, so like all Italians I had as a teacher, the best cook in the world my Mother.",
    "Like many Filipinos, I saw hardworking people, especially OFWs, still struggle with financial clarity.",
    "As an American, there are many ethnicities that I can call my own.",
    # the same words in other constructions
    "Being Irish, I grew up with the stories.",
    "Despite being Polish, she had never been to Krakow.",
    "She was refused the visa for being Nigerian.",
    "If you are Polish, you must register with the consulate.",
    "You're Polish and you speak Russian too.",
    "Like most redheads, I burn in the sun.",
    "The two redheads on the rota swapped shifts.",
    "The redhead ducks came back to the lake in March.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_group_adjunct_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_group_adjunct_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []
