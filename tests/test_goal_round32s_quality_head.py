"""Goals whose object is only a quality, belief, feeling or state to have or show (a WordNet quality/state noun at its
head: assistant/data/quality_state_nouns.txt) are not specific; a thing made, counted or complemented stays specific."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a quality or state held, wherever or for whomever it is shown: an aspiration
        ("Provide a working environment that supports staff wellbeing.", "..A.."),
        ("Achieve recognition as a centre of excellence for stroke care.", "..A.."),
        ("Model the firm's values in every client meeting.", "..A.."),
        # look-alikes: the quality word modifies a thing made, the head is an artefact or a count noun's plural,
        # or the quality has an "of" complement saying of what
        ("Display the care values poster in every lounge.", "S.A.."),
        ("Write a one-page guide to the firm's values for new trainees.", "SMA.."),
        ("Develop onboarding resources for night-shift cashiers.", "S.A.."),
        ("Run a customer experience survey of hotel guests at checkout.", "S.A.."),
        ("As the team lead, run the retros.", "S.AR."),
    ],
)
def test_quality_head_is_an_aspiration(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    "text",
    [
        "Live our care values on every shift.",
        "Create a welcoming atmosphere in the library.",
        "Show respect and kindness to every resident every day.",
    ],
)
def test_quality_shown_often_is_not_specific(text: str) -> None:
    assert verdicts(text)["specific"] is False
