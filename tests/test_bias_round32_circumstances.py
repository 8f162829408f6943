"""Circumstances told, not judged (round 32b): a diagnosis predicated as a status, a 'since' of time before a perfect,
a served person described in an attached phrase, a faith's proper adjective naming a thing, a compound noun, an age
group the person acts on, an adjustment agreed by someone else, a verb of observance, another's insult recorded as an
incident; each beside the look-alike that keeps its flag (whole results)."""

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
        # an adjustment agreed, allowed or approved by someone else; a negated permitted act stays a judgement
        ("Imran has a stammer, and the team agreed he can answer the radio by text on the busiest nights.", []),
        ("He has ADHD, and we allowed him to wear headphones in the office.", []),
        ("Imran has a stammer, and the team agreed he can't handle the radio on busy nights.",
         [("disability.condition_mention", "a stammer, and the team agreed he can't handle the radio on busy nights")]),
        # a verb of observance is the practice told, not a word of valence
        ("Hassan is a practising Muslim and prays at lunchtime in the staff quiet room, and the ride's break rota "
         "covers the slot.", []),
        ("As a devout Hindu, she skips team dinners.", [("religion.faith_label", "devout Hindu, she skips team dinners")]),
        # another's insult recorded as an incident report
        ("A driver called her a silly girl during a dispute; she stayed calm, filed the incident report the same day, "
         "and the driver apologised.", []),
        ("Drivers say she can be a silly girl sometimes.", [("gendered_language.girl_for_adult", "girl")]),
        # the provision joined by 'and' with no comma; a doubt after it stays a judgement
        ("Fatima wears a hijab and the kitchen supplied a hairnet that fits over it.", []),
        ("He wears a turban and the site team ordered a bump cap, but I still doubt he is safe on the scaffold.",
         [("religion.observance", "turban and the site team ordered a bump cap, but I still doubt he is safe")]),
        # a shift taken instead of another, its days or shift named, is a swap; a demand of 'instead' is not
        ("Wojciech's mum is in a care home and he visits on Sunday afternoons, so he works Saturday mornings instead.",
         []),
        ("She had a baby in May, so she does the early shift instead.", []),
        ("With two kids at home she should do more admin instead.", [("family_status.caregiving", "kids at home")]),
    ],
)
def test_circumstances_told_and_their_look_alikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected
