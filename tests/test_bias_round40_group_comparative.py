"""Round 40 (issue 12, bias recall: biasgen40): a trait put on the person through their gender group by a comparative
clause of similarity whose subject is the sex as a class and whose predicate is only a pro-form ("She has a good eye
for colour, as women do", dev29's tune miss; evals/probes/round40/biasgen40.jsonl, README.biasgen40.md).
Rule gender_coded.group_comparative, read by analyzers/bias/comparative.py: the pro-form closes the clause, no 'as'
of an equative of degree before it, no sex named as a class before it, 'boys'/'girls' not set against an age, and
the nearest person before it someone the text is about (not the writer, not a thing).

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

RULE = ("gender_coded.group_comparative", "gender_coded")

BIASED = [
    ("She has a good eye for colour, as women do, but she rushes the sanding.", [("as women do", *RULE)]),
    ("He will fight it, as men do.", [("as men do", *RULE)]),
    ("She is emotional and sensitive, as women naturally are.",
     [("emotional", "gender_coded.emotional", "gender_coded"), ("as women naturally are", *RULE)]),
    ("But Celeste knew, as women often do, that beneath the perfect surface, everything was about to fall apart.",
     [("as women often do", *RULE)]),
    ("He keeps it spare as guys do -- all Ikea stuff, and all the same fake wood.", [("as guys do", *RULE)]),
    ("You can hold sensitive and interesting conversations just like women do, and prefer cozy, atmospheric spots "
     "for dates.", [("like women do", *RULE)]),
    ("The nurse was caring, as women typically are.", [("as women typically are", *RULE)]),
    ("Priya keeps the stock room tidy, as girls do.", [("as girls do", *RULE)]),
]

CLEAN = [
    # an equative of degree, two groups compared
    "Men like to feel special just as much as women do.",
    "She ran the relay as fast as men do.",
    "Women must learn to play the game as men do.",
    "Emilia argues that women feel, think, and desire just as men do.",
    "Of course, many women who start their own businesses fail, just as men often do.",
    # a thing compared; the clause goes on (a sport's results)
    "Older cities grow crookedly, as men do.",
    "She ran the 100 m in 11.2 seconds, as women do in the final heats.",
]

# look-alikes that keep an older rule's flag and get no group_comparative flag
OTHER_RULES = [
    ("Boys need dolls as much as girls do.",
     [("Boys", "gendered_language.girl_for_adult", "gendered_language"),
      ("girls", "gendered_language.girl_for_adult", "gendered_language")]),
    ("We were chatting, as girls do, about dates.",
     [("girls", "gendered_language.girl_for_adult", "gendered_language")]),
    ("Fashion reflects a mix of elegance and practicality, as women don tailored dresses suitable for both social "
     "gatherings.", [("tailored dresses", "appearance.clothing_remarks", "appearance")]),
    ("Levin suddenly blushed, but not as grown-up people blush - slightly, unaware of it themselves - but as boys "
     "do, feeling that their bashfulness makes them ridiculous.",
     [("boys", "gendered_language.girl_for_adult", "gendered_language")]),
    ("The Hand came with armed men to take the young king and queen in hand, as men do who have decided a boy "
     "cannot mean what he says.", [("boy", "gendered_language.girl_for_adult", "gendered_language")]),
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_group_comparative_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_group_comparative_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []


@pytest.mark.parametrize(("text", "expected"), OTHER_RULES)
def test_group_comparative_look_alikes_keep_older_flags_only(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected
