"""The helpers that made the analyzers linear on repeated phrases give exactly what the code they
replace gave: each is compared with a copy of the old, per-call reading on generated text (words,
request leads, praise and task words, 'Re-' prefixes, question marks, closing quotes, no
punctuation at all). The time each takes is in tests/adversarial/test_linear_time.py."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.analyzers import feedback as fb
from assistant.analyzers import goal as gl
from assistant.analyzers.feedback.acts import (
    _REINFORCE,
    _REQUEST_LEADS,
    _RESULT_REQUEST_VERBS,
    _VERB_USE,
    _WISHED_RESULT,
    _ends_in_question,
    _requested,
)
from assistant.analyzers.feedback.draft import _Draft
from assistant.analyzers.feedback.praise import _DONE_WELL, _found_from
from assistant.analyzers.feedback.steps import _QUESTION_END, _imperative
from assistant.analyzers.goal.actions import _HEAD_BEFORE
from assistant.analyzers.goal.models import _TOKEN
from assistant.analyzers.goal.relevance import _HAS_VERB
from assistant.text import normalise_quotes, tokens

PIECES = [
    "please", "Please", "just", "and", "then", "so", "also", "be", "Be", "keep", "make", "Make", "stay", "send", "Send",
    "the", "report", "clear", "great", "GREAT", "JOB", "YOU", "you", "Sam", "she", "finished", "launched", "on time",
    "every", "deadline", "before the deadline", "first", "early", "but", "if", "Re-focus", "re-train", "Re-", "will",
    "increase", "sales", "by", "10%", "To reduce churn", "is", "?", "? ”", "?)", ".", ",", ";", "’", "'", "\u200b", "🙂",
    "", " ", "  ", "\n",
]
drafts = st.lists(st.sampled_from(PIECES), max_size=40).map(lambda ws: " ".join(ws).replace("  ", " "))
EXAMPLES = settings(max_examples=150, deadline=None)
RULES = fb.load_feedback_rules()
GOAL_RULES = gl.load_rules()


def old_requested(draft: _Draft, rules, sentence: int, m: re.Match[str]) -> bool:
    """``_requested`` read per call: the clause's prefix tokenised again for each praise word."""
    c = draft.clause_at(sentence, m.start())
    if c is None:
        return False
    if _WISHED_RESULT.search(draft.text, max(c.start, m.start() - 80), m.start()):
        return True
    if c.link not in ("", "and", "then", "so", "but") or c.subject_words not in ((), ("please",)):
        return False
    found = draft.parsed[sentence]
    k = found.index(c)
    if k and (c.link == "" or found[k - 1].subject_words not in ((), ("please",))):
        return False
    if _QUESTION_END.search(draft.text, c.start, draft.sentences[sentence][1]) or _REINFORCE.match(draft.text, c.start):
        return False
    lead = tokens(draft.text[c.start:m.start()])
    k = 0
    while k < len(lead) and normalise_quotes(lead[k].text).lower() in _REQUEST_LEADS:
        k += 1
    if k >= len(lead):
        # the praise word opens the clause: an instruction only after "please" or as a verb before its object
        clause = [(t, normalise_quotes(t.text).lower()) for t in tokens(draft.text[c.start:c.end])]
        first = next((i for i, (_, w) in enumerate(clause) if w not in _REQUEST_LEADS), len(clause))
        return first < len(clause) and c.start + clause[first][0].start == m.start() and (
            "please" in [w for _, w in clause[:first]]
            or " " not in m.group() and _VERB_USE.match(draft.text, m.end()) is not None)
    verb = normalise_quotes(lead[k].text).lower()
    return verb in _RESULT_REQUEST_VERBS or _imperative(draft, rules, c)


@EXAMPLES
@given(drafts)
def test_requested_reads_each_clause_once_with_the_same_answers(text: str) -> None:
    draft = _Draft.of(text, RULES.scan)
    for i, (s, e) in enumerate(draft.sentences):
        # every position a praise word could start at, word starts and points inside words alike
        for m in re.finditer(r"(?s).", text[s:e]):
            at = re.compile(r"(?s).").match(text, s + m.start())
            assert _requested(draft, RULES, i, at) == old_requested(draft, RULES, i, at), (text, s + m.start())


@EXAMPLES
@given(drafts)
def test_question_end_and_task_done_marks_are_read_once_per_sentence(text: str) -> None:
    draft = _Draft.of(text, RULES.scan)
    for i, (s, e) in enumerate(draft.sentences):
        for pos in range(s, e + 1):
            assert _ends_in_question(draft, i, pos) == bool(_QUESTION_END.search(text, pos, e)), (text, pos)
            assert _found_from(draft, _DONE_WELL, pos, s, e) == (
                _DONE_WELL.search(text, pos, e) is not None), (text, pos)


def old_has_verb(text: str, start: int, end: int) -> bool:
    """``goal._HAS_VERB`` as it was: the whole prefix blanked and read for each span."""
    span = re.sub(r"\b[Rr]e-(?=[a-z])", "   ", text[:end])
    rules = GOAL_RULES

    def clause_head(at: int) -> bool:
        before = span[max(0, at - 30):at]
        return not span[:at].strip() or bool(_HEAD_BEFORE.search(before) or _HEAD_BEFORE.search(
            re.sub(r"[a-z]{2,20}ly\s+\Z", "", before)))

    def word_starts(regex: re.Pattern[str], firsts):
        for token in _TOKEN.finditer(span):
            if firsts is None or token.group().lower() in firsts:
                m = regex.match(span, token.start())
                if m:
                    yield m

    return any(clause_head(m.start()) for regex, kind in (
        (rules.action_verbs, "action"), (rules.vague_verbs, "vague"), (rules.effort_verbs, "effort"))
        for m in word_starts(regex, rules.first_words.get(kind)) if start <= m.start() < end) or bool(
        re.search(r"\b(?:will|is|are|was|were|be|has|have|can|must|should)\b|\w['’]ll\b", text[start:end], re.IGNORECASE))


@EXAMPLES
@given(drafts, st.data())
def test_goal_verb_test_reads_from_the_last_space_with_the_same_answers(text: str, data) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _HAS_VERB(text, start, end, GOAL_RULES) == old_has_verb(text, start, end)


def test_goal_verb_test_where_no_space_is_near_reads_the_prefix_whole() -> None:
    text = "x" * 300 + ". Increase sales by 10%"
    spans = ((302, 324), (303, 311), (0, 300), (250, 311))  # mid-word starts; the last 250 characters into a word
    assert [_HAS_VERB(text, s, e, GOAL_RULES) for s, e in spans] == [old_has_verb(text, s, e) for s, e in spans] == [
        True, False, False, True]
