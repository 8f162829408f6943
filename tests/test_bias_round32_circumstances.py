"""Circumstances told, not judged (round 32b): a diagnosis predicated as a status, a 'since' of time before a perfect,
a served person described in an attached phrase, a faith's proper adjective naming a thing, a compound noun, and an
age group the person acts on; each beside the look-alike that keeps its flag (whole results)."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a diagnosis predicated as a status is a characteristic mention: flagged only when tied to a judgement
        ("Keisha is dyslexic and uses the text-to-speech tools that were set up in her first month.", []),
        ("Sol is autistic and asked for his route changes in writing the evening before.", []),
        ("He is dyslexic, so his reports are a mess.",
         [("disability.status_mention", "dyslexic, so his reports are a mess")]),
        ("He is autistic, so I would not put him on the customer-facing pickups.",
         [("disability.status_mention", "autistic, so I would not put him on the customer-facing pickups")]),
        ("She is a bit autistic about the filing.", [("disability.ableist_metaphors", "a bit autistic")]),
        # 'since' of time before a perfect dates what was done; a state or a lapse dated from it is put down to it
        ("Since she came back she has booked 46 guests and cut the late-running packages from nine a month to two.",
         []),
        ("Since she came back from maternity leave she has been less committed to the weekend shifts.",
         [("family_status.since_return", "Since she came back from maternity leave")]),
        ("Since he had the baby he has missed four early shifts.",
         [("family_status.since_return", "Since he had the baby")]),
        # the person served, an adjective inside the attached phrase
        ("When an elderly customer with a strong accent struggled with the insurance terms, he went through the form "
         "with her.", []),
        ("She has a strong accent on the phone.", [("race_ethnicity.accent", "accent")]),
        # a faith's proper adjective before a thing noun names the thing's kind
        ("Freya ran 48 weddings this year, including a Hindu ceremony with a fire ritual that needed a change to the "
         "fire plan.", []),
        ("She always has some church thing on Sundays, which gets old.", [("religion.faith_mention", "church")]),
        ("She comes from a Muslim background, so Fridays are hard for her.",
         [("religion.faith_word_mention", "Muslim"),
          ("race_ethnicity.origin_mention", "background, so Fridays are hard")]),
        # a compound noun is its own sense
        ("The crazy-paving set piece was struck in 40 seconds every night after he rebuilt its wagon.", []),
        ("The release week was crazy.", [("disability.crazy_insane", "crazy")]),
        # an age group the person acts on, counted, or served after a preposition
        ("She mentored two young apprentices this spring and both passed their end-point assessments.", []),
        ("She ran the information session for parents of younger applicants.", []),
        ("She hired three younger engineers to replace the old guard.",
         [("age.age_phrases", "younger engineers"), ("age.age_phrases", "the old guard")]),
    ],
)
def test_circumstances_told_and_their_look_alikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected
