"""A full stop inside an abbreviation ("4 a.m. start") does not open a sentence for the sentence-anchored cues.

Five cues of assistant/rules/feedback_structure.yaml read only at a sentence start (an imperative step, among others),
which they found as a full stop, "!", "?" or ";" and a space. A full stop opens a sentence only where the sentence
splitter (``assistant.text.sentence_spans``) ends one: followed by a capital, a digit or an opening quote or bracket.
After "the 4 a.m." the noun "start" (or "check", "call") is no imperative, so "before the 4 a.m. start without being
asked" asks for nothing. Look-alikes keep their step: an imperative after a real sentence end, also after "a.m.", and
after a semicolon.

Texts written for the tests."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted(f.kind for f in report.findings)


@pytest.mark.parametrize("text", [
    "When the holiday orders doubled, you reworked the proofing schedule before the 4 a.m. start without being asked. "
    "Every tray left the bakery on time that week.",
    "You restocked the salad bar before the 11 a.m. check without being asked, and the lunch queue never stopped for "
    "a refill.",
    "You had the loading bay swept and the pallets labelled before the 6 a.m. start on Friday, so the first lorry was "
    "loaded in twenty minutes.",
])
def test_a_noun_after_an_abbreviations_full_stop_is_no_step(text):
    assert reading(text) == ("positive", [])


@pytest.mark.parametrize(("text", "expected"), [
    ("You covered the 6 a.m. shift on Sunday. Check the float against the sheet before you open the till.",
     ("constructive", ["missing_impact"])),
    ("You covered the early shift on Sunday; check the float against the sheet before you open the till next time.",
     ("constructive", ["missing_impact"])),
])
def test_an_imperative_after_a_sentence_end_or_a_semicolon_is_still_a_step(text, expected):
    assert reading(text) == expected
