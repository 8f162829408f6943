"""Where a sentence-start condition can hold, read from the characters its lookbehinds open with.

A pattern opening with a choice of conditions on what comes before ("(?:^|(?<=[.!?;]\\s)|(?<=\\n))") can only
match where one holds. :func:`assistant.analyzers.scan._lead_openings` reads from the condition the characters
each lookbehind opens with and its width: the condition can hold only that many characters after one of them
(or at the text's start for "^"). The scan then reads its patterns' word starts at those places only, instead of
gathering a start at every word and dropping those where the condition fails: the starts, and so the matches,
are the same."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import assistant.analyzers.scan as scan_module
from assistant.analyzers.feedback import load_feedback_rules
from assistant.analyzers.scan import PatternScan, _lead_openings, finditer_at

CASELESS = re.IGNORECASE
SENTENCE_START = r"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]\s\s)|(?<=\n))"


def _everywhere(patterns: list[re.Pattern[str]], monkeypatch: pytest.MonkeyPatch) -> PatternScan:
    """The scan as it was: every word start gathered for a pattern after a condition, kept where it holds."""
    with monkeypatch.context() as patched:
        patched.setattr(scan_module, "_lead_openings", lambda lead: None)
        return PatternScan(patterns)


def test_the_sentence_start_condition_holds_after_its_opening_characters() -> None:
    finder, widths, begins = _lead_openings(re.compile(SENTENCE_START, CASELESS))  # type: ignore[misc]
    assert finder is not None and sorted(m.group() for m in finder.finditer("a.b!c?d;e\nf g")) == \
        ["\n", "!", ".", ";", "?"]
    assert widths == (1, 2, 3) and begins


@pytest.mark.parametrize("condition", [
    r"(?:^|(?=[A-Z]))",                # a lookahead says nothing of what comes before
    r"(?:^|(?<![a-z]\s))",             # a negative condition holds almost everywhere
    r"(?:^|(?<=[a-z]\s))",             # a letter opening a lookbehind ignoring case has case variants
    r"(?:^|(?<=\s\s))",                # a class of spaces, not of literals
    r"(?:(?<=\.\s)|(?<=\w{2}))",       # one branch unreadable: the whole condition is
])
def test_a_condition_not_made_of_literal_openings_is_not_read(condition: str) -> None:
    assert _lead_openings(re.compile(condition, CASELESS)) is None


def test_a_line_start_under_multiline_is_not_read() -> None:
    assert _lead_openings(re.compile(SENTENCE_START, CASELESS | re.MULTILINE)) is None
    assert _lead_openings(re.compile(SENTENCE_START, CASELESS)) is not None


def test_only_the_words_where_the_condition_holds_are_read() -> None:
    patterns = [re.compile(SENTENCE_START + r"(?:[-*•]\s{0,3})?(?-i:[A-Z])[a-z]+ed\b", CASELESS),
                re.compile(SENTENCE_START + r"(?:please\s+)?[a-z]{2,30}\s+the\b", CASELESS)]
    scan = PatternScan(patterns)
    assert len(scan._lead_groups) == 1 and scan._index == {} and scan._cased == {}
    text = "Reviewed the plan. Then fixed the bug; please check the logs.\n- Shipped the fix. so Updated"
    assert scan.starts(text) == [[0, 19, 62], [0, 19, 39, 81]]  # the bullet opens the first only


WORDS = ["Then", "then", "the", "So", "so", "Fixed", "fixed", "please", "a", "x1", "9", "-", "•", "*"]
GLUE = [" ", "  ", ". ", ".  ", "; ", "!\n", "\n", "?", ".", "...", " - ", "\n\n"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), max_size=14).map(
    lambda parts: "".join(word + glue for word, glue in parts))


@settings(max_examples=150, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4))
def test_random_texts_give_the_starts_and_matches_of_the_scan_that_tries_every_word(drafts: list[str]) -> None:
    patterns = [re.compile(SENTENCE_START + r"(?:[-*•]\s{0,3})?(?-i:[A-Z])[a-z]+", CASELESS),
                re.compile(SENTENCE_START + r"(?!so\b)[a-z]+\s+the\b", CASELESS),
                re.compile(SENTENCE_START + r"(?:[-*•]\s{0,3})?\d", CASELESS),
                re.compile(r"(?:^|(?<=\n))(?:then|so)\b", CASELESS),
                re.compile(r"\bthe\b", CASELESS)]
    scan = PatternScan(patterns)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(scan_module, "_lead_openings", lambda lead: None)
        everywhere = PatternScan(patterns)
    assert len(scan._lead_groups) == 2 and not everywhere._lead_groups
    for text in drafts:
        assert scan.starts(text) == everywhere.starts(text)
        for pattern, found in zip(patterns, scan.starts(text), strict=True):
            assert [m.span() for m in finditer_at(pattern, text, found)] == [m.span() for m in pattern.finditer(text)]


DRAFTS = [
    "Thanks for the report. Next time, please send it by Friday.\n- Checked the totals; Updating the rota now.",
    "You missed the deadline.  Starting Monday, log in by nine! Has not replied. 3 customers waited.",
    "- Reviewed the plan\n* Fixed the bug. Going forward, ask first? Before the audit, check the logs.",
]


def test_the_feedback_scan_gives_the_starts_of_the_scan_that_tries_every_word(monkeypatch: pytest.MonkeyPatch) -> None:
    scan = load_feedback_rules().scan
    assert scan is not None and len(scan._lead_groups) == 1 and len(scan._leads) == 4
    everywhere = _everywhere(list(scan.patterns), monkeypatch)
    for text in DRAFTS:
        assert scan.starts(text) == everywhere.starts(text)
