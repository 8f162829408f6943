"""Round 41 (issue 12, bias recall: agerec41): an age word specifying the person the writer wants or seeks
(evals/probes/round41/agerec41.jsonl, its README).

An attributive age word modifies the head of its noun phrase (Quirk et al. 1985, 17.3); when that head names a person
(rules `people`, WordNet 3.0 noun.person) and the noun phrase is the object of a verb of wanting or seeking
(vocabulary `seeking_verbs`) said by the writer, a fragment or an imperative, the age word is a preference by age
(ADEA, 29 U.S.C. 623(e)) and is flagged with no other judgement near it (``_WantedChecks._wanted_person``).

'young' of a company, a genitive's services, an animal, a thing, or others' recruiting told stays clean. Whole
results asserted, on probe rows of half A (agerec41 and dev30t41).
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

YOUNG = [("young", "age.young", "age")]

BIASED = [
    # agerec41 half A, class rows (c01, c02, c08, c12): missed at base
    ("We are looking for young adults passionate about human sexuality and improving the quality of the curricula "
     "their peers will be educated with.", YOUNG),
    ("Very good to make your acquaintance. $name. If you are a [new knight]. then let it be known. for I am seeking "
     "young knights of Deepwater.", YOUNG),
    ("Prefer young male candidate for heavy workload.", YOUNG),
    # found at base already (c06, c07, c12), kept
    ("I have been appointed by King Nathox to attend to this matter and hire young warriors who wish to [collect] "
     "pawn kills.", YOUNG),
    ("Hire young Vietnamese university students for up to 1 year while they study for the specified skills exam.",
     YOUNG),
    ("We are looking for a young motivated individual who wants to jump start their mechanical engineering career.",
     YOUNG),
    # dev30t41 half A (l08, l10, l12): missed at base
    ("Family-owned auto shop for 15 years. Looking for young helpers who want to learn about cars and customer "
     "service.", YOUNG),
    ("We're looking for young professionals passionate about electronics, electrical engineering and technology, "
     "ready to grow with us and build the solutions of tomorrow.", YOUNG),
    ("Looking for young, energetic programmers.", [("young, energetic programmers", "age.young", "age")]),
]

CLEAN = [
    # agerec41 half A, look-alikes clean at base and on the branch (l05, l12, l15, l18, l20)
    "A young company should have a board that is small but includes at least one investor and one independent "
    "director.",
    "Wide range of confidential services including STI testing and treatment, contraception, pregnancy testing, PEP "
    "and specialist young people's services.",
    "Cadbury Dairy Milk will launch new mint and peanut butter-flavoured Oreo bars this month, in a bid to recruit "
    "young adults to the tablets category.",
    "Are you looking for a young kitten?",
    "Prefer a young unused socket over a new dial.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_age_of_a_wanted_person_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_age_of_no_wanted_person_clean(text: str) -> None:
    assert flag_triples(text) == []

