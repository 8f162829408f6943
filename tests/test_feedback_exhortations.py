"""An exhortation is no next step; a trait given through others' words is a trait.

Texts from scripts/feedback_round20b_probe.py (fresh, written for the probe; sources there)."""

from __future__ import annotations

import pytest

from tests.fixtures.feedback import reading_with_step

_reading = reading_with_step


@pytest.mark.parametrize(("text", "expected"), [
    # exhortations: criticism whose only forward line names no behaviour, occasion or support
    ("Your last three expense reports came back from finance with missing receipts. You should just try harder.",
     ("constructive", ["missing_action", "missing_impact"], None)),
    ("Your lesson plans for the last fortnight were copied from last year without changes. Show more initiative.",
     ("constructive", ["missing_action", "missing_impact"], None)),
    ("The survey data you cleaned still had duplicate rows in it. Put more effort in.",
     ("constructive", ["missing_action", "missing_impact"], None)),
    # concrete requests stay next steps
    ("The client deck you sent on Monday had the wrong quarter's figures on two slides. Ask Priya to check the "
     "numbers before the deck goes out.",
     ("constructive", ["missing_impact"], "Ask Priya to check the numbers before the deck goes out")),
    ("You were twenty minutes late to four of the last six shift handovers. From next week, be at the ward desk by "
     "6:50 for handover.",
     ("constructive", ["missing_impact", "vague"], "be at the ward desk by 6:50 for handover")),
    ("Your pull request broke the build twice yesterday. Run the test suite locally before you push.",
     ("constructive", [], "Run the test suite locally before you push")),
])
def test_exhortation_is_no_next_step(text, expected):
    assert _reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("People find you difficult. In the meeting on Tuesday you interrupted Sam twice.",
     ("constructive", ["missing_action", "missing_impact", "trait"], None)),
    ("The night staff consider you unreliable.",
     ("constructive", ["missing_action", "missing_impact", "trait", "vague"], None)),
    ("You've been called bossy by more than one person on the project.",
     ("constructive", ["missing_action", "missing_impact", "trait", "vague"], None)),
    ("In your 360 feedback, the word that came up most was 'dismissive'.",
     ("constructive", ["missing_action", "missing_impact", "trait", "vague"], None)),
    # look-alikes: others' words that are praise, of a thing, or denied
    ("People found the new expense form confusing, so you rewrote the guidance page.",
     ("positive", ["missing_impact"], None)),
    ("Your colleagues do not see you as stubborn; they see you as careful.",
     ("positive", ["missing_impact", "vague"], None)),
])
def test_trait_through_others_words(text, expected):
    assert _reading(text) == expected


@pytest.mark.parametrize(("text", "trait"), [
    ("Your team used words like 'rude' to describe you.", True),
    ("Words like 'arrogant' and 'cold' came up in your 360.", True),
    ("Avoid words like 'lazy' in your reviews.", False),
    ("The word 'lazy' is banned in our reviews, so you rewrote the template.", False),
])
def test_quoted_label_of_the_person(text, trait):
    assert ("trait" in _reading(text)[1]) is trait


def test_denied_ascription_is_no_trait():
    _, kinds, _ = _reading("Nobody would call you lazy; you covered three extra shifts in March.")
    assert "trait" not in kinds
