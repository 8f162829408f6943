"""A step that undoes the act just reported marks that act as criticism when no problem word names it (probe:
scripts/feedback_round30q_probe.py): "You left the back door on the latch on Friday. Lock the back door when you
leave." after praise is mixed. The undoing verb is a WordNet antonym of the report's verb (turn_on/turn_off), its
un- form (unplug/plug) or any verb on what was "left" in a state; a step that repeats or extends the act, or a growth
step on something else, keeps a praise draft positive."""

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round30q_probe.py")
TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once


def polarity(text: str) -> str:
    return str(review_feedback(text).polarity)


@pytest.mark.parametrize(("row_id", "expected"), [
    ("q01", "mixed"),  # "You left the back door on the latch" -> "Lock the back door"
    ("q08", "mixed"),  # "You turned the projector on at 8" -> "Turn the projector off"
    ("q10", "mixed"),  # "You left the pallet truck in the fire lane" -> "Park the pallet truck in the bay"
    ("q11", "mixed"),  # "You unplugged the fridge" -> "Plug the fridge back in"
    ("q13", "constructive"),  # the same report and step without praise
])
def test_a_step_undoing_the_reported_act_is_criticism(row_id, expected):
    assert polarity(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("q19", "positive"),  # "Next month, try training Ana on the close-out."
    ("q25", "positive"),  # "you locked up the school site perfectly" -> "Keep locking the gate the same way"
    ("q27", "positive"),  # "you ran the Monday huddle" -> "Run Thursday's huddle as well"
    ("q29", "positive"),  # "you closed the account for the Patels" -> "Close the Reid account the same way"
])
def test_growth_and_repeated_steps_keep_praise_positive(row_id, expected):
    assert polarity(TEXTS[row_id]) == expected


def test_a_thing_left_praised_is_not_undone():
    draft = ("Great work this week, Sam. You left the stockroom spotless on Friday, the best it has looked. "
             "Lock the stockroom when you go home.")
    assert polarity(draft) == "positive"


def test_a_different_thing_is_not_undone():
    draft = ("Thanks for a smooth close, Tom. You left the float in the safe on Friday. Lock the back door when "
             "you leave.")
    assert polarity(draft) == "positive"
