"""The feedback analyzer's speed helpers give exactly what the code they replace gave, compared with a copy
of the old reading on generated text: the person's mentions without a pattern compiled per name, each
sentence's first cue match without grouping every match, a sentence-start condition tested at the candidate
starts only, and a clause's tense worked out once."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from assistant.analyzers import feedback as fb
from assistant.analyzers.feedback.draft import _YOU_TOKEN, _Draft
from assistant.analyzers.feedback.steps import (
    _DEGREE_KEYS,
    _by_sentence,
    _degree_conjunct,
    _degree_demand,
    _exhortation,
    _first_by_sentence,
)
from assistant.analyzers.feedback.traits import _HE_OR_SHE_MENTION, _Mentions
from assistant.analyzers.scan import finditer_at
from assistant.text import WORD, _tense, _tokens_of, clauses, normalise_quotes

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


@EXAMPLES
@given(drafts, st.integers(0, 400), st.integers(0, 400))
@example("Don’t stop – it’s Priya’s call.", 0, 30)
@example("don't-stop", 3, 10)
def test_a_spans_words_and_token_range_read_from_the_draft_are_the_old_reading(text: str, a: int, b: int) -> None:
    """span_words (sliced from the draft's quoted_words) is the span's own tokens' words; tokens_up_to ends where the
    loop that stopped at the first token running past ``end`` ended; lowered is each token's lower-cased word with
    straight apostrophes; token_index by bisect is the first token starting at or after ``pos``."""
    draft = _Draft.of(text)
    start, end = min(a, len(text)), min(max(a, b), len(text))
    assert draft.span_words(start, end) == [normalise_quotes(t.text).lower() for t in draft.span_tokens(start, end)]
    assert draft.quoted_words == [normalise_quotes(t.text).lower() for t in draft.toks]
    assert draft.lowered == [t.lower.replace("’", "'") for t in draft.toks]
    first = draft.token_index(start)
    assert first == next((k for k, t in enumerate(draft.toks) if t.start >= start), len(draft.toks))
    last = first
    while last < len(draft.toks) and draft.toks[last].end <= end:
        last += 1
    assert draft.tokens_up_to(first, end) == last


@EXAMPLES
@given(cue_drafts)
@example("On Monday you sent the report. The client renewed, so the team could ship early.")
def test_every_match_kept_once_per_draft_is_the_patterns_own(text: str) -> None:
    draft = _Draft.of(text, RULES.scan)
    for n, pattern in enumerate(RULES.scan.patterns):
        starts = draft.match_starts[n]
        found = draft.all_matches(pattern, starts)
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]
        assert draft.all_matches(pattern, starts) is found  # worked out once
        assert [m.span() for m in draft.matches(RULES, pattern)] == [m.span() for m in found]


def test_the_cues_read_once_split_as_each_cue_says() -> None:
    assert [c for c, _, _ in RULES.independent_cues] == [c for c in RULES.cues if c.rule.needs is None]
    assert [(part, addressed) for c, part, addressed in RULES.independent_cues] == [
        (c.part, bool(c.rule.addressed)) for c in RULES.cues if c.rule.needs is None]
    assert list(RULES.dependent_cues) == [c for c in RULES.cues if c.rule.needs is not None]
    assert RULES.dependent_cues and RULES.independent_cues


DEGREE_PIECES = ["work", "faster", "more", "less", "chatting", "picking", "speed", "up", "slow", "down", "stop",
                 "quit", "so", "much", "the", "your", "pace", "in", "meetings", "than", "be", "talk", "listen",
                 "all", "time", "sell", "of", "by", "harder", "worked", "going"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(DEGREE_PIECES), min_size=1, max_size=8))
@example(["speed", "up"])
@example(["less", "chatting", "more", "picking"])
@example(["stop", "going", "so", "much"])
@example(["listen", "more", "in", "meetings"])
def test_a_degree_conjunct_holds_a_degree_key(words: list[str]) -> None:
    """_degree_demand passes over a span with none of _DEGREE_KEYS: every conjunct _degree_conjunct accepts has one."""
    if _degree_conjunct(words):
        assert not _DEGREE_KEYS.isdisjoint(words)


@pytest.mark.parametrize("text, degree, exhortation", [
    ("Work faster.", True, False),
    ("Less chatting, more picking.", True, False),
    ("Speed up.", True, False),
    ("You need to record more.", True, False),
    ("Send the draft by Thursday.", False, False),
    ("You work faster than anyone.", False, False),
    ("You should just try harder.", False, True),  # "try" is a support verb: no degree demand
    ("Show more initiative.", False, True),
    ("Ask Priya to review your first two reports.", False, False),
])
def test_degree_demands_and_exhortations_as_before(text: str, degree: bool, exhortation: bool) -> None:
    """The readings main gave before the early exits (checked on main at 1f0119d)."""
    draft = _Draft.of(text, RULES.scan)
    assert (_degree_demand(draft, 0, len(text)), _exhortation(draft, RULES, 0, len(text))) == (degree, exhortation)
