"""A pattern with no place in a draft where it can start: the feedback analyzer's draft gives it no matches
at once (whole draft or a span), and every pattern of the rules' scan still finds, through the draft, the
spans ``finditer`` finds (those that can start too)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from assistant.analyzers import feedback as fb
from assistant.analyzers.feedback.draft import _Draft
from assistant.analyzers.feedback.steps import _first_by_sentence
from assistant.text import sentence_spans

PIECES = [
    "You", "she", "missed", "the deadline", "again", "Thanks for", "the report", "Next time,", "please", "send it",
    "by Friday", "Starting Monday", "two customers", "told me", "it was late", "and", "so", "Priya", "left",
    "Has not", "replied", "I'd like you to", "check the totals", ".", ",", "!", "?", "\n", "- ", "’",
]
drafts = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)


@settings(max_examples=120, deadline=None)
@given(drafts)
@example("Thanks for the report. Next time, please send it by Friday.")
@example("")
def test_every_scanned_pattern_finds_through_the_draft_what_finditer_finds(text: str) -> None:
    rules = fb.load_feedback_rules()
    draft = _Draft.of(text, rules.scan)
    assert rules.scan is not None
    spans = [*sentence_spans(text), (len(text) // 3, len(text))]
    for n, pattern in enumerate(rules.scan.patterns):
        expected = [m.span() for m in pattern.finditer(text)]
        if draft.match_starts[n] == []:
            assert expected == [] and list(draft.matches(rules, pattern)) == []
        assert [m.span() for m in draft.matches(rules, pattern)] == expected
        for s, e in spans:
            assert [m.span() for m in draft.matches(rules, pattern, s, e)] == [m.span() for m in pattern.finditer(text, s, e)]


def test_a_draft_holding_none_of_a_cue_s_starts_gives_it_no_sentence_matches() -> None:
    rules = fb.load_feedback_rules()
    draft = _Draft.of("Thanks for the report.", rules.scan)
    empty = [cue for cue in rules.cues if draft.match_starts[rules.scan.index(cue.pattern)] == []]
    assert empty
    assert all(_first_by_sentence(draft, rules, cue.pattern) == [] for cue in empty)
