"""The feedback analyzer's speed helpers give exactly what the code they replace gave, compared with a copy
of the old reading on generated text: the person's mentions without a pattern compiled per name, each
sentence's first cue match without grouping every match, a sentence-start condition tested at the candidate
starts only, and a clause's tense worked out once."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from assistant.analyzers import feedback as fb
from assistant.analyzers.feedback.draft import _YOU_TOKEN, _Draft
from assistant.analyzers.feedback.steps import _by_sentence, _first_by_sentence
from assistant.analyzers.feedback.traits import _HE_OR_SHE_MENTION, _Mentions
from assistant.analyzers.scan import finditer_at
from assistant.text import WORD, _tense, _tokens_of, clauses

PIECES = [
    "Priya", "PRIYA", "priya's", "Priya’s", "O'Neil", "o'neil", "Mary-Jane", "Kiss", "KISS", "Kiss_", "kiss1",
    "he", "He", "his", "her", "HERSELF", "you", "Your", "yours", "she", "Sam", "the", "team", "will", "has",
    "finished", "launched", "the report", "never", "late", "when", "because", "and", "then", ".", ",", ";", "!",
    "?", "'", "’", "-", "_", "\n", "K", "ſ", "İ", "ı", "é", "José", "josé", "🙂", "", " ",
]
drafts = st.lists(st.sampled_from(PIECES), max_size=40).map(lambda ws: " ".join(ws).replace("  ", " "))
names = st.sampled_from(["priya", "o'neil", "mary-jane", "kiss", "kiss1", "k", "s", "i", "josé", "sam'", "ann-", "he"])
EXAMPLES = settings(max_examples=300, deadline=None)
RULES = fb.load_feedback_rules()


def old_third_person(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{re.escape(name)}|he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)


def old_second_person(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:your?|{re.escape(name)})\b", re.IGNORECASE)


@EXAMPLES
@given(drafts, names, st.integers(0, 400), st.integers(0, 400))
@example("Ask Priya's team.", "priya", 0, 17)
@example("KISS it", "kiss", 0, 7)
@example("Kiss_ me", "kiss", 0, 8)
@example("ſam", "sam'", 0, 3)
def test_mentions_are_what_the_pattern_per_name_found(text: str, name: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    third = _Mentions(text, _HE_OR_SHE_MENTION, name).search(start, end)
    assert third == (old_third_person(name).search(text, start, end) is not None)
    second = _Mentions(text, _YOU_TOKEN, name).search(start, end)
    assert second == (old_second_person(name).search(text, start, end) is not None)
    nameless = _Mentions(text, _HE_OR_SHE_MENTION, None).search(start, end)
    assert nameless == (_HE_OR_SHE_MENTION.search(text, start, end) is not None)


def old_first_by_sentence(draft: _Draft, pattern: re.Pattern[str]) -> list[tuple[int, re.Match[str]]]:
    out = []
    for i, matches in enumerate(_by_sentence(draft, RULES, pattern)):
        m = next((m for m in matches if m.group().strip()), None)
        if m is not None:
            out.append((i, m))
    return out


CUE_PIECES = [
    "You", "Sam", "she", "sent", "the", "report", "on Monday", "after the meeting", "so the client", "renewed",
    "which meant", "the team could", "ship", "early", ".", "!", "?", ",", "Next time", "please", "try to",
    "I'd like you to", "keep doing", "because", "complained", "waited", "customers", "\n", "•", "",
]
cue_drafts = st.lists(st.sampled_from(CUE_PIECES), max_size=40).map(" ".join)


@EXAMPLES
@given(cue_drafts)
@example("On Monday you sent the report. The client renewed, so the team could ship early.")
def test_first_cue_match_per_sentence_is_the_grouped_one(text: str) -> None:
    for cue in RULES.cues:
        new = _first_by_sentence(_Draft.of(text, RULES.scan), RULES, cue.pattern)
        old = old_first_by_sentence(_Draft.of(text, RULES.scan), cue.pattern)
        assert [(i, m.span()) for i, m in new] == [(i, m.span()) for i, m in old], cue.rule.id


@EXAMPLES
@given(cue_drafts)
@example("Sent it.  Next time, please try to ship early!\nKeep doing that; thanks")
def test_patterns_after_a_sentence_start_condition_match_as_in_full(text: str) -> None:
    scan = RULES.scan
    starts = scan.starts(text)
    leads = [n for n, _ in scan._leads]
    assert leads
    for n in leads:
        pattern = scan.patterns[n]
        assert [m.span() for m in finditer_at(pattern, text, starts[n])] == [m.span() for m in pattern.finditer(text)]


@EXAMPLES
@given(cue_drafts)
def test_a_clause_tense_read_once_is_the_tense_of_its_words(text: str) -> None:
    for c in clauses(text):
        assert c.tense == _tense(c.verb_words) == c.tense


@EXAMPLES
@given(drafts, st.integers(0, 400), st.integers(0, 400))
@example("Ask Priya's team.", 5, 12)
@example("don't-stop", 3, 10)
def test_the_drafts_tokens_of_a_span_are_the_spans_own(text: str, start: int, end: int) -> None:
    """A span's tokens taken from the draft's are those the span alone gives, or None when a word
    runs over one of its ends; each sentence's clauses are those the sentence alone gives."""
    draft = _Draft.of(text)
    start, end = min(start, len(text)), min(max(start, end), len(text))
    own = [(t.text, t.start, t.end) for t in _tokens_of(WORD.finditer(text, start, end))]
    within = draft._tokens_within(start, end)
    if within is not None:
        assert [(t.text, t.start, t.end) for t in within] == own
    else:
        assert any(t.start < start < t.end or t.start < end < t.end for t in draft.toks)
    assert draft.parsed == [clauses(text, s, e) for s, e in draft.sentences]
