"""Round 39 (issue 12, bias recall: biasdec39): a characteristic of the person or of their family, or a tie to the
writer, stated as the grounds of a decision about the person or of a presumed trait, and a group generalisation used
as grounds (evals/probes/round39/biasdec39.jsonl, README.biasdec39.md). Read by grammar:

- a consequence link with a content disjunct of expected conclusion ("so of course", "so naturally": Quirk et al.
  1985, 8.127) after the characteristic ties it to what follows, whatever its valence;
- intransitive 'expect' in the sense 'be pregnant' (WordNet 3.0 gestate.v.01: "They are expecting another child in
  January") with a time adjunct after it;
- a same-sex partner (the possessive's sex against the partner noun's: WordNet husband.n.01, wife.n.01,
  boyfriend.n.01) taking part in a judgement or placement;
- the race or origin of the person's spouse, partner or child tied to what is done to them (EEOC: association);
- the writer's tie: a school named by its kind ("the same art college as me"), the person's relative in the writer's
  band or team, the person's service to the writer's family, as the grounds of a privilege;
- 'like every <citizen noun>' (universal determiner over one member: Quirk et al. 1985, 5.14-5.15);
- the person named as the kin or partner of one who decides or of the writer, as the grounds of a privilege or
  leniency ('free rein' joins the leniency phrases).

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

BIASED = [
    ("He is Samoan, so of course he is at home in the water.",
     [("He is Samoan", "race_ethnicity.ethnicity_label", "race_ethnicity")]),
    ("His wife is expecting in March, so I have not given him the liveaboard season.",
     [("is expecting in March, so I have not given him the liveaboard season", "family_status.pregnancy",
       "family_status")]),
    ("Since he mentioned his boyfriend I have kept him off the stag-weekend bookings.",
     [("his boyfriend", "sexual_orientation.partner_grounds", "sexual_orientation")]),
    ("She went to the same art college as me, so I gave her the cathedral screen commission ahead of Owen.",
     [("the same art college as me", "affinity.same_background", "affinity")]),
    ("His brother plays in my band, so I let him keep the Saturday off.",
     [("His brother plays in my band", "affinity.writer_circle", "affinity")]),
    ("She caddied for my son at the county championship, so I gave her the back nine ahead of two longer-serving "
     "staff.",
     [("caddied for my son at the county championship, so I gave her the back nine ahead", "affinity.writer_circle",
       "affinity")]),
    ("Like every Scot we have had in the yard she is tight with the timber.",
     [("Like every Scot", "race_ethnicity.every_member_generalisation", "race_ethnicity")]),
    ("He is my nephew, so I trust him.",
     [("He is my nephew, so I trust him", "affinity.kin_of_decider", "affinity")]),
    ("The manager's son was now considering not coming into work on Saturday, and one of the managers was allowing "
     "him free reign to decide whether or not he wanted to work.",
     [("The manager's son was now considering not coming into work on Saturday, and one of the managers was allowing "
       "him free reign to decide whether or not he wanted", "affinity.kin_of_decider", "affinity")]),
    ("He was discharged because his child is biracial.",
     [("his child is biracial", "race_ethnicity.relative_race", "race_ethnicity")]),
    ("The manager said she wanted to fire Quincy because his girlfriend is white.",
     [("The manager said she wanted to fire Quincy because his girlfriend is white", "race_ethnicity.relative_race",
       "race_ethnicity")]),
]

CLEAN = [
    # the characteristic told as a fact, with no conclusion drawn from it
    "He is Samoan and teaches the open water courses.",
    "Her husband is Polish and teaches at the college.",
    "His wife is Italian; they met in Turin.",
    "His husband picked him up after the offsite.",
    "Her wife runs a bakery, and the team loves the pastries.",
    # transitive 'expect' with its object
    "He is expecting in March a decision from the board.",
    "She is expecting in the region of twenty replies, so she will be busy.",
    # a shared background or a tie with no decision drawn, or not the writer's
    "The customer went to the same art college as the architect.",
    "Her brother plays in my band.",
    "She tutored my daughter in maths last year and is now a teacher.",
    "I coached my son's team on Saturdays, so I left early.",
    "The manager's son joined the team in May.",
    # the writer's own group; a thing of the origin
    "Like every Scot, I grew up with the stories.",
    "Like every Italian restaurant in town, it closes on Mondays.",
    # probe look-alikes: a decision for an unrelated stated reason, an accommodation asked for, a tie with no decision
    "Today, the manager fired Quincy, explaining that sales were down.",
    "I told them I can't do this shift because I have kids and they said okay.",
    "My husband's boss is the cousin of an equal worker.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_grounds_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_grounds_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []
