"""Round 34 (issue 12, bias recall): affinity told as a shared school, church, club, home town or regiment and given as
the grounds of trust, a rating or a pick (RuleContext.grounds, _Checker._grounds_after), with the writer or with one
who decides; a same-sex partner the writer wants kept out of sight, and a private life the person is told to keep to
themself. Paragraphs from the round's probe (evals/probes/round34/biasrec34_affinity_orientation.jsonl), written for
it in workplaces of no dev set; whole results asserted, look-alikes included."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias


def _flags(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.rule, f.category) for f in check_bias(text).flags]


BIASED = [
    ("Maeve turns the wheels in the cave on schedule and her salt logs are complete. She and the head cheesemaker were "
     "in the same young farmers' club in Tipperary, so I trust her grading of the rinds without a second check.",
     [("young farmers' club in Tipperary, so I trust her grading", "affinity.shared_membership", "affinity")]),
    ("Oskar has run the pasteuriser since March with no failed holds. He goes to my parish and I know the family, so I "
     "rated his hygiene score higher than the audit did.",
     [("parish and I know the family, so I rated his hygiene score higher", "affinity.shared_membership", "affinity")]),
    ("Ailsa leads the tower tours and her visitor numbers are up by a third. She's a fellow Aberdeen graduate, so I "
     "trust her with the grant report.",
     [("graduate, so I trust her with the grant report", "affinity.shared_membership", "affinity")]),
    ("Sven drives the resurfacer and the ice has been ready for every session. We played junior hockey together, so I "
     "know his work ethic.",
     [("together, so I know his work ethic", "affinity.shared_youth", "affinity")]),
    ("Agnes runs the farm shop counter and her sales are up. I would rather she didn't talk about her girlfriend with "
     "the customers, who are mostly older farming families.",
     [("her girlfriend", "sexual_orientation.same_sex_partner", "sexual_orientation")]),
    ("Tomas leads the garden-centre weekend team. His husband sometimes meets him at the tills after closing, and I'd "
     "prefer the customers didn't see that.",
     [("His husband sometimes meets him at the tills after closing, and I'd prefer the customers didn't see that",
       "sexual_orientation.same_sex_partner", "sexual_orientation")]),
    ("Kasia is a reliable picker. Her relationship with another woman on the packing line is distracting and I have "
     "split their shifts.",
     [("Her relationship with another woman", "sexual_orientation.same_sex_partner", "sexual_orientation")]),
    ("Luis is accurate with measurements. He is too open about his private life with the customers, and I want him to "
     "tone it down.",
     [("his private life", "sexual_orientation.private_life_demand", "sexual_orientation")]),
]

CLEAN = [
    # the group named as a fact or as logistics, no judgement drawn from it
    "Petra checks the haul rope every morning and her logbook is spotless. Her husband collects her after the late "
    "shift, so we end her rota at ten.",
    "Rafe is new to the lower station and still learning the evacuation drill. He and the other trainee went to the "
    "same school, and they now revise the drill cards together at lunch.",
    "Jules packs the wholesale orders and is careful with the glaze labels. Jules rows at the city club on Saturdays, "
    "so we moved the market stall to Sundays.",
    "Nia runs the picking rota and kept the packhouse staffed through the flu season. Her girlfriend works at the "
    "compost yard next door, and they share the drive in.",
    "Agnes runs the farm shop counter and her sales are up. She mentioned that her girlfriend is running the Dublin "
    "marathon, and the team sponsored her.",
    "Lena is a confident operator and calm with nervous passengers. She brought her wife to the staff barbecue, and "
    "they won the tug-of-war.",
    "Marcus is our fastest fitter. He is on the same football team as two of the other fitters, and they swap "
    "Saturday call-outs around the fixtures.",
    # a group of the person's own, shared with no one named; work done together; a possessive of the group
    "She taught at the same school for twenty years before joining us, so I recommended her for the schools outreach "
    "role.",
    "We played the whole set together at the launch, so I trust her on the sound desk.",
    "She came to us from my old college's admissions office, so I trust her data entry.",
    "She asked us to keep her personal life out of the team chat, and we did.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_similarity_as_grounds_and_partner_kept_out_of_sight_are_flagged(text: str, expected: list) -> None:
    assert _flags(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_groups_and_partners_stated_as_facts_are_not_flagged(text: str) -> None:
    assert _flags(text) == []


def test_a_similarity_with_one_who_decides_is_the_writers_side() -> None:
    text = ("Nia runs the picking rota. She and the site manager grew up on the same estate, so her rotas are never "
            "questioned.")
    assert _flags(text) == [("estate, so her rotas are never questioned", "affinity.shared_membership", "affinity")]
    # two others with no one who decides: no in-group of the writer's
    assert _flags("The two trainees grew up on the same estate, so they share a car to the depot.") == []


def test_a_group_the_writers_kin_share_is_a_declared_interest() -> None:
    # 'my own children', 'our son': the writer's family, not the writer (vocabulary `kin`); a recusal is no grounds
    text = ("Yusuf plans his lessons a week ahead. My own children are at the same school, so I stepped out of the "
            "panel that rated Yusuf's teaching observation. The other two observers rated it outstanding.")
    assert _flags(text) == []
    # the writer's own membership, with a rating drawn from it, stays flagged
    assert _flags("Yusuf plans his lessons a week ahead. He grew up in my home village, so I rated his punctuality "
                  "as excellent.") == [("home village, so I rated his punctuality as excellent",
                                        "affinity.shared_membership", "affinity")]


@pytest.mark.parametrize(("text", "expected"), [
    # a coded term (GLAAD: 'lifestyle') in a topic named after a topic head is still the writer's own word for him
    ("He mentored three at-risk soldiers and retained all three. Some in the battalion have questions about his "
     "lifestyle, but he keeps it out of the workplace.",
     [("his lifestyle", "sexual_orientation.coded_remarks", "sexual_orientation")]),
    ("Comments on his flamboyant manner came up at the stand.",
     [("flamboyant", "sexual_orientation.coded_remarks", "sexual_orientation")]),
    # a hairstyle by name as the grounds of a doubt
    ("Declan runs the mash on his own. He wouldn't suit the taproom tours anyway with that ponytail.",
     [("ponytail", "appearance.body_and_grooming_mention", "appearance")]),
])
def test_coded_terms_after_a_topic_head_and_hairstyles_by_name(text: str, expected: list) -> None:
    assert _flags(text) == expected


@pytest.mark.parametrize("text", [
    # topics named with no one's own, a characteristic mention reported, literal senses and rules followed
    "References to faith, religious dress or lifestyle are not allowed in reviews.",
    "Avoid comments on someone's lifestyle in reviews.",
    "Remarks about their lifestyle choices do not belong in a review.",
    "She made remarks about his accent.",
    "The flamboyant colour scheme was rejected.",
    "He ties his ponytail back under the hairnet, as the food-safety code requires.",
    "The ponytail palm in reception needs watering.",
    "The Mohawk Valley depot reopened in May.",
])
def test_topic_notes_and_literal_hairstyle_words_stay_clean(text: str) -> None:
    assert _flags(text) == []
