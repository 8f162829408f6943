"""Bias round 9: classes from outside lexicons, each probe asserting the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias


def flags(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.category, f.rule) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mei is a sweet and lovely colleague whom the whole office adored.",
            [("sweet", "gender_coded", "gender_coded.letter_praise"),
             ("lovely", "gender_coded", "gender_coded.letter_praise")],
        ),
        ("Tom is very motherly with the new hires.", [("motherly", "gender_coded", "gender_coded.letter_praise")]),
        # the adjective of a flagged noun is part of that flag's remark
        ("She is a sweet girl who answers every ticket.", [("girl", "gendered_language", "gendered_language.girl_for_adult")]),
        ("He has a sweet tooth and brings donuts on Fridays.", []),
        ("She gave a lovely presentation on the new API.", []),
        ("We negotiated a sweet deal with the vendor.", []),
        ("Maternal leave starts in May under the policy.", []),
    ],
)
def test_communal_letter_praise_describing_a_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected
