"""Round 41 (issue 12, bias recall: biasrec41b): a characteristic of the person given as the grounds of the
writer's allocation of their work (bias/allocation.py, evals/probes/round41/biasrec41b.jsonl, README.biasrec41b.md):

- a link of consequence, "I"/"we", then the writer's allotment: a verb of handing over with the person and working
  time ("so I gave her the Christmas shifts") or a verb of moving with the person and a goal of working time ("so I
  moved her to nights", "so I put him on the day rota"), besides the earlier placement readers, now read for the
  linked family and partner rules too;
- the decision first and the clause of reason after it ("I moved her to nights because she is single");
- a participial adjunct "Being <marital state>, ..." as the predication of `family_status.marital_state`;
- an allotment the person asked for is an arrangement, and the writer's own status decides nothing about another.

Whole results asserted, look-alikes included: probe half A (tune) rows and the rules' examples.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

MARITAL = "family_status.marital_state"

BIASED = [
    # the rules' examples (family_status.marital_state, family_status.care_mention, sexual_orientation.identity)
    ("Being single, she has no one waiting at home, so I gave her the Christmas shifts.",
     [("single, she has no one waiting at home", MARITAL, "family_status")]),
    ("I moved her to nights because she is single.", [("single", MARITAL, "family_status")]),
    ("He is divorced, so I gave him the Boxing Day shifts.", [("divorced", MARITAL, "family_status")]),
    ("He has three kids, so I put him on the day rota.",
     [("has three kids", "family_status.care_mention", "family_status")]),
    ("I gather she is gay, so I gave her the late shifts.",
     [("gay, so I gave her the late shifts", "sexual_orientation.identity", "sexual_orientation")]),
    ("He is 62, so I put him on the day rota.", [("62", "age.stated_age", "age")]),
    # probe half A, b02 and b09 (found on the base as well: the placement is the writer's, the reason after it)
    ("You think, “Hmmmm, her job is really demanding. I should probably put her in a job with less responsibility because I’m sure Suzie can’t do such a demanding job while pregnant.”",
     [("pregnant", "family_status.pregnancy", "family_status")]),
    ("But I also recall telling one of my subordinates that I wasn’t taking her on a business trip because she was a new mom (yes, I was as biased as anyone until I started studying maternal wall bias and family responsibilities discrimination), and she insisted on going.",
     [("But I also recall telling one of my subordinates that I wasn\u2019t taking her on a business trip because she "
       "was a new mom", "family_status.parent_labels", "family_status")]),
]

CLEAN = [
    # probe half A look-alikes: a decision with other grounds, a decision with no characteristic, the characteristic
    # as a fact, the writer's own status
    "Manager: “Hi, [My Name], [Coworker] called in sick so I’m filling in for her. You’ve got most experience with night-shifts, so I’ll just follow you. What’s your plan?”",  # c06
    "My supervisor pulls me aside to ask me if I want to switch to day shifts.",  # c08
    "Arif, who is Muslim, prays five times a day.",  # c11
    "My immediate boss will be put on the road to visit our sales reps all over the country.",  # c14
    "The manager has assigned me Memorial Day, Independence Day, Thanksgiving Day (evening hours), Christmas Eve (evening hours until 10 pm), and New Year’s Eve (evening hours until 10 pm).",  # c15
    "Everyone knows that my boyfriend and I don’t have children as of yet, so I tend to be one of the people that get asked the most for shift exchanges.",  # c16
    "I do not have children, so that apparently makes me the designated holiday mule.",  # c17
    "Last year, we lost a consulting brief because I was pregnant.",  # c18
    # the rules' examples: an allotment asked for, the writer's own status, another sense, no decision
    "She is single and asked for the Christmas shifts, so I gave her the Christmas shifts.",
    "He has three kids and asked for days, so I put him on the day rota.",
    "I am single, so I took the Christmas shifts.",
    "Being single-threaded, the worker is slow, so I moved it to the night batch.",
    "She hit every target, so I gave her the Saturday shifts.",
    "He is divorced and lives alone now.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_round41_allocation_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_round41_allocation_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []
