"""Round 40 (issue 12, bias recall: biasdec40): a characteristic, an age or a tie stated as the grounds of a judgement
or a decision about the person, in surface forms the decision readers of rounds 38-39 did not read
(evals/probes/round40/biasdec40.jsonl, README.biasdec40.md). Read by grammar:

- 'past' / 'beyond' before a gerund after a copula, a limit of ability said passed ("At 55 she is past learning the
  vinyl cutter": Quirk et al. 1985, 9.37; the presumed inability of the EEOC's age guidance), a cue of judgement
  for a stated age;
- the phrasal verb of nominating, 'put <object> forward' (WordNet 3.0 nominate.v.01: nominate, put up, put
  forward), a decision drawn from a family mention ("so I have not put him forward for head of projection");
- a childhood home shared with the writer, named by its street or housing (WordNet 3.0 street.n.01, road.n.01,
  housing_estate.n.01 ...: "He and I grew up on the same street");
- an age limit ("over the age of thirty", "applicants over 50"): the ADEA's age "limitation" (29 U.S.C. 623(a), (e));
- the decider hiring or promoting their own kin or a kin's partner (WordNet 3.0 nepotism.n.01).

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

BIASED = [
    ("At 55 she is past learning the vinyl cutter.",
     [("At 55 she is past learning the vinyl cutter", "age.explicit_age_opening", "age")]),
    ("At 61 he is well beyond retraining on the new till.",
     [("At 61 he is well beyond retraining", "age.explicit_age_opening", "age")]),
    ("Since the twins came he is always rushing home, so I have not put him forward for head of projection.",
     [("twins came he is always rushing home, so I have not put him forward for head of projection",
       "family_status.parenthood_mention", "family_status")]),
    ("She has two toddlers, so I did not put her forward for the night-shift lead.",
     [("toddlers, so I did not put her forward for the night-shift lead", "family_status.parenthood_mention",
       "family_status")]),
    ("He and I grew up on the same street in Leicester, so he gets first choice of the premiere nights.",
     [("and I grew up on the same street", "affinity.shared_background", "affinity")]),
    ("She and I were raised on the same estate, so I trust her with the keys.",
     [("and I were raised on the same estate, so I trust her", "affinity.shared_background", "affinity")]),
    ("Generally, when it comes to age I don't hire over the age of thirty.",
     [("when it comes to age I don't hire over the age of thirty", "age.explicit_age", "age")]),
    ("My boss hired his nephew to start laboring in the cannabis dispensary.",
     [("hired his nephew", "affinity.decider_hires_kin", "affinity")]),
    ("Our manager has recently hired her daughter's boyfriend.",
     [("hired her daughter's boyfriend", "affinity.decider_hires_kin", "affinity")]),
]

CLEAN = [
    # an age stated with no judgement, or taking up something new
    "At 55 she took up the vinyl cutter and now runs the sign shop's orders.",
    "At 78, she embarks on an unexpected discipline.",
    "Plaintiff began his employment in approximately 1982 at the age of 51.",
    "In 2002, the defendant hired Paul Kelly, 55, as a vice president.",
    # 'past' of a place or said with no age; a family event with no decision; a nomination with no characteristic
    "He is past caring about the old rota, he says, and wants the new one.",
    "The depot is past building 5 on the left.",
    "The twins came to the summer picnic.",
    "I put forward the budget for the new booth in March.",
    "She put him forward for the award after the festival run.",
    # a street shared with no tie to the writer, or not a childhood home
    "We worked on the same street for the resurfacing job.",
    "The customer grew up on the same street as me.",
    "One particular manager, Ken, went to ABC University, XYZ's rival.",
    # an age bound of a policy or a count; kin hired by someone who decides nothing at work, or no kin
    "Children under the age of 12 must be accompanied by an adult.",
    "The scheme is open to employees over 50.",
    "Staff over 40 minutes late sign in at the gate.",
    "The manager's son joined the team in May.",
    "My boss hired Ana to run the stock room.",
    "Ravi hired his nephew to help with the house move.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_round40_grounds_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_round40_grounds_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []
