"""Round 40, FH (fbharsh40): a contempt noun premodified by a degree adjective is the same contempt.

The class: a determiner-led contempt term of the harsh/trait lists ("a joke", "a waste of time") with an emphasizer or
amplifier adjective between the determiner and the noun ("a complete joke", "an utter waste of time", "a complete and
utter joke"; Quirk et al. 1985 7.33-7.34, assistant/data/degree_adjectives.txt). Its look-alikes (the same adjectives
before a neutral or praising noun, "a total of", "an absolute must", and "real", an inherent adjective, before the
humour sense of "joke") stay as they were.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.rules import _degree_adjectives, _degree_slot, _term_pattern


def _read(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted({f.kind for f in report.findings})


_HARSH_BARE = ("constructive", ["harsh", "missing_action", "missing_impact", "vague"])


@pytest.mark.parametrize(("text", "expected"), [
    # dev29-fb-020's form: the absolute and the intensified contempt noun in one sentence
    ("You never listen at the budget meetings, and your spending on feed is a complete joke.",
     ("constructive", ["absolute", "harsh", "missing_action", "missing_impact", "vague"])),
    ("Your quotes are an absolute joke.", _HARSH_BARE),
    ("Your rota is a total joke.", _HARSH_BARE),
    ("Your last two reports were a complete and utter joke.", _HARSH_BARE),
    ("Your handover notes were an utter waste of time.", _HARSH_BARE),
    ("Your stand-up was a sheer waste of time.", _HARSH_BARE),
    ("You're a complete joke.", ("constructive", ["harsh", "missing_action", "missing_impact", "trait", "vague"])),
])
def test_intensified_contempt_noun_is_harsh(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sprint 7 was a complete success.", ("positive", ["missing_impact", "vague"])),
    ("There are a total of 14 requests.", ("positive", ["missing_impact", "vague"])),
    ("For device driver development, Platform Builder is an absolute must.", ("positive", ["missing_impact", "vague"])),
    ("You are a real asset to the team.", ("positive", ["missing_impact", "vague"])),
    ("Chris was an absolute pleasure to work with!", ("positive", ["missing_impact", "vague"])),
    ("The library is a complete set of wrappers for the API.", ("positive", ["missing_impact", "vague"])),
    # "real" is an inherent adjective too: "a real joke" can be a genuine joke, so it is not in the class
    ("That is a real joke! Plutarch wrote it down!", ("positive", ["missing_impact"])),
    # reported speech stays clean as with the bare noun
    ("You called the old rota a complete joke, and the team laughed nervously.", ("positive", [])),
])
def test_look_alikes_stay_clean(text, expected):
    assert _read(text) == expected


def test_bare_noun_reading_unchanged():
    assert _read("Your spending on feed is a joke.") == _HARSH_BARE


def test_degree_class_is_closed_and_sourced():
    assert sorted(_degree_adjectives().split("|")) == [
        "absolute", "complete", "downright", "outright", "sheer", "thorough", "total", "utter"]


def test_degree_slot_only_after_a_determiner():
    assert _degree_slot(r"shambles") == "shambles"
    pattern = _term_pattern(["a joke", "a waste of time"], degree=True)
    assert [bool(pattern.search(t)) for t in (
        "a complete joke", "an utter waste of time", "a complete and utter joke", "a joke", "a complete set",
        "a real joke", "a great joke")] == [True, True, True, True, False, False, False]
    plain = _term_pattern(["a joke"])
    assert plain.search("a complete joke") is None
