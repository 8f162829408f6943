"""Bias precision, round 36 (biasfp36): a characteristic mention whose holder is no one in particular.

A mention rule (age, family, health, faith) skips a generic sentence, one that speaks of people only as a kind
(analyzers/bias/generic.py, ``_generic_sentence``; Carlson 1977, Krifka et al. 1995). Three forms of generic
reference it did not know, found on fresh clean outside paragraphs (evals/probes/round36/biasfp36.README.md):

- a quantifier pronoun of people ("Not everyone goes into their retirement by choice"; everyone, everybody, anyone,
  anybody, nobody, no one, whoever: Quirk et al. 1985, 6.45-6.46): no one in particular, as 'every employee';
- a person noun the rules' own `people` list lacks, read from WordNet 3.0 (assistant/data/person_nouns.txt:
  firefighter, retiree, machinist), less the rules' own words, kin, sex-marked nouns and the people served;
- an indefinite inside a gerund or infinitive clause that is the sentence's subject ("Properly recognizing a
  firefighter entering retirement is important"): a kind of act, so the indefinite is non-specific, as under a
  modal (Huddleston & Pullum 2002, 5.8.4).

The characteristic restricting such a class stays flagged ("Anyone with young kids at home will struggle ...": a
stereotype sorts people by it, as "Employees with young children ..." does), now also with one modifier between the
restrictor and the characteristic's noun. A he/she in the sentence, or an indefinite a past-tense narrative tells of,
is someone in particular and keeps the flag. Each case asserts the whole list of flags; the clean sentences are from
the probes' outside paragraphs, the look-alikes are written for these tests."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.bias import PROBES, flagged_clean, flags, probe_items


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clean: no one in particular holds the characteristic
        ("Not everyone goes into their retirement by choice or when they envisioned doing so.", []),
        ("Properly recognizing a firefighter entering retirement is important for many reasons, but mainly it's the "
         "last opportunity to show your appreciation for their dedicated service.", []),
        ("Not everyone goes into their retirement by choice or when they envisioned doing so. Injuries or chronic "
         "physical limitations force people to quit before they've lost interest in their work. Your company may "
         "incentivize retiring earlier than the retiree intended to. Or workers choose to depart to care for a sick "
         "relative.", []),
        # kept: someone in particular
        ("Everyone knows she is pregnant, so I would not give her the launch.",
         [("family_status.pregnancy", "pregnant, so I would not give her the launch")]),
        ("Everyone on the crew knows he is close to retirement, so he should not lead the upgrade.",
         [("age.near_retirement", "close to retirement, so he should not lead the upgrade")]),
        ("Recognizing a nurse who is pregnant is important, but she should not lead the ward.",
         [("family_status.pregnancy", "pregnant is important, but she should not lead the ward")]),
        ("A machinist who retired in May was slow on the new lathe because of his age.",
         [("age.age_mention", "A machinist who retired in May was slow on the new lathe because of his age")]),
        # kept: the characteristic sorts the generic class
        ("Anyone with kids at home will struggle with the travel.",
         [("family_status.caregiving", "kids at home")]),
        ("Anyone with young kids at home will struggle with the travel this role needs.",
         [("family_status.caregiving", "kids at home")]),
        ("Employees with young kids at home will struggle with the travel this role needs.",
         [("family_status.caregiving", "kids at home")]),
        # a participle clause set off by a comma is an adjunct, not a generic subject
        ("Helping a customer with his pension forms, she retired the old binder.", []),
    ],
)
def test_generic_holder(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


ROUND36 = PROBES / "round36"


def _flagged(name: str) -> list[str]:
    return flagged_clean(ROUND36 / name)


def test_fresh_sets_as_committed() -> None:
    """Set 1 (fixes written on it) keeps 3 flagged paragraphs (two -man titles; s1-20's impersonal 'you'); the
    untouched set 2 kept 5 (README: a parent in a life's narrative, a patient's relative, ages told in a story); the
    patient's relative (s2-10) is cleared by biasfp36b's genitive check (test_bias_round36_own_retirement.py), the
    shop his father started (s2-08) by biasfp36c's parent acting in a family's history (test_bias_round36_life_story.py)."""
    assert _flagged("biasfp36_set1.jsonl") == ["bfp36-s1-04", "bfp36-s1-05", "bfp36-s1-20"]
    assert _flagged("biasfp36_set2.jsonl") == ["bfp36-s2-07", "bfp36-s2-18", "bfp36-s2-19"]


def test_reach_probe() -> None:
    """Clean generic sentences gathered after the fix: 5 flagged on the base, 3 after; the two real biased comments
    stay flagged."""
    assert _flagged("biasfp36_reach.jsonl") == ["bfp36-r05", "bfp36-r06", "bfp36-r12"]
    biased = [item for item in probe_items(ROUND36 / "biasfp36_reach.jsonl") if item["clean"] is False]
    assert len(biased) == 2 and all(check_bias(item["text"]).flags for item in biased)
