"""A characteristic in the person's own report or in a dated plan (scripts/bias_round28a_probe.py).

A family, health or faith mention inside what the person said, told, shared or asked (vocabulary
`reporting_verbs`, analyzers/bias: _Checker._own_report) is their disclosure or their request: no flag, unless the report
itself evaluates ("said that since the twins she can't focus") or the writer draws a judgement or a decision about
the person from it, in the same sentence (a judging word, a negation, the person as an object after the reported
clause) or the next (_tied_next, _decided_later). Someone else's report about the person, or the writer's own
clause between the verb and the mention, is not the person's report. A relative 'which' takes a characteristic
up only with 'her' as an object, not a possessive ("which is in her contract"). A 'will' whose clause names a date
or a stretch of time, with no negation, judgement cue or degree word, is the future of an arrangement, not a
prediction about the person: neither it nor a word of its clause ties the characteristic (_Checker._arranged,
_inert_cues). Each case asserts the whole list of flags.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias, load_rules
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


def categories(text: str) -> list[str]:
    return [f.category for f in check_bias(text).flags]


@pytest.mark.parametrize(
    "text",
    [
        # a disclosure with a request, relayed; the arrangement made for it
        "Irene told her lead she has ADHD and asked for tickets in writing. Her defect rate was the lowest in the unit.",
        "Tariq mentioned that he is epileptic and would rather stay off the van rota, so we swapped his route with Cal's.",
        # a caring duty or family event the person told, with their own plan
        "Mo explained that his father is in a care home now and that he visits on Sunday afternoons.",
        "Freya said that with a toddler at home she prefers the morning shift, and she has kept it since spring.",
        # an observance the person let the team know about
        "Samir let the team know he will be fasting for Ramadan and would skip the Thursday lunches this month.",
        # a relative with a possessive 'her' describes the arrangement
        "Noor observes the Sabbath and does not work Saturdays, which is in her contract. Her audits are thorough.",
    ],
)
def test_a_characteristic_in_the_persons_own_report_is_no_flag(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer decides about the person from the report
        ("Tariq mentioned that he is epileptic, so we keep him off the night rota.", ["disability"]),
        ("Freya said she is caring for her elderly parents, which means she is not promotable this year.",
         ["family_status"]),
        ("Dara mentioned she is fasting for Lent, which explains why her site visits slipped.", ["religion"]),
        # the report itself evaluates
        ("Irene told me that with her kids at home she struggles to focus on the audits.", ["family_status"]),
        # someone else reports about the person
        ("Her manager said she has ADHD, so I have kept her off the client calls.", ["disability"]),
    ],
)
def test_a_report_the_writer_judges_from_is_flagged(text: str, expected: list[str]) -> None:
    assert categories(text) == expected


def test_the_reporting_verbs_are_data() -> None:
    reporting = load_rules().vocabulary["reporting_verbs"]
    assert {"said", "told", "mentioned", "shared", "asked"} <= reporting
    assert "think" not in reporting  # a verdict, not a report


@pytest.mark.parametrize(
    "text",
    [
        # a plan told with its dates: 'will' of arrangement (analyzers/bias: _Checker._arranged)
        "Ravi starts paternity leave on 2 June and will be back in mid-August; Tess will chair the stand-ups until then.",
        "Maeve will begin radiotherapy in April and will work afternoons only for five weeks, as agreed with HR.",
        "Oren is expecting his second child in July and will hand the Leeds accounts to Pia in June.",
    ],
)
def test_a_plan_told_with_its_dates_is_no_flag(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'will' predicting about the person stays a cue, dates or not
        ("Maeve will begin radiotherapy in April, so she will probably not keep up with the month-end close.",
         ["disability"]),
        ("Oren is expecting his second child in July, and he will never be as available again.", ["family_status"]),
    ],
)
def test_a_prediction_with_will_is_flagged(text: str, expected: list[str]) -> None:
    assert categories(text) == expected


def test_round28a_probe_figures() -> None:
    probe = load_script("scripts/bias_round28a_probe.py")
    # round 33: RB false flags 1 -> 0, 'very devout, though, and probably would not fit in' is one religion remark
    # (analyzers/bias/extents.py _fit_verdict), no longer a separate affinity flag
    # round 36: DB 4/5 -> 5/5, "someone with a bad back" is read as a condition (disability.condition_mention's
    # informal impairment adjectives)
    assert probe.figures() == {
        "FB": (8, 10, 1), "AB": (2, 6, 1), "DB": (5, 5, 0), "RB": (3, 3, 0), "CB": (4, 4, 1),
        "NN": (10, 11, 1), "NC": (10, 10, 0), "NR": (12, 12, 0), "CP": (5, 6, 0), "CN": (8, 8, 0),
        "NX": (10, 10, 0), "XB": (4, 4, 2), "NF": (10, 10, 0), "BF": (1, 3, 1), "NP": (5, 5, 0), "BP": (1, 2, 0),
        "CA": (4, 4, 0), "CB2": (3, 3, 0), "CR": (7, 8, 0), "NS": (8, 8, 0), "NY": (4, 4, 0),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a partitive relative after a served noun holds the served people's condition (_partitive_antecedent)
        "Omar works patiently with the guests, a few of whom use walking frames, and every room check was on time.",
        "Lin is good with the students in her lab sections, most of whom are dyslexic, and all of them passed.",
        # 'the babies' in a care setting are the children in the person's charge
        "Bo covers the baby room at our nursery on Mondays. He settles the babies well, but his sleep logs were late.",
    ],
)
def test_the_people_served_hold_the_characteristic(text: str) -> None:
    assert flags(text) == []


def test_a_partitive_relative_of_the_team_is_not_the_people_served() -> None:
    text = "Lin is good with her colleagues, most of whom are parents, but she is too emotional in meetings."
    assert categories(text) == ["gender_coded"]
