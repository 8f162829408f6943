"""Round 35 (issue 12, bias recall): an origin word of the sourced lists (vocabulary `nationality_adjectives`, now
the sovereign states of Wikipedia's list of adjectival and demonymic forms, and `ethnicities`) as the yardstick of a
trait ("very cultured for a Mexican-American kid": race_ethnicity.origin_yardstick), as its ground ("As a Filipina
she is naturally deferential": race_ethnicity.ethnicity_predicated) or as a lineage ("the stubbornness of her
Norwegian stock": race_ethnicity.origin_lineage). Look-alikes from the round's probe
(evals/probes/round35/biasrec35_origin_yardstick.jsonl, outside text with its source); whole results asserted.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias


def _flags(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.rule, f.category) for f in check_bias(text).flags]


BIASED = [
    ("He is very cultured for a Mexican-American kid.",
     [("for a Mexican-American", "race_ethnicity.origin_yardstick", "race_ethnicity")]),
    ("She is surprisingly polite for a Nigerian.",
     [("for a Nigerian", "race_ethnicity.origin_yardstick", "race_ethnicity")]),
    ("As a Filipina she is naturally deferential to the judges.",
     [("As a Filipina", "race_ethnicity.ethnicity_predicated", "race_ethnicity")]),
    ("As a Norwegian, he is obviously at home on the ice.",
     [("As a Norwegian", "race_ethnicity.ethnicity_predicated", "race_ethnicity")]),
    ("She has the stubbornness of her Norwegian stock.",
     [("her Norwegian stock", "race_ethnicity.origin_lineage", "race_ethnicity")]),
    ("He has his Irish blood to thank for that temper.",
     [("his Irish blood", "race_ethnicity.origin_lineage", "race_ethnicity")]),
]

CLEAN = [
    # whom or what the work is for (probe rows l01 to l10)
    "The US leg has no lane on file for a Mexican carrier.",
    "Ozark follows financial planner Marty Byrde as he relocates his family to the Ozarks, laundering money for a "
    "Mexican drug cartel with dire consequences.",
    "I'm looking for a Mexican restaurant in the center of town",
    "The website carento-laravel is a single-language car dealership website built for a Mexican client.",
    "The product should demo well for a Nigerian retail/distribution-style SME because that shape naturally supports "
    "inventory movement.",
    "She works very hard for a Polish company.",
    "She cooked for a Mexican family of six.",
    # a compound of the lineage noun, a market
    "A Macedonian military deserter and his Italian blood-brother are searching for a dead grandmother wrapped up in "
    "a stolen carpet, all over the Balkans criminal underworld.",
    "She follows the Norwegian stock exchange for the pension fund.",
    # an origin told as a fact or a point of view (f01 to f07)
    "As a Filipina I always felt out of place in mainstream comps. Here I belong.",
    "As a Filipina womxn, Rebecca is committed to shifting the spiritual paradigm within the wellness industry.",
    "Bror, as a Norwegian, is comfortable with this notation too, so I didn't change it.",
    "The point of course being that for me as a Norwegian, the following password is quite easy to remember, since "
    "it's a Norwegian sentence.",
    "As a Polish speaker she took the Gdansk calls.",
    "She is Swiss and speaks four languages.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_origin_as_yardstick_ground_or_lineage_is_flagged(text: str, expected: list) -> None:
    assert _flags(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_origin_words_for_whom_the_work_is_or_told_as_fact_stay_clean(text: str) -> None:
    assert _flags(text) == []
