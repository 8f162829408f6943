"""Round 24 bias (scripts/bias_round24_probe.py): who a mention is about, and characteristic nouns no rule had.

A characteristic mention (BiasRule.kind ``mention``) is about someone other than the person evaluated
(_Checker._another_person) when it modifies a person noun in object or oblique position opened by a
determiner or another's possessive ("sat with the frail old woman"), or when its clause's subject is another
person ("so that a colleague can keep the Sabbath", "the resident's daughter, who is deaf"). A phrase
predicated of the person, a yardstick ("for a non-native speaker"), a requirement ("we need a native English
speaker"), a label given to the person ("called him the old guy") and a choice against the person ("instead of
Ruth") stay the person's. New mention rules: medical treatments (disability.treatment_mention), pensioner
(age.pensioner), facial piercings (appearance.facial_piercing); appearance compliments (appearance.suits_person,
more looks_adjectives). Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # about someone else: a third party in object position, another's subject, a relative clause
        ("Mia sat with the frail old woman in bed 4 through the night and kept her family updated.", []),
        ("She also covers Saturday mornings so that a colleague can keep the Sabbath.", []),
        ("Her colleague's father is on dialysis, so Priya swapped rotas with him for the month.", []),
        ("The resident's daughter, who is deaf, prefers email, so Jade sends her the weekly update in writing.",
         []),
        ("He encourages the younger players on the squad and applies feedback well.", []),
        # inside a capitalised name or title
        ("Appointed Lead - Maternity and Family Services in March, Kerry rewrote the triage pathway.", []),
        ("Omar ran the Diwali Food Drive again this year and collected 900 kg for the food bank.", []),
        # still the person's: a choice against them, a label given them, a requirement, a yardstick
        ("Give the project to one of the younger engineers instead of Ruth.",
         [("age.age_phrases", "younger engineers")]),
        ('In the debrief she called him "the old guy who can\'t keep up".', [("age.old_person", "old")]),
        ("We need a native English speaker for the support desk.",
         [("race_ethnicity.native_speaker", "native English speaker")]),
        ("Her written English is good for a non-native speaker.",
         [("race_ethnicity.non_native_speaker", "non-native speaker")]),
        # new characteristic nouns, judged
        ("With his dialysis three times a week, I doubt he can handle the regional role.",
         [("disability.treatment_mention", "dialysis three times a week, I doubt he can handle the regional role")]),
        ("Her radiotherapy has made her unreliable; she misses half the stand-ups.",
         [("disability.treatment_mention", "radiotherapy")]),
        ("After the chemotherapy she just doesn't have the stamina for a client-facing role.",
         [("disability.treatment_mention", "chemotherapy")]),
        ("He's basically a pensioner now, so he can't keep up with the new tools.",
         [("age.pensioner", "pensioner now, so he can't keep up with the new tools")]),
        ("Her nose ring is not the look we want on the front desk.", [("appearance.facial_piercing", "nose ring")]),
        # appearance compliments predicated of the person
        ("That colour really suits her; she should wear it for the board presentation.",
         [("appearance.suits_person", "colour really suits her")]),
        ("She's always beautifully turned out at the front desk.",
         [("appearance.suits_person", "beautifully turned out")]),
        ("He looks so smart these days, a real improvement.", [("appearance.looks_predicated", "smart")]),
        ("Jo always looks effortlessly elegant, even on night shifts.",
         [("appearance.looks_predicated", "elegant")]),
        # the new words in a neutral sense
        ("Sunita manages the dialysis unit's night shift and cut missed sessions by 20%.", []),
        ("She helps pensioners with benefit claims every Tuesday and closed 48 cases this quarter.", []),
        ("That approach suits her team well; they hit every milestone.", []),
        ("The new colour scheme suits the brand, and Lena delivered it a week early.", []),
        ("The report looks polished and the figures reconcile.", []),
    ],
)
def test_round24_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_probe_figures() -> None:
    probe = load_script("scripts/bias_round24_probe.py")
    assert probe.figures() == {
        "T3": (14, 15), "TT": (10, 10), "TL": (5, 5), "JN": (17, 20), "JP": (10, 10), "NN": (10, 10),
        "CT": (10, 10), "CK": (9, 10), "TV": (5, 8), "JV": (5, 5),
    }
