"""Bias precision by decision procedure, round 31b (scripts/bias_round31b_probe.py): in a care setting (a nursery,
school, ward, club), a child noun naming the children the person looks after is the work, not their family
(analyzers/bias: _Checker._child_in_charge): after a group determiner, after the person's possessive with a role
modifier ('her key children', 'his Year 4 children'), or as a bare plural the work acts on ('chasing toddlers').
The person's own children in the same settings stay a family mention.

Recall, same probe: an ethnicity or national origin predicated of the person ('she is Roma', 'he is Nigerian') and
tied to a judgement or decision is race_ethnicity.ethnicity_label, as a faith is religion.faith_label; stated beside
the work it is not flagged. A gender group the person is made an example of ('Girls like Chloe are ...', 'Men like
him don't ...') is gendered_language.group_exemplar (a '<person> ...' phrase in needs_after: _needs_after); the verb
'like' and a role model are not. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # children in the person's charge, named with a role modifier after the possessive
        ("Amira is key person to nine children in the baby room. When one of her key children was not feeding well, "
         "she was slow to tell the parents, so I have asked her to log concerns the same day.", []),
        ("Tom teaches a Year 4 class at the primary school. His Year 4 children made less progress in reading than "
         "the parallel class, so his phonics groups need a review.", []),
        ("Rosa is room leader in the preschool; her key children's learning journals were late twice, so parents "
         "could not see progress.", []),
        ("In the toddler room, Abi's key children made strong progress in speech this term, which reflects her "
         "careful planning.", []),
        # a bare plural the work acts on
        ("At the nursery, Grace struggles with toddlers at nap time and needs help from the room leader most days.",
         []),
        ("Joe coaches the under-9s at the football academy; he is too hard on children who miss a pass, so two "
         "parents complained.", []),
        ("Nadia is a learning support assistant at the school and is excellent at reading with children who "
         "struggle, so I want her on the Year 6 team.", []),
        # the person's own children in the same settings
        ("Jade is a good pre-school practitioner, but her own children are often ill, so she is unreliable for cover.",
         [("family_status.parenthood_mention", "children are often ill, so she is unreliable")]),
        ("Leah works in the toddler room; her kids are at the same nursery, so I doubt she can be objective with the "
         "parents.", [("family_status.parenthood_mention",
                     "her kids are at the same nursery, so I doubt she can be objective with the parents")]),
        ("Amira is key person to nine children in the baby room. With two young children of her own at home, she "
         "will not manage the early shifts, so I have kept her on lates.",
         [("family_status.care_mention",
           "With two young children of her own at home, she will not manage the early shifts")]),
        ("Rosa is room leader in the preschool, but with her toddler at home she is always tired and distracted.",
         [("family_status.parenthood_mention", "toddler")]),
        # outside a care setting a possessive with a modifier stays the person's own
        ("His two young children come first for him, so he is not committed to the night shift.",
         [("family_status.parenthood_mention", "children come first for him, so he is not committed")]),
    ],
)
def test_children_in_charge(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Because she is Roma, some customers may be uneasy, so I have not put her on the front counter.",
         [("race_ethnicity.ethnicity_label", "she is Roma, some customers may be uneasy")]),
        ("Since he is Nigerian, clients may not trust him on the collections calls.",
         [("race_ethnicity.ethnicity_label", "he is Nigerian, clients may not trust him")]),
        ("He is Romanian, which is why I keep a close eye on the cash drawer.",
         [("race_ethnicity.ethnicity_label", "He is Romanian")]),
        ("She is Polish and speaks Polish and Russian, which helped with the new drivers' inductions.", []),
        ("He is Nigerian by birth and moved to Leeds in 2015; he has led the collections team since 2021.", []),
        ("Because she is fluent in Polish, she handles the Gdansk carriers.", []),
    ],
)
def test_ethnicity_predicated_of_the_person(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Girls like Chloe are natural nurturers, which is why the toddler room suits her.",
         [("gendered_language.group_exemplar", "Girls like"), ("gender_coded.natural_carer", "natural nurturers")]),
        ("Men like him don't ask for help, so I check his pick lists myself.",
         [("gendered_language.group_exemplar", "Men like")]),
        ("The girls like Chloe's new rota, and sickness absence on the ward fell this quarter.", []),
        ("The lads like Kyle and asked for him as their team leader.", []),
        ("Women like Serena Williams inspired her to coach the junior tennis squad.", []),
    ],
)
def test_person_made_an_example_of_a_gender_group(text, expected):
    assert flags(text) == expected


def test_probe_figures():
    # round 39 (biasidiom39): GE gains a second flag outside the exemplar span, "natural nurturers"
    # (gender_coded.natural_carer), the second labelled term of dev20-bias-031
    probe = load_script("scripts/bias_round31b_probe.py")
    assert probe.figures() == {"KC": (19, 20, 1), "OC": (17, 20, 0), "RP": (10, 10, 0), "RX": (10, 10, 0),
                               "GE": (10, 10, 2), "GX": (10, 10, 0)}
