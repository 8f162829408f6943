"""Round 41 (fb41b): a thing judged right, correct, solid or sound as a copula's complement is praise.

"Your line and batter on the Hollins Lane freestanding wall were right from the first course, and the landowner has
asked us to quote for the next two fields. ..." (dev30-fb-005, tune) and "Maria, the council budget story is solid:
..." (dev11-fb-007, tune) were read constructive: the praise sentence was not read, so only the fault was left. The
adjectives of WordNet 3.0 synsets 00631391 (correct, right), 01125006 (solid) and 02275210 (sound) in predicative
position (a copula, 'not' or a degree adverb before; the clause ending or an adjunct after) are praise words
(assistant/rules/feedback_structure.yaml, polarity praise); not of a personal pronoun (WordNet's 00633410, a person's
opinion), not before a noun ("solid colours") or a place adverbial ("right next to"), not before "but" (the
concession reader's). Denied, the word falls in a negation scope and reads as criticism. Probe: scripts/fb41b_probe.py."""

import pytest

from assistant.analyzers.feedback import load_feedback_rules
from tests.fixtures.feedback import reading_with_functions
from tests.fixtures.probes import tuned_row


@pytest.mark.parametrize("text, expected", [
    # dev30-fb-005 (tune): was constructive
    ("Your line and batter on the Hollins Lane freestanding wall were right from the first course, and the landowner "
     "has asked us to quote for the next two fields. On the last ten metres, though, the copes were not locked off, and "
     "sheep knocked three of them down within a week. Please wedge and shake-test every cope before you move the line "
     "on.", ("mixed", [], [["next_step", "praise"], ["behavior"], ["next_step"]])),
    # dev11-fb-007 (tune): was constructive
    ("Maria, the council budget story is solid: the lede about the closed pool gets readers into a complicated vote "
     "quickly, and three council members returned your calls, which gave the story both sides. Reading it cold, I "
     "could not follow where the $2.1 million shortfall comes from, and two readers emailed to ask. Add one paragraph "
     "that walks through the two revenue lines that fell short before we update the online version this afternoon.",
     ("mixed", [], [["impact", "praise"], [], ["situation", "next_step", "criticism"]])),
])
def test_the_tune_drafts_are_mixed(text: str, expected: tuple[str, list[str], list[list[str]]]) -> None:
    assert reading_with_functions(text) == expected


@pytest.mark.parametrize("row_id, expected", [
    # probe half A, class: a thing judged correct, solid, right or sound
    ("fb41b-c05", ("positive", ["vague", "missing_impact"], [["praise"]])),
    ("fb41b-c08", ("positive", ["vague", "missing_impact"], [[], ["praise"], []])),
    ("fb41b-c14", ("positive", ["vague", "missing_impact"], [["praise"]])),
    ("fb41b-c15", ("positive", ["vague", "missing_impact"], [[], ["praise"]])),
    # probe half A, look-alikes: denied, a person's belief in themself, a noun after, a place adverbial
    ("fb41b-l02", ("constructive", ["vague", "missing_impact", "missing_action"], [["criticism"]])),
    ("fb41b-l13", ("constructive", ["vague", "missing_action"], [["impact", "criticism"]])),
    ("fb41b-l06", ("constructive", ["trait", "vague", "missing_impact", "missing_action"], [["criticism"]])),
    ("fb41b-l11", ("constructive", ["vague", "missing_action"], [["impact", "criticism"]])),
])
def test_probe_rows(row_id: str, expected: tuple[str, list[str], list[list[str]]]) -> None:
    assert reading_with_functions(tuned_row("round41/fb41b.jsonl", row_id)["text"]) == expected


@pytest.mark.parametrize("row_id, words", [
    ("fb41b-c05", ["correct"]), ("fb41b-c11", ["solid"]), ("fb41b-c14", ["right"]), ("fb41b-c15", ["sound"]),
    ("fb41b-l04", []),  # "Thinks he is always right": a personal pronoun's, and 'always' is no degree adverb
    ("fb41b-l07", []),  # "was right next to the agent": a place
    ("fb41b-l11", []),  # "was solid colours": before a noun
    ("fb41b-l02", ["right"]),  # denied: found, and read in the negation scope
    ("fb41b-c23", []),  # "The logic is correct, but ...": a quality granted before a turn, the concession reader's
])
def test_which_words_are_praise(row_id: str, words: list[str]) -> None:
    praise = load_feedback_rules().praise
    assert [m.group() for m in praise.finditer(tuned_row("round41/fb41b.jsonl", row_id)["text"])] == words
