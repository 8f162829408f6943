"""Biased terms missed across the tune halves, by linguistic form (scripts/bias_round27_probe.py).

Age told as a retirement expectation of a person (a modal of obligation after a name or he/she:
age.retirement_expected; "about time he retired": age.retirement_due) or as the first of two coordinated modifiers
of a trait noun ("a young, hungry attitude": analyzers/bias: _Checker._coordinated_modifier_of_person); orientation by
innuendo or intrusive question (sexual_orientation.private_life_innuendo) and others' foreseen disapproval of a
same-sex partner (sexual_orientation.same_sex_partner, its needs_after); parental leave told as a holiday
(family_status.leave_as_holiday) and pregnancy by euphemism (family_status.pregnancy_euphemism); a trait put on a
person through a nationality group (race_ethnicity.group_generalisation with {nationality_plurals}); grooming told
as a condition of the person (appearance.grooming_condition); a mental-health slur as a simile
(disability.slur_simile); communal praise of a person (gender_coded.communal_praise); a workforce's spouses
assumed to be wives (gendered_language.assumed_spouses). Look-alikes (a thing retired, a retirement told as a
fact, coordinated modifiers of a thing, negotiations behind closed doors, a whether-question about a thing, leave
told plainly, the nationality of customers, a report that would look better, a simile with no slur, nurturing
leads) stay clean. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frankly, Doreen should have retired by now. She still closes more cases than anyone on the floor.",
         [("age.retirement_expected", "have retired")]),
        ("Stan ought to be thinking about retirement, not the supervisor course.",
         [("age.retirement_expected", "be thinking about retirement")]),
        ("It is high time she retired and left the till to the students.",
         [("age.retirement_due", "high time she retired")]),
        ("He has a young and restless energy that suits the night market.",
         [("age.young", "young and restless energy that suits the night market")]),
        ("The porters keep asking whether he has a boyfriend, and he eats lunch alone now.",
         [("sexual_orientation.private_life_innuendo", "whether he has a boyfriend")]),
        ("What he does in his private life is for him, but people talk, and his route times are fine.",
         [("sexual_orientation.private_life_innuendo", "What he does in his private life")]),
        ("Her paternity leave was basically a beach holiday, judging by the photos.",
         [("family_status.leave_as_holiday", "beach holiday")]),
        ("I did not think she would manage the stocktake in her condition, but she counted every aisle.",
         [("family_status.pregnancy_euphemism", "in her condition")]),
        ("Like most Romanians on the site, he is strong but slow with the paperwork.",
         [("race_ethnicity.group_generalisation", "Like most Romanians")]),
        ("She would sell more if she wore a bit of makeup at the counter.",
         [("appearance.grooming_condition", "if she wore a bit of makeup")]),
        ("He tackled the backlog like a madman all week.",
         [("disability.slur_simile", "like a madman")]),
        ("She is incredibly nurturing with the apprentices.",
         [("gender_coded.communal_praise", "nurturing")]),
        ("We thank the firefighters and their wives for the open day.",
         [("gendered_language.assumed_spouses", "their wives")]),
        ("Jo is open about her wife, which some of the clients might not like.",
         [("sexual_orientation.same_sex_partner", "her wife, which some of the clients might not like")]),
    ],
)
def test_recall_forms_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fax server should have been retired years ago, and Rosa finally moved its numbers to email.",
        "We should retire the old rota template; Dev has a better one.",
        "Ken retired in May, and his successor has already cleared the backlog.",
        "It is a young, fast-moving category, and Zara doubled our share in it.",
        "The talks were held behind closed doors, and Lee briefed the crew every night.",
        "She asked whether the supplier has a returns policy before signing.",
        "His paternity leave starts in June, and the cover plan is on the team drive.",
        "The trailer came back in good condition, and Ola logged it the same day.",
        "Most of our Brazilian customers pay by card, so Tiago set up the new reader.",
        "As most Canadians know, the store closes on Boxing Day; Liam planned the rota around it.",
        "The slides would look better if they had fewer bullet points.",
        "He drives the reach truck like a pro and has had no damage this year.",
        "The sales team is nurturing leads from the spring fair.",
        "We thank the firefighters and their families for the open day.",
        "Her wife may not like the commute, so Jo asked for remote Fridays.",
    ],
)
def test_recall_look_alikes_clean(text: str) -> None:
    assert flags(text) == []


def test_round27_probe_figures() -> None:
    probe = load_script("scripts/bias_round27_probe.py")
    figures = probe.figures()
    for name in ("AG", "SO", "FS", "RG", "AP", "DS", "GC", "CP"):
        right, rows, _ = figures[name]
        assert right == rows, name
    for name in ("NA", "NF", "NR", "NP", "ND", "NG"):
        assert figures[name][0] == figures[name][1], name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between us, Len is a bit past it for the night shift.", [("age.past_it", "past it")]),
        ("Since the move he has let himself go, and the regulars have noticed.",
         [("appearance.body_remarks", "let himself go")]),
    ],
)
def test_round27b_forms_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The cut-off was Friday and we are well past it now.",
        "She let herself go on the dance floor at the leaving party.",
    ],
)
def test_round27b_look_alikes_clean(text: str) -> None:
    assert flags(text) == []


def test_round27b_probe_figures() -> None:
    probe = load_script("scripts/bias_round27b_probe.py")
    assert probe.figures() == {
        "EA": (4, 4, 1), "OS": (3, 3, 0), "GA": (3, 3, 0), "PA": (2, 2, 0), "NE": (3, 3, 0), "NO": (6, 6, 0),
    }
