"""Round 41 (issue 12, bias recall: affin41): a tie to the writer given as the grounds of the writer's lenient or
favourable decision (rules affinity.leisure_with_writer and affinity.kin_and_writer, evals/probes/round41/
affin41.jsonl, README.affin41.md):

- a pastime shared "with me/us" and a conjunct of result with I/we ("so I ...") before a word of decision,
  endorsement or leniency;
- the person's relative and the writer as one subject, "together", then the conjunct ("His dad and I started on the
  malt floor together, so I ..."); the relative is then the writer's companion, no family_status mention;
- look-alikes: the tie told as a fact, a meeting with the relative, work done together with the person, "together,
  so I never" about things (probe half A).

Whole results asserted: dev30 tuning sentences, the rules' examples and probe half A look-alikes.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

LEISURE = "affinity.leisure_with_writer"
KIN = "affinity.kin_and_writer"

BIASED = [
    # dev30-bias-007 and dev30-bias-025 (tuning half), the sentences labelled affinity
    ("He plays darts with me at the Fleece on Thursdays, so I sign off his hours without checking the timesheets.",
     [("plays darts with me", LEISURE, "affinity")]),
    ("His dad and I started on the malt floor together, so I have never needed to check his spirit book.",
     [("His dad and I started on the malt floor together, so I have never needed", KIN, "affinity")]),
    # the rules' examples
    ("She plays pool with me at the club, so I approve her overtime without checking the log.",
     [("plays pool with me", LEISURE, "affinity")]),
    ("He goes fishing with us most weekends, so I never check his mileage claims.",
     [("fishing with us most weekends, so I never check his mileage claims", LEISURE, "affinity")]),
    ("Her mum and I trained on the wards together, so I have never needed to check her drug charts.",
     [("Her mum and I trained on the wards together, so I have never needed", KIN, "affinity")]),
]

CLEAN = [
    # the rules' examples: the tie told as a fact, a meeting with the relative, work done with the person
    "She plays pool with me at the club and still opens the shop at seven.",
    "He went fishing with his son, so I covered the Saturday.",
    "His dad and I spoke about his hours, so I agreed a later start.",
    "We worked together on the audit, so I trust her figures.",
    "Her mum and I trained on the wards together and still meet for lunch.",
    # probe half A look-alikes
    "I kept changing grind size and water amount together, so I never knew what fixed the taste.",  # l01
    "We were both staying in the same hotel on a golfing trip in Dubai in 2006 and I decided to clear the air.",  # l03
    "I shipped the rule and the deletions together, so I never saw that message.",  # l05
    "Glenn and I have since made up, although we will never be close friends.",  # l15
    "My boss supervises seven subordinates, and frequently goes to lunch with one in particular.",  # l17
    "Your supervisor is giving everyone the benefit of the doubt and trusting that his group is responsible and professional.",  # l19
    "The jewellery and lehenga were styled together, so I never had to think about matching.",  # l21
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_round41_affinity_tie_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_round41_affinity_tie_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []
