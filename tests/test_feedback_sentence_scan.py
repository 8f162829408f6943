"""Sentence patterns scanned with the rules' patterns: the feedback analyzer's patterns searched sentence by
sentence (feedback._SCANNED) are tried only where they can start, and find what ``search``/``finditer`` on
the sentence found, with the pattern itself as each match's ``re``."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from assistant.analyzers import feedback as fb
from assistant.analyzers import rulecache
from assistant.analyzers.feedback.draft import _Draft
from assistant.analyzers.feedback.rules import _SCANNED, _compile_rules
from assistant.text import sentence_spans

PIECES = [
    "It would help if", "it'd be better if", "you", "she", "checked", "the totals", "first", "far too many",
    "too late", "slides", "I'd like to see", "fewer", "less", "mistakes", "We need your", "timesheets",
    "by Friday", "Can we", "going forward", "is below", "the expected level", "fell short of", "the target", "could have been", "clearer",
    "was no better", "notes", "needs", "constant", "reminders", "refused to", "won't", "share", "his notes",
    "needs to improve", "struggled", "would benefit from", "a real change", "more effort", "71 against a target of 80",
    ".", ",", "!", "?", "\n", "’", "'", "K", "ſ", "İ", "ı", "TOO", "Fewer", "NEEDS",
    # the rank, change and deficiency patterns of _bad_rank, _worsened_measure and _judgements
    "Your", "resolution rate", "dropped", "from 74% to 58%", "has gone up", "the slowest", "picker", "the very best",
    "is", "were", "not clear enough", "incomplete", "too brief", "signed but never", "submitted", "looked",
    "unprofessional", "the last", "to leave", "theme", "isn't", "wasn't", "THE", "WERE",
]
drafts = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)


def _spans(text: str) -> list[tuple[int, int]]:
    return [*sentence_spans(text), (0, len(text)), (len(text) // 3, len(text) - len(text) // 4)]


def test_each_scanned_pattern_is_indexed_whole_in_the_rules_scan() -> None:
    fresh = _compile_rules(None)
    for rules in (fb.load_feedback_rules(), fresh):
        assert rules.scan is not None
        for pattern in _SCANNED:
            n = rules.scan_index(pattern)
            assert n is not None and rules.scan.patterns[n] == pattern
            assert rules.scan.starts_of[n] is not None  # its starts are read, not scanned in full
            assert n not in rules.scan._split  # tried whole: a match's re is the pattern
        assert rules.scan_index(rules.change_request) is not None  # the rules' own, searched in the whole draft
    cached = rulecache.load("feedback")
    if cached is not None:  # read back from the compiled rules: its copies are adopted under the module's patterns
        assert all(cached.scan_index(p) is None for p in _SCANNED)
        cached.scan.adopt(_SCANNED)
        assert [cached.scan_index(p) for p in _SCANNED] == [fresh.scan_index(p) for p in _SCANNED]


@settings(max_examples=300, deadline=None)
@given(drafts)
@example("It would help if you checked the totals first. I'd like to see fewer mistakes.")
@example("You had far too many slides. She refused to share his notes. Your report was no better.")
@example("His score was 71 against a target of 80, below the expected level. It could have been clearer.")
@example("Your resolution rate dropped from 74% to 58%. You were the slowest picker. The notes were too brief.")
@example("The report is incomplete, signed but never submitted; the theme looked unprofessional.")
def test_scanned_sentence_searches_find_what_search_found(text: str) -> None:
    rules = fb.load_feedback_rules()
    draft = _Draft.of(text, rules.scan)
    for pattern in (*_SCANNED, rules.change_request):
        for s, e in _spans(text):
            found = draft.search(rules, pattern, s, e)
            expected = pattern.search(text, s, e)
            assert (found and (found.span(), found.groups(), found.re)) == (
                expected and (expected.span(), expected.groups(), expected.re))
            assert [(m.span(), m.groups(), m.re) for m in draft.matches(rules, pattern, s, e)] == [
                (m.span(), m.groups(), m.re) for m in pattern.finditer(text, s, e)]
