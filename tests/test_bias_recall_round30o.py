"""Bias recall, round 30o (scripts/bias_round30o_probe.py): the misses earlier probes recorded, by form.

A disability in a predicate noun phrase or appositive ('She is a blind employee, so I doubt ...'); 'geriatric'
graded of the person's ways with what they apply to ('his approach to tooling is positively geriatric'); an age grade
made the frame of a comparison in the consequence drawn from it ('a recent college graduate, so she picks up new tools
faster than the rest'); an origin-coded word said of the person's things ('Lina's lunches are very ethnic') or of the
manner they bring ('brings an urban vibe'); the person's own assistive technology as grounds ('because she uses a
screen reader, I doubt ...'); a body-size label with an informal person noun ('a small lass'). Innocent senses stay
clean. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She is a blind employee, so I doubt she can run the site audits on her own.',
         [('disability.status_noun_phrase', 'blind employee, so I doubt she can run the site audits on her own')]),
        ('Being a wheelchair user, Dev is unlikely to cope with the site visits, so I kept him in the office.',
         [('disability.status_noun_phrase', 'wheelchair user, Dev is unlikely to cope with the site visits')]),
        ('Len knows the plant, but his approach to tooling is positively geriatric.',
         [('age.geriatric_verdict', 'positively geriatric')]),
        ('Sam is a recent college graduate, so she picks up new tools faster than the rest of the team.',
         [('age.age_mention', 'recent college graduate')]),
        ('Being a recent grad, Tia is more tech-savvy than the older clerks.',
         [('age.age_mention', 'recent grad')]),
        ("Lina's lunches are very ethnic and the smell carries across the open-plan office.",
         [('race_ethnicity.exotic', 'very ethnic')]),
        ('Jay brings an urban energy to the sales floor that older clients do not warm to.',
         [('race_ethnicity.urban_code_word', 'urban energy')]),
        ('Because she uses a screen reader, I doubt she could handle the live client demos.',
         [('disability.health_mention', 'uses a screen reader, I doubt she could handle the live client demos')]),
        ('Her braille display slows her down, so I would not put her on the live chat rota.',
         [('disability.health_mention', 'Her braille display')]),
        ('Eilidh is a small lass, so I doubt she could manage the stock room on her own.',
         [('appearance.looks_label', 'small')]),
    ],
)
def test_round30o_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'She trained a blind employee on the new booking system in two days.',
        'He is a wheelchair user and led the accessibility audit of all four sites.',
        'His approach to geriatric care plans is thorough and well documented.',
        'Sam is a recent college graduate and joined the audit team in June.',
        'As a recent hire, Ola picked up the ticket queue faster than I expected.',
        "Lina's team ran the ethnic minority staff network's launch event.",
        'The new branch brings an urban vibe to the high street, and footfall is up 12%.',
        'Kayla brings an urban planning background to the site selection work.',
        'She tested the booking portal with a screen reader and logged 14 accessibility bugs.',
        'Because she uses a screen reader, we bought a second licence for her home laptop.',
        "She wrote the guide to our app's screen reader support, and I doubt anyone else could have done it as well.",
        'He is a big fan of the new scanners and trained the whole shift on them.',
        "The big lads' five-a-side team raised 600 pounds for the hospice, and Kwame organised it.",
    ],
)
def test_round30o_look_alikes_stay_clean(text: str) -> None:
    assert flags(text) == []


def test_round30o_probe_figures() -> None:
    probe = load_script("scripts/bias_round30o_probe.py")
    assert probe.figures() == {
        "AP": (7, 8, 0), "APX": (8, 8, 0), "AG": (8, 8, 0), "AGX": (7, 8, 1), "ET": (8, 8, 3), "ETX": (8, 8, 0),
        "AT": (6, 6, 0), "ATX": (6, 6, 0), "BS": (4, 4, 1), "BSX": (4, 4, 0),
    }
