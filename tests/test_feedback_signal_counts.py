"""The learned layer's word-count features read from one count of the draft's words, and ``has_number``
without reading every number, give what the per-feature passes over the words gave."""

from __future__ import annotations

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from assistant.analyzers import feedback as fb
from assistant.analyzers.feedback.review import (
    _CONTRAST_WORDS,
    _MODAL_WORDS,
    _THIRD_FORMS,
    _WRITER_FORMS,
    _YOU_FORMS,
    _analyse,
    _signals,
)
from assistant.text import DATE_WORDS, has_number, normalise_quotes, numbers, relative_dates

PIECES = [
    "you", "You", "your", "you’re", "I", "we", "our", "he", "she", "they", "but", "However", "though", "should",
    "must", "need", "please", "Please", "Monday", "tomorrow", "next week", "in two weeks", "3", "$5k", "25%",
    "twenty-five", "a dozen", "third", "1.2.3", "the", "report", "was", "late", ".", ",", "?", "\n", "’", "'",
]
drafts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(drafts)
@example("You’re late, but please send your notes by Monday. We need 3 more.")
@example("She finished twenty-five reviews though they should have taken a week.")
def test_word_count_features_are_the_per_feature_counts(text: str) -> None:
    assume(text.strip())
    rules = fb.load_feedback_rules()
    analysis = _analyse(text, rules)
    values = _signals(analysis, rules)
    words = [normalise_quotes(t.text).lower() for t in analysis.draft.toks]
    n_words, n_sent = max(1, len(words)), max(1, len(analysis.sentences))
    assert values["you_rate"] == 10 * sum(w in _YOU_FORMS for w in words) / n_words
    assert values["writer_rate"] == 10 * sum(w in _WRITER_FORMS for w in words) / n_words
    assert values["third_rate"] == 10 * sum(w in _THIRD_FORMS for w in words) / n_words
    assert values["contrast"] == sum(w in _CONTRAST_WORDS for w in words) / n_sent
    assert values["modal_words"] == sum(w in _MODAL_WORDS for w in words) / n_sent
    assert values["please"] == float("please" in words)
    assert values["number"] == float(bool(numbers(text)))
    assert values["date"] == float(any(w in DATE_WORDS for w in words) or bool(relative_dates(text)))


@settings(max_examples=300, deadline=None)
@given(drafts)
@example("version 1.2.3.4")
@example("about a dozen")
def test_has_number_is_whether_numbers_finds_one(text: str) -> None:
    found = numbers(text)
    assert has_number(text) == bool(found)
    assert [n.start for n in found] == sorted(n.start for n in found)
