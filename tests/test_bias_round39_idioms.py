"""Round 39 BI (issue 12, bias recall): gender-coded fixed phrases said of a person.

gender_coded.damsel_label: "damsel in distress" as a label for a colleague (dev27-bias-026: "She can be a bit of a
damsel in distress when the guillotine jams"), the trope of a helpless woman awaiting rescue (Wikipedia, Damsel in
distress; Sarkeesian 2013). gender_coded.natural_carer: caring made a woman's nature (dev20-bias-031: "Girls like
Chloe are natural nurturers"; Gaucher, Friesen & Kay 2011, feminine-coded "nurtur-"; Glick & Fiske 1996, benevolent
sexism). Outside sentences from evals/probes/round39/biasidiom39.jsonl (sources per row) and review sentences; whole
results asserted, look-alikes included (the trope, story characters, personality types that "are natural
caretakers").
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

DAMSEL = ("damsel in distress", "gender_coded.damsel_label", "gender_coded")
CARER = "gender_coded.natural_carer"

BIASED = [
    ("She can be a bit of a damsel in distress when the guillotine jams.", [DAMSEL]),
    ("Sorry Honey, that damsel in distress act isn't working for you", [DAMSEL]),
    ("And all I can do is stand there and wait to be rescued or kidnapped, like some kind of silly damsel in "
     "distress.", [DAMSEL]),
    ("Priya plays the damsel in distress whenever the printer jams.", [DAMSEL]),
    ("A female boss, on the other hand, will not put up with a crier, and the crier may soon find herself as an "
     "unemployed damsel in distress.",
     [("female boss", "gendered_language.gender_marked_role", "gendered_language"), DAMSEL]),
    ("Girls like Chloe are natural nurturers, which is why the toddler room suits her.",
     [("Girls like", "gendered_language.group_exemplar", "gendered_language"),
      ("natural nurturers", CARER, "gender_coded")]),
    ("Maybe it's the fact that women are natural nurturers and caretakers, or maybe it's because we just know how "
     "to have a good time.", [("natural nurturers", CARER, "gender_coded")]),
    ("We women are natural nurturers. Nurturing the earth is our innate work.",
     [("natural nurturers", CARER, "gender_coded")]),
    ("Amy is a natural nurturer. As a stay-at-home mother of two, she consistently cares for everyone in her "
     "family.", [("natural nurturer", CARER, "gender_coded")]),
    ("Women have an innate nurturing instinct. They're wired for caregiving.",
     [("innate nurturing instinct", CARER, "gender_coded")]),
]

CLEAN = [
    "The damsel in distress trope is long rooted in sweet, helpless characters.",
    "In The Sign of Four, Holmes must solve a perplexing case involving a damsel in distress, intrigue in colonial "
    "India, stolen treasure, a baffling murder, and four despicable ex-convicts.",
    "It seems there is a damsel in distress here aswell.",
    "Why, yes, I've saved countless damsels in distress. Some even offered me their kingdom as thanks.",
    "strong female characters who are not damsels in distress",
    "We watched A Damsel in Distress last night.",
    "ISFJs are natural caretakers, but they're resourceful too and want to help people in a practical and "
    "long-lasting way.",
    "Greens are kind, considerate, patient and accepting. They are natural caretakers and peacemakers.",
    "Cancer individuals can be deeply empathetic and are natural caretakers, always ready to lend a helping hand to "
    "those in need.",
    "A person with a 6 Life Path is a natural nurturer, visionary, and champion of justice.",
    "Caregiving is something which flows for natural-born caregivers.",
    "The A.I. is a natural nurturer, and strives to see that everyone should achieve their third-best dream.",
    "Natural caregivers devoted to family and community.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_gender_coded_idiom_said_of_a_person_is_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_tropes_stories_and_types_stay_clean(text: str) -> None:
    assert flag_triples(text) == []
