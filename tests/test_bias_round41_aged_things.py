"""Round 41 (issue 12, bias precision on dev30's tune half: dev30t41): an age adjective said of a plant or a thing
(evals/probes/round41/dev30t41.jsonl, its README).

An attributive adjective describes the head of its noun phrase (Quirk et al. 1985, 7.20ff; 17.108ff): "so the young
shoots in the frost pocket", "checking the soil and the young plants" tell the plants' age, whoever the sentence named
before. For the age rules that describe a person ("young", "youthful", "elderly" ...), the one word right before a
noun that names a plant or a part of one (assistant/data/plant_nouns.txt, WordNet 3.0 below plant.n.02 /
plant_part.n.01, no common-noun person sense) or a physical thing (kind_thing_nouns.txt) is not flagged, nor read as a
second predicate coordinated with a flagged one (``_ThingChecks._thing_head``, ``_Checker.age_of_thing``).

'young' said of people ("our young and dynamic team", "He is young") keeps its flag. Whole results asserted.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from assistant.wordlists import plant_nouns
from tests.fixtures.bias import flag_triples

CLEAN = [
    # the dev30 tune paragraphs' sentence (dev30-bias-044 .. 052)
    "She also redrew the tying rota with the vineyard manager, so the young shoots in the frost pocket were on the "
    "wires before budburst.",
    # probe rows, half A (dev30t41 k02, k03, k12, k06, c27)
    "The elk began to avoid the open valleys where they were easily hunted, and the young trees there finally had a "
    "chance to grow.",
    "The elk, now hunted again, avoided open valleys where they could be easily caught, and the young trees there "
    "began to recover.",
    "Although the temperature at sowing was unusually high for peas, germination is uniform and the young plants are "
    "healthy and vigorous.",
    "Every afternoon, they dug the soil, planted seeds, and watered the young plants.",
    "Deficiency symptoms appear on the old leaves for mobile nutrients (N, P, K, Mg), which the plant moves to its "
    "young leaves, and on the young leaves for immobile iron.",
    # other surface forms of the same construction
    "She also redrew the tying rota with the vineyard manager, so the youthful shoots were on the wires.",
    "She met the manager and young vines were on the wires.",
    "She brought the young seedlings in before the frost.",
]

BIASED = [
    # probe rows, half A (dev30t41 l01, l02, l05)
    ("We're looking for a rockstar developer to join our young and dynamic team.",
     [("rockstar", "gender_coded.bro_jargon", "gender_coded"), ("young", "age.young", "age")]),
    ("At Plan My Admission, we are a young and dynamic team dedicated to revolutionizing overseas education through "
     "artificial intelligence and cutting-edge technology.",
     [("young and dynamic team dedicated to revolutionizing overseas education through artificial intelligence",
       "age.young", "age")]),
    ("With our young and dynamic team we develop accurate and innovative solutions for these needs.",
     [("young and dynamic team we develop accurate and innovative solutions for these needs", "age.young", "age")]),
    # the person's age next to the plants' keeps its flag, and only the person's
    ("Tom is young and keen, so the young vines are his.", [("young and keen", "age.young", "age")]),
]


@pytest.mark.parametrize("text", CLEAN)
def test_age_said_of_a_plant_clean(text: str) -> None:
    assert flag_triples(text) == []


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_age_said_of_people_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


def test_only_the_persons_young_is_flagged() -> None:
    text = "He is young, so I kept him on the young vines."
    assert [(f.start, f.end, f.rule) for f in check_bias(text).flags] == [(6, 11, "age.young")]


def test_plant_nouns_hold_plants_not_person_senses() -> None:
    nouns = plant_nouns()
    assert {"tree", "shoot", "vine", "seedling", "leaf", "leaves", "sapling"} <= nouns
    assert not {"peach", "grass", "plant", "person", "team"} & nouns  # a person sense ('a peach', 'a grass'), artifact
