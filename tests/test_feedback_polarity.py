"""Draft polarity by sentence structure: who did the remedy, a better alternative not taken, an adverb
over a negated verb (the guides' one definition: positive = praise only, constructive = criticism or a
request for change only, mixed = both)."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback


@pytest.mark.parametrize(("text", "polarity"), [
    # a modal perfect with a comparative: the act fell short of a better alternative
    ("Great call with the client. I think a short pause first might have worked better.", "mixed"),
    ("Great call with the client. You could have been clearer about pricing.", "mixed"),
    ("Thanks to your quick fix, it could have been so much worse.", "positive"),  # a harm averted
    ("Great work. We would have lost more customers without your fix.", "positive"),
    ("You answered every call. Honestly, I could have done it no better.", "positive"),
    ("Nobody could have handled the launch better.", "positive"),
    # the writer, not the person, found the problem
    ("It took me an hour to read the PR, and I still found a missed edge case.", "constructive"),
    ("You caught a missed edge case in the PR before release.", "positive"),
    # an adverb that scopes over a negated verb praises nothing
    ("You clearly don't think things through.", "constructive"),
    ("You explained the change clearly to the client.", "positive"),
    # the person's work as the subject of a negated copula is a verdict on it
    ("Your work isn't up to standard.", "constructive"),
    ("Your code is not ready for review.", "constructive"),
    ("Your annual leave isn't approved yet.", "positive"),  # no work of theirs
    ("It wasn't easy, but you finished the migration.", "positive"),  # a thing subject: the task
])
def test_polarity_follows_who_acted_and_what_was_missed(text: str, polarity: str) -> None:
    assert review_feedback(text, learned=False).polarity == polarity
