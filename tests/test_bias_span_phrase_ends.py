"""A widened flag ends on a whole phrase (analyzers/bias: _phrase_end, _head_end, _opens_complement).

A span cut back to its judgement predicate never ends on a determiner, preposition, possessive, auxiliary or
adverb: such a word takes the phrase it opens up to its head ("probably beyond him", "wants the promotion"), or
the span backs off to its last content word; a hyphenated word is one word ("on-call"); whether a flag is widened
at all is decided on its whole judging clauses, so trimming never widens a flag that stayed a single term.
Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from assistant.analyzers.bias.doc import _Doc
from assistant.analyzers.bias.extents import _phrase_end


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb takes its predicate: the judgement word and the phrase it heads are kept
        ("He uses a wheelchair, so the warehouse tours are probably beyond him.",
         [("disability.health_mention", "wheelchair, so the warehouse tours are probably beyond him")]),
        ("She has a cane, so site visits are probably beyond her now.",
         [("disability.health_mention", "cane, so site visits are probably beyond her")]),
        ("He is 63, and he is probably past it for the field team.",
         [("age.stated_age", "63, and he is probably past it")]),
        ("Maria is pregnant, so she is probably too tired for the night rota.",
         [("family_status.pregnancy", "pregnant, so she is probably too tired")]),
        # a hyphenated head noun is not cut at its preposition-like first part
        ("She is pregnant, so she will not be able to handle emergency on-call shifts.",
         [("family_status.pregnancy", "pregnant, so she will not be able to handle emergency on-call shifts")]),
        # a determiner's noun phrase is kept whole, its complement left out
        ("She is pregnant, and I doubt she still wants the promotion for the Leeds office.",
         [("family_status.pregnancy", "pregnant, and I doubt she still wants the promotion")]),
        # a pronoun object stays before its complement
        ("She is pregnant again, so we have not enrolled her in the supervisor training.",
         [("family_status.pregnancy", "pregnant again, so we have not enrolled her")]),
        # look-alikes that do not change
        ("Bill is 67, and I doubt he has the stamina for the night shift.",
         [("age.stated_age", "67, and I doubt he has the stamina")]),
        ("He is 64, so he should retire and hand the office to someone younger.",
         [("age.stated_age", "64, so he should retire and hand the office to someone younger")]),
        # a flag its whole judging clauses could not widen (another flag in them) stays the term
        ("She is young and will probably leave to start a family soon.",
         [("age.young", "young"), ("family_status.caregiving", "start a family")]),
    ],
)
def test_widened_flags_end_on_a_whole_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "end", "floor", "expected"),
    [
        ("I doubt she still wants the promotion badly", 5, 2, "i doubt she still wants the promotion"),
        ("I doubt she still wants the", 5, 2, "i doubt she still wants"),
        ("I doubt she still wants the for now", 5, 2, "i doubt she still wants"),
        ("at 70 he is probably past it now", 4, 4, "at 70 he is probably past it"),
        ("I doubt he is ready", 3, 1, "i doubt"),
        ("we have not enrolled her in the course", 4, 2, "we have not enrolled her"),
    ],
)
def test_a_cut_end_moves_to_a_whole_phrase(text: str, end: int, floor: int, expected: str) -> None:
    doc = _Doc(text)
    stop = _phrase_end(doc, end, len(doc.words) - 1, floor)
    assert " ".join(doc.words[:stop + 1]) == expected
