"""Round 40, FT (fbtrait40): a personality quality said of a person in excess is a trait label.

"You're too soft with the beginners", "you are simply too nice", "he is too trusting of others": the excess degree
word ("too", "overly") before a WordNet 3.0 trait adjective (assistant/data/trait_adjectives.txt) or a Big-Five
marker, predicated of a person, judges who they are (``assistant/analyzers/feedback/excess.py``). A trait sense
further down the adjective's senses ("hard", "short", "familiar") counts only with the people it is shown to; the
same words said of a thing, of the writer's side, under a negator or in a condition stay clean, and a word a list
rule names ("too aggressive") stays that rule's finding. The drafts are invented for these tests, except where a
comment names the tune item or the probe row.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.excess import trait_adjectives
from tests.fixtures.feedback import reading
from tests.fixtures.scripts import load_script


def _traits(text: str) -> list[str]:
    return [f.text for f in review_feedback(text).findings if f.kind == "trait"]


@pytest.mark.parametrize(("text", "expected"), [
    ("You're too soft with the beginners.", ["too soft"]),  # dev29-fb-038 (tune)
    ("You're too easygoing with the subcontractors.", ["too easygoing"]),  # dev14-fb-023 (tune)
    ("Andrew, you do a great job with the team and results, but you are simply too nice.", ["too nice"]),
    ("He is too trusting of others.", ["too trusting"]),
    ("You're too hard on the new apprentices.", ["too hard"]),
    ("She is a bit too passive in meetings.", ["too passive"]),
    ("Honestly, you are far too nice to chase the late payers.", ["too nice"]),
    ("Priya is overly cautious with the junior buyers.", ["overly cautious"]),
    ("Your boss says you're too soft, and your team agrees.", ["too soft"]),
])
def test_a_quality_in_excess_said_of_a_person_is_a_trait(text, expected):
    assert _traits(text) == expected


@pytest.mark.parametrize("text", [
    "The deal is too lenient with men who committed atrocities.",
    "We were too lenient with our thresholding and set it too low.",
    "The clay is too soft to throw today, so you wedged a new batch.",
    "You're too familiar with the code to see the gap, so ask Sam to review it.",
    "You were too hard on yourself after the March audit; the numbers were right.",
    "The tone should be friendly but not too formal.",
    "If you're too passive for too long, the fish escapes.",
    "You are not too soft with the beginners; you set clear rules on day one.",
    "The weather was too nice to stay inside, so we ran the session in the yard.",
    "It is a rotated chair and too soft for the price.",
    "You were too late for the 9am handover twice last week, so the night shift stayed on.",
])
def test_the_same_words_of_a_thing_the_writer_or_a_condition_are_no_trait(text):
    assert _traits(text) == []


def test_a_listed_trait_word_keeps_its_own_finding():
    assert _traits("You're too aggressive with the suppliers.") == ["aggressive"]
    assert _traits("He is overly demanding and rigid.") == ["demanding", "rigid"]


def test_the_tune_items_read_whole():
    assert reading("You're too soft with the beginners.") == (
        "constructive", ["missing_action", "missing_impact", "trait", "vague"])
    # a noun: fbtrait40b's (tests/test_feedback_round40_trait_nouns.py)
    assert reading("You're such a perfectionist, it really shows.")[1] == ["missing_impact", "trait", "vague"]


def test_the_lexicon_is_wordnet_trait_adjectives():
    lexicon = trait_adjectives()
    assert lexicon["soft"] == "first" and lexicon["trusting"] == "first" and lexicon["passive"] == "first"
    assert lexicon["hard"] == "any" and lexicon["short"] == "any"
    assert "busy" not in lexicon and "late" not in lexicon and "tired" not in lexicon


def test_probe_figures():
    probe = load_script("scripts/fbtrait40_probe.py")
    assert probe.scores() == {("A", "class"): (13, 13), ("A", "lookalike"): (10, 10),
                              ("B", "class"): (11, 13), ("B", "lookalike"): (10, 10)}
