"""VADER valence (assistant.analyzers.valence) and the feedback coach's uses of it: harsh wording
predicated of the person or their work, and praise words VADER reads as negated."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.valence import compound, lexicon, valence, word_valences


def test_lexicon_is_vaders_mean_ratings() -> None:
    rated = lexicon()
    assert len(rated) == 7506  # 7,520 lines, a few tokens listed twice (the later rating wins, as in VADER)
    assert (rated["horrible"], rated["great"], rated["lazy"]) == (-2.5, 3.1, -1.5)
    assert "garbage" not in rated


def test_word_valences_apply_vaders_rules() -> None:
    # degree word, negation three words back, "no" before a rated word, "but" weighting
    assert word_valences(["really", "good"]) == pytest.approx([0.0, 1.9 + 0.293])
    assert word_valences(["without", "clear", "data"]) == pytest.approx([0.0, 1.6 * -0.74, 0.0])
    assert word_valences(["no", "problems"]) == pytest.approx([0.0, -1.7 * -0.74])
    assert word_valences(["good", "but", "bad"]) == pytest.approx([1.9 * 0.5, 0.0, -2.5 * 1.5])
    assert word_valences(["at", "least", "helpful"]) == pytest.approx([0.0, 0.0, 1.8])
    assert word_valences(["the", "least", "helpful"]) == pytest.approx([0.0, 0.0, 1.8 * -0.74])


def test_compound_matches_the_published_vader_scores() -> None:
    # scores of vaderSentiment 3.3.2's SentimentIntensityAnalyzer on the same sentences
    assert round(valence(["the", "food", "is", "not", "very", "good"]), 3) == -0.386
    assert round(valence(["you", "did", "a", "really", "great", "job"]), 3) == 0.659
    assert round(valence(["your", "charts", "are", "horrible", "and", "ugly"]), 3) == -0.778
    assert compound([]) == 0.0


def _harsh(text: str) -> list[str]:
    return [f.text or "" for f in review_feedback(text).findings if f.kind == "harsh"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Your charts are horrible and ugly.", ["horrible", "ugly"]),
    ("Honestly, you are disgusting.", ["disgusting"]),
    ("Maria's code was horrid and nobody could review it.", ["horrid"]),
    ("Your horrible charts confused everyone.", ["horrible"]),
    ("The release went out with such horrific coding in it.", ["horrific"]),
    ("You are a liar.", ["liar"]),  # a rated noun as the predicate: the person named by it
    ("Your launch plan was a failure.", ["failure"]),
])
def test_a_strongly_negative_word_about_the_person_or_their_work_is_harsh(text: str, expected: list[str]) -> None:
    assert _harsh(text) == expected


@pytest.mark.parametrize("text", [
    "You said the old checklist was horrible, so we rewrote it together.",  # reported speech
    "The customer was angry when the order arrived late.",  # someone else's state
    "She was sick for most of March.",  # a state of the person, left out by the rule's terms
    "He was vile to the new starters last year.",  # a past episode of a person: judged as behaviour
    "Your first draft was not bad at all.",  # negated
    "Their war stories took up the whole lunch.",  # a rated noun before a noun is a topic
    "Your worst day this quarter was Monday.",  # a superlative, no adjective by its derivation
    "You are rude.",  # a trait label already; not harsh by its rating too (dev4 guide)
    "Your test result was negative.",
    "He is a cancer survivor.",  # a rated noun before another noun names a topic
    "It was a horrible storm, but you kept the site open.",  # the noun after it is what it judges
    "Your first week was stressful, yet you closed every ticket.",  # what befell the person: sympathy
    "Your workload was brutal this quarter, and you still delivered.",
    "His loss was devastating for the team.",
    "Honestly, you're wicked smart.",  # a degree word before praise
])
def test_states_topics_negation_and_reports_are_not_harsh(text: str) -> None:
    assert _harsh(text) == []


def test_a_praise_word_vader_reads_as_negated_is_criticism() -> None:
    text = ("During the review on Tuesday, you presented the quarterly report without clear data points. "
            "The stakeholders left confused.")
    report = review_feedback(text, learned=False)
    assert report.polarity == "constructive"  # was "mixed": "clear" counted as praise
    assert [r.functions for r in report.sentences] == [["situation", "behavior", "criticism"], ["impact", "criticism"]]


@pytest.mark.parametrize(("text", "polarity"), [
    ("Please be nice to the new starters.", "constructive"),  # a result asked for: a request for change
    ("Stay positive in meetings.", "constructive"),
    ("Keep up the great work!", "positive"),  # going on as before is praise
    ("You engaged the prospect straight away, set a clear purpose and closed the call.", "positive"),
])
def test_a_praise_word_in_a_request_names_the_result_asked_for(text: str, polarity: str) -> None:
    assert review_feedback(text, learned=False).polarity == polarity
