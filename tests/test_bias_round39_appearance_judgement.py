"""Round 39 (issue 12, bias recall: biasapp39): appearance and body remarks as a judgement of the person
(evals/probes/round39/biasapp39.jsonl, README.biasapp39.md), fixed by grammar with WordNet and dictionary sources:

- a judgement of unfitness made by looks: 'look the part' (Cambridge: to have the appearance suitable for a job)
  under a negation or a negative adverb of degree (appearance.looks_the_part: "she hardly looks the part at an
  anvil"), and "not look like" a role or profession noun (appearance.looks_unlike_role: "You don't look like an
  engineer"); a thing that looks the part and "would look the part if she wore ..." (a dress demand) are not it;
- a change of the person's body weight said of them: get/grow/become/look + a WordNet 3.0 body-weight adjective
  (fat.a.01, thin.a.02 and their satellites) used predicatively, "used to be so slim" (appearance.weight_change),
  and put on / pack on / pile on / gain weight with any adjunct after it (appearance.weight_gain); a thing that got
  heavy or big and an adjective on its noun ("got slim pickings") are not it;
- a label noun for a fat or a plain person (appearance.body_label_noun: WordNet fatso.n.01; Collins "no oil
  painting"), not "fatty acids".

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

PART = "appearance.looks_the_part"
ROLE = "appearance.looks_unlike_role"
CHANGE = "appearance.weight_change"
GAIN = "appearance.weight_gain"
LABEL = "appearance.body_label_noun"
APP = "appearance"

BIASED = [
    # the dev tune items' sentences (dev28-bias-005, dev28-bias-027, dev27-bias-027)
    ("With those long painted nails she hardly looks the part at an anvil.", [("looks the part", PART, APP)]),
    ("He has got so heavy he puffs kneeling to pin a hem.", [("got so heavy", CHANGE, APP)]),
    ("She is no oil painting, so she is better in the back than at the counter.",
     [("no oil painting", LABEL, APP)]),
    # probe rows (tune half)
    ("You don't look like an engineer", [("don't look like", ROLE, APP)]),
    ("When I was in engineering school, back in the previous century, women were very much in the minority, but "
     "most of them did not look like engineers at all.", [("did not look like", ROLE, APP)]),
    ("First my boss, who is female, told me I was putting on weight in front of my co-worker.",
     [("putting on weight", GAIN, APP)]),
    ("\"You used to be so slim!\"", [("used to be so slim", CHANGE, APP)]),
    ("She said she thought I looked very slim the other day, unlike the last time she saw me, when she thought I was "
     "\"getting pudgy again.\"", [("pudgy", "appearance.looks", APP)]),  # the older looks word keeps the flag
    # the same forms in other words
    ("He never really looked the part on the shop floor.", [("looked the part", PART, APP)]),
    ("He just doesn't look like a manager.", [("doesn't look like", ROLE, APP)]),
    ("She has grown so thin that the clients ask about her.", [("grown so thin", CHANGE, APP)]),
    ("You're packing on the weight.", [("packing on the weight", GAIN, APP)]),
    ("They have called him a fatty since he started.", [("fatty", LABEL, APP)]),
]

CLEAN = [
    # probe look-alikes: things that got heavy or big or look the part, a pet, a garment's size, nail rules and craft
    "At one stage the message traffic got so heavy it crashed the supply system.",
    "At one point a single stored procedure got so heavy that it slowed everything down during peak.",
    "Some libraries for GitHub's API are generated because their API has gotten so big it would be untenable "
    "otherwise.",
    "It should behave like a dropdown, but it doesn't quite look the part yet, since it's blank.",
    "The site had to look the part: credible, premium, and trustworthy enough that a prospective client hands over "
    "a serious case.",
    "Win more jobs with quotes that look the part",
    "My wee Fido. He has gotten so big! And he is only 4 years old.",
    "He was almost finished when he pulled out a 5X jacket.",
    "Anyone handling food must keep their fingernails short and clean as long nails collect bits of food and "
    "bacteria.",
    "Gel polish is a semi-permanent solution that can be worn on natural nails and does not extend past the nail bed.",
    # the same words in other constructions
    "It doesn't look like a bug in the parser.",
    "This doesn't look like a good week for the release.",
    "She got slim pickings from the audit.",
    "He got heavy with the supplier over the invoice.",
    "We gained a few pounds on the currency swap.",
    "Omega-3 fatty acids are on the menu this week.",
    "The butterball turkeys arrived on Monday.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_appearance_judgement_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_appearance_judgement_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []


def test_would_look_the_part_if_is_left_to_the_dress_rules() -> None:
    """A conditional 'would look the part if she wore ...' is a demand on dress, not a judgement of unfitness: the
    look-the-part rule stays off it (dev22-bias-022's sentence keeps its age flag over the whole remark)."""
    text = ("At 64 she is past her prime for the heavy frame moves, and she would look the part at the donor "
            "evenings if she wore something less drab.")
    assert [rule for _, rule, _ in flag_triples(text)] == ["age.explicit_age_opening"]
