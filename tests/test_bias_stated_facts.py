"""Stated ages and background similarity judged; observances told as scheduling (scripts/bias_round26_probe.py).

A rule with ``span: judgement`` states a fact (an age: age.stated_age, age.explicit_age_opening, age.explicit_age,
age.year_old; a similarity to the writer: affinity.same_background, affinity.shared_background) and its flag
runs over the judgement drawn from it in its sentence (analyzers/bias: _remark_extent, _widen_remark), taking in flags
of the same category there. A stated age may follow a person's name ('<person> is' in needs_before) and be
written in words ('nearly seventy'). A similarity said of a served person is no flag (_similarity_not_writers);
one of the writer with the person is flagged with or without a rating drawn (tests/test_bias_shared_background.py);
a stated age in a sentence that judges only by a word of valence is none
(_age_only_praised). An observance told as the reason or occasion of an arrangement of working time, with no
judgement drawn, is no flag (_Checker._scheduled). Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stated age after a name, in digits or in words, widened over the judgement
        ("Bill is 67, and I doubt he has the stamina for a second site.",
         [("age.stated_age", "67, and I doubt he has the stamina")]),
        ("Irene is 63 and should hand the key accounts to someone with more years ahead of them.",
         [("age.stated_age", "63 and should hand the key accounts")]),
        ("Given that she is almost seventy, Margaret is not the person to front the digital campaign.",
         [("age.stated_age", "seventy, Margaret is not the person to front the digital campaign")]),
        # the age's own clause judges: the flag runs over it and the judging clauses after it, one remark
        ("At 61, Malcolm is too set in his ways for the new planning tool, and I would not put him on the pilot.",
         [("age.explicit_age_opening",
           "At 61, Malcolm is too set in his ways for the new planning tool, and I would not put him on the pilot")]),
        ("He is 24 and still acts like a kid on the phones, so he is too young for the practice manager track.",
         [("age.stated_age", "24 and still acts like a kid on the phones, so he is too young")]),
        # a plain fact of a narrative, or a number that is no age: no flag
        ("Derek turned 62 in March and celebrated with the team at the depot barbecue.", []),
        ("Her score is 67, and I doubt the audit will pass.", []),
        ("Mr Patel is 84 and too frail to climb the stairs, so Nora arranged a ground-floor room.", []),
        # similarity to the writer given as the grounds of a rating: similarity + consequence
        ("Olivia grew up in my hometown, so I trust her numbers without checking them.",
         [("affinity.shared_background", "grew up in my hometown, so I trust her numbers")]),
        ("Kate grew up in the same town as me, which is why I put her forward for the award.",
         [("affinity.same_background", "the same town as me, which is why I put her forward for the award")]),
        ("Ben supports the same football club as me, so I gave him the benefit of the doubt on the missed deadlines.",
         [("affinity.same_background",
           "the same football club as me, so I gave him the benefit of the doubt on the missed deadlines")]),
        ("He plays golf at my club and thinks the way I do, and I am confident he is the right choice for team lead.",
         [("affinity.same_background",
           "plays golf at my club and thinks the way I do, and I am confident")]),
        # no consequence drawn: the similarity stays flagged as it is
        ("A real culture add who went to Purdue like half of us.", [("affinity.same_background", "like half of us")]),
        ("Ollie is one of us, and that shows in how he works.", [("affinity.like_me", "is one of us")]),
        # said of a served person: no flag
        ("The customer grew up in my hometown, so I asked about the new bypass before we went through the invoice.", []),
        ("Our new client went to the same university as me, so I booked the meeting room near the alumni office.", []),
        # the writer's with the person, a consequence that rates nothing: the similarity flagged as it is
        ("Lena and I grew up in the same town, so we share the drive to the depot on Mondays.",
         [("affinity.shared_background", "and I grew up in the same town")]),
        # an observance told as a scheduling reason: no flag
        ("Daniel swapped his Saturday shifts to Sundays because of his Sabbath, and the rota is covered.", []),
        ("Farah is off on Eid as agreed, and Luke is covering the front desk.", []),
        ("Sara has the afternoon of Good Friday off for church, as agreed with the store manager.", []),
        ("Noah swapped his Friday late shift with Grace because of Shabbat, and the desk stayed covered.", []),
        # the same observance judged, conceded or blamed for a cost: flagged
        ("Bryn is a regular churchgoer and refuses Sunday shifts.",
         [("religion.observance", "churchgoer and refuses Sunday shifts")]),
        ("Your daily prayers keep pulling you off the floor at busy times, though.",
         [("religion.observance", "daily prayers")]),
        ("A few parents asked about his religious head covering at first, but they soon came round.",
         [("religion.identity", "religious")]),
    ],
)
def test_stated_fact_remarks(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_round26_probe_figures() -> None:
    probe = load_script("scripts/bias_round26_probe.py")
    assert probe.figures() == {
        "AJ": (13, 13, 0), "SJ": (10, 10, 0), "NO": (8, 8, 0), "NC": (4, 4, 0), "NA": (4, 4, 0),
        "CA": (6, 6, 0), "CS": (4, 4, 0), "CN": (6, 6, 0), "RB": (2, 2, 0),
    }
