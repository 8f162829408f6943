"""Property tests: review_feedback never raises, spans point into the text, rewrites stay faithful."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.analyzers.feedback import SPAN_KINDS, review_feedback
from assistant.analyzers.fidelity import check_fidelity

WORDS = [
    "you", "You're", "he", "She", "Maria", "Mark", "is", "was", "always", "never", "lazy", "careless",
    "garbage", "disaster", "recovery", "bad attitude", "not a team player", "in", "yesterday's", "stand-up",
    "interrupted", "Sam", "which", "meant", "the", "team", "had to", "Next time", "please", "3", "Q3",
    "on Tuesday", "everything", "nothing", "constantly", "great", "job", "[", "]", '"', ",", ".", "!", "\n",
    "12,000", "$", "%", "Ünïcödé", "😀", "every time", "so", "let's", "being", "sloppy", "and",
]
feedback_like = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_text = st.text(max_size=20_000)
fuzz = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> None:
    report = review_feedback(text)
    for f in report.findings:
        if f.kind in SPAN_KINDS:
            assert 0 <= f.start < f.end <= len(text)
            assert text[f.start:f.end] == f.text
        else:
            assert f.start is None and f.end is None and f.text is None
    for name, part in report.structure.items():
        # present without a quoted clause only where the learned layer judged the part present
        assert part.present == (part.evidence is not None) or (
            part.present and any(n.startswith("Learned layer:") for n in report.notices)), name
        if part.evidence is not None:
            assert part.evidence in text
    for placeholder in report.placeholders:
        assert placeholder in report.rewrite
    assert check_fidelity(report.rewrite, [text]).ok, check_fidelity(report.rewrite, [text]).describe()


@fuzz
@given(any_text)
def test_any_unicode_never_raises(text):
    report = review_feedback(text)
    for f in report.findings:
        if f.start is not None:
            assert text[f.start:f.end] == f.text


@fuzz
@given(st.text(max_size=2_000))
def test_unicode_reports_are_consistent_and_faithful(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(feedback_like)
@example("You're disaster")  # harsh and trait on one span: one placeholder, the rendered one
def test_feedback_like_drafts_are_consistent_and_faithful(text):
    _check(text)
