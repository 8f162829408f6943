"""Bias precision, round 36 last pass (biasfp36f): a condition word inside an organisation's name that ends in a place.

A capitalised characteristic word in a title-case run that goes on past it and ends in a place name names an
organisation by its cause and the place it serves ("Autism Delaware's adult services program", "Alzheimer's
Texas"), as a run ending in a name head ("the Autism Society", ``holders._in_name``) already did. The place words
are the gazetteer's (assistant/data/places.txt, Faker's English address providers) that are no common English word
("Delaware", "Carolina"; not "Central", "North"), and the run must not be followed by a person noun ("Deaf Texas
workers" names people). ``holders._place_name_end``. Probe: evals/probes/round36/biasfp36f.README.md.

Each case asserts the whole list of flags. The clean sentences are the probe's outside paragraphs (trimmed); the
biased look-alikes were written for these tests and keep the flags they had on the base (main 4b72c7c)."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clean: the organisation's name (Cape Gazette 2014; Delaware State News 2020)
        ("\"Christiana Care has been a longtime community partner with Autism Delaware's adult services program, "
         "Productive Opportunities for Work and Recreation,\" notes Teresa Avery, Autism Delaware's executive "
         "director.", []),
        ("Crothall Healthcare at Nemours Children's Health System in Wilmington received the award by working "
         "closely with Autism Delaware's support professionals.", []),
        ("He has Autism Delaware's support, and his filing is always complete.", []),
        ("She volunteers for Alzheimer's Texas and closed 40 cases this year.", []),
        # biased look-alikes: the condition is the person's (or a relative's) and the judgement rests on it; kept
        ("Her husband has Autism, so she leaves early.",
         [("family_status.relative_health", "Autism, so she leaves early")]),
        ("Her son has autism, so she cannot travel to Delaware for the audit.",
         [("family_status.relative_health", "autism, so she cannot travel")]),
        ("With her Alzheimer's, Texas is too far for her to drive.",
         [("disability.condition_mention", "Alzheimer's, Texas is too far")]),
        ("He has Parkinson's Disease, so we kept him off the Ohio account.",
         [("disability.condition_mention", "Parkinson's")]),
        ("Since her Depression, Ohio sales have dropped under her.",
         [("disability.condition_mention", "Depression, Ohio sales have dropped")]),
        # a group generalisation whose predicate ends in a place (biasreal36b brb36-b28, Guessous v. Fairview): kept
        ("Why do Muslims hate America?", [("religion.group_generic", "Muslims hate")]),
    ],
)
def test_place_named_organisation(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected
