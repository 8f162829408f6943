"""Bias precision, round 36 fifth pass (biasfp36e): a disability, condition or identity stated as fact beside praise.

Three cue words that the mention rules read as a judgement in the characteristic's sentence are, by their grammar,
no judgement of the person (evals/probes/round36/biasfp36e.README.md, half 1: 3 of 16 clean paragraphs flagged on
the base, 0 after; biasfp36c's half-2 row h2-02 also cleared):

- 'lose/lost' with a body part, a sense, a relative or an organisation's own member as its object, held by a
  possessive or counted: a loss suffered (WordNet 3.0 lose.v.01 physical, lose.v.03 'suffer the loss of a person
  through death or removal'): "who lost his right arm while serving as an Army sergeant", "our police department
  lost its first female and openly lesbian officer in the line of duty". The body parts and senses are
  assistant/data/lost_body_nouns.txt (scripts/build_lost_body_nouns.py: WordNet 3.0 external_body_part.n.01 and
  sense_modality.n.01, and the NCDJ style guide's sight, vision, hearing); "lost the account", "lost his temper",
  "lost his biggest client" stay cues. ``judgement._loss_suffered``.
- the negator of an it-cleft 'It was not until X that Y' (Quirk et al. 1985, 18.25-18.27): a time focused, no
  expectation answered ("It wasn't until years later, at age 58, that Meckler learned he was dyslexic").
  ``judgement._not_until_cleft``.
- 'hard' inside the status name 'hard of hearing' (NCDJ): "six deaf and hard-of-hearing workers" is no 'hard'
  judgement of the deaf workers.

Each case asserts the whole list of flags. The clean sentences are the probe's outside paragraphs (trimmed); the
biased look-alikes were written for these tests and keep the flags they had on the base (main 719d9b5)."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import PROBES, flagged_clean, flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clean: a loss suffered (a body part, an organisation's member)
        ("Steven Clark, who lost his right arm while serving as an Army sergeant in Iraq, was honored for his "
         "service to the Pentagon's Military Severely Injured Center while Rocco Arizzi, who was born with spinal "
         "muscular atrophy and uses a wheelchair, was cited for his contributions to electrical engineering at the "
         "Naval Service Warfare Center in Bethesda, Md.", []),
        ("Nearly 13 years ago, in July 2001, our police department lost its first female and openly lesbian officer "
         "in the line of duty.", []),
        ("She lost her sight in 2019 and now leads the accessibility team.", []),
        # clean: the it-cleft's 'not until'
        ("It wasn't until years later, at age 58, that Meckler learned he was dyslexic.", []),
        # clean: 'hard' of the status's name
        ("Now, Braun's lab employs six deaf and hard-of-hearing workers.", []),
        # biased look-alikes: kept
        ("She lost the account because she is deaf.",
         [("disability.status_mention", "She lost the account because she is deaf")]),
        ("He lost his temper, which is typical of someone with ADHD.",
         [("disability.condition_mention", "He lost his temper, which is typical of someone with ADHD")]),
        ("He is gay, and he lost his biggest client this quarter.",
         [("sexual_orientation.identity", "gay, and he lost his biggest client this quarter")]),
        ("Our team lost its best engineer because she is pregnant.",
         [("family_status.pregnancy", "Our team lost its best engineer because she is pregnant")]),
        ("Ana is hard of hearing, so she struggles on the phones.",
         [("disability.status_mention", "hard of hearing, so she struggles")]),
        ("It was not until she got her hearing aid that she stopped missing deadlines.",
         [("disability.health_mention", "hearing aid")]),
    ],
)
def test_stated_fact(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def _flagged(name: str) -> list[str]:
    return flagged_clean(PROBES / "round36" / name)


def test_half1_as_committed() -> None:
    """Half 1 (fixes written on it): 3 of 16 flagged on the base (h1-04, h1-09, h1-16), none after. Half 2,
    untouched until the end: see the README."""
    assert _flagged("biasfp36e_half1.jsonl") == []
