"""Round 38 (issue 12, bias precision: biasfp38): a characteristic stated as a fact, where what the sentence asserts
or rates is predicated of something other than the person (evals/probes/round38/biasfp38.jsonl, its README):

- a made or physical thing (WordNet 3.0 noun.artifact and the other physical lexicographer files:
  assistant/data/kind_thing_nouns.txt, artifact_nouns.txt) in a noun phrase opened by a determiner and owned by
  no person, followed at once or after a restrictive 'that'/'which' by a modal, a form of 'be' or a word of
  judgement: that predicate is the thing's ("ordered him a helmet that fits over his patka", "the helmet would be
  ... designed to be worn over a Sikh soldier's under-turban cloth"), not a judgement of the person
  (``_ThingChecks._said_of_thing``);
- 'so that' before a subject is the conjunction of purpose, not a relative or a pronoun that takes the
  characteristic up ("so that she can collect them from school").

A predicate that rates the thing down (resentment of an accommodation), the person as the object of the thing's
predicate, a degree or a yardstick on the person, the garment that is the characteristic itself, and a new subject's
clause keep their flags. Whole results asserted.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

CLEAN = [
    # the dev27 tune paragraphs' sentences (dev27-bias-025, dev27-bias-034)
    "She is a single mother of two, and at her request her hours run from eight to three so that she can collect "
    "them from school.",
    "He is a Sikh, and at his request the school ordered him a helmet that fits over his patka.",
    # probe rows (biasfp38 c03, c04)
    "Produced by Kanpur-based MKU, the helmet would be the first of its kind to be designed to be worn over a Sikh "
    "soldier's under-turban cloth.",
    "Designed specifically for our Sikh heroes - The Veer Helmet can be worn comfortably over their under-turban "
    "cloth, giving Sikh soldiers an added layer of safety.",
    # other surface forms of the same construction
    "He is deaf, and the agency bought a captioned phone that shows every word of his calls.",
    "He has diabetes, and the fridge that holds his insulin is in the staff room.",
]

BIASED = [
    ("She is pregnant, and the harness would not fit her, so she cannot climb the mast this season.",
     [("pregnant, and the harness would not fit her", "family_status.pregnancy", "family_status")]),
    ("He is a Sikh, and the helmet rule makes him a safety risk on the site.",
     [("He is a Sikh, and the helmet rule makes him a safety risk", "religion.faith_label", "religion")]),
    ("She uses a wheelchair, and the new desk is too low for her to be useful at the counter.",
     [("wheelchair, and the new desk is too low for her to be useful", "disability.health_mention", "disability")]),
    ("Her hijab would conflict with the image we want at the front desk.",
     [("hijab", "religion.observance", "religion")]),
    ("He wears a turban, which looks unprofessional to our clients.",
     [("turban, which looks unprofessional", "religion.observance", "religion")]),
    ("He is a Sikh, and the helmet does not fit over his turban, so he is no use on the scaffold.",
     [("He is a Sikh", "religion.faith_label", "religion"), ("turban", "religion.observance", "religion")]),
    ("She is a single mother of two, so she can never stay late when the deadline slips.",
     [("single mother of two, so she can never stay late", "family_status.parent_labels", "family_status")]),
    ("She is a single mother, so that probably explains why she rushes out at five.",
     [("single mother, so that probably explains", "family_status.parent_labels", "family_status")]),
    # the accommodation rated down: resentment of it stays a judgement tied to the characteristic
    ("He is deaf, and the captioned phone slows the whole desk down.",
     [("deaf, and the captioned phone slows the whole desk down", "disability.status_mention", "disability")]),
    ("He is a Sikh, and the helmet that fits over his patka looks ridiculous.",
     [("He is a Sikh, and the helmet that fits over his patka looks ridiculous", "religion.faith_label",
       "religion")]),
    ("He is Muslim, and the prayer room was a bad idea.",
     [("He is Muslim, and the prayer room was a bad idea", "religion.faith_label", "religion")]),
]


@pytest.mark.parametrize("text", CLEAN)
def test_thing_predicate_and_purpose_clean(text: str) -> None:
    assert flag_triples(text) == []


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_person_judged_look_alikes_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected
