"""Issue-level robustness: every analyzer takes any unicode string up to 50,000 characters (the
input limit) without raising, and every span it reports lies inside the text and matches it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.analyzers.bias import check_bias
from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import check_goal

TRIGGERS = [
    "abrasive", "She is bossy", "never", "lazy", "by the end of Q3", "from 36 to 24 hours", "chairman",
    "maternity leave", "culture fit", "You're", "Next time, please", "[deadline]", "2,000", "\u200b", "🙂",
]
mixed = st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=40)), max_size=400).map(" ".join)
# Long repetitions of one trigger or a few: the inputs that made regular expressions backtrack.
repeated = st.tuples(st.lists(st.sampled_from(TRIGGERS), min_size=1, max_size=3).map(" ".join),
                     st.sampled_from([" ", "", "-", ",", "\n", ". "])).map(lambda t: ((t[0] + t[1]) * 50_000)[:50_000])
any_text = st.one_of(st.text(max_size=50_000), mixed, repeated)
SLOW_OK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                          HealthCheck.data_too_large])


def assert_span(text: str, start: int | None, end: int | None, span: str | None) -> None:
    if start is None:
        assert end is None
        return
    assert 0 <= start <= end <= len(text)
    assert text[start:end] == span


@SLOW_OK
@given(any_text)
def test_check_bias(text: str) -> None:
    for flag in check_bias(text).flags:
        assert_span(text, flag.start, flag.end, flag.text)


@SLOW_OK
@given(any_text)
def test_check_goal(text: str) -> None:
    report = check_goal(text)
    assert 0 <= report.score <= 5
    for criterion in report.criteria.model_dump().values():
        assert_span(text, criterion["start"], criterion["end"], criterion["evidence"])


@SLOW_OK
@given(any_text)
def test_review_feedback(text: str) -> None:
    report = review_feedback(text)
    for finding in report.findings:
        assert_span(text, finding.start, finding.end, finding.text)
    for flag in report.bias:
        assert_span(text, flag.start, flag.end, flag.text)


@SLOW_OK
@given(any_text, st.text(max_size=2_000))
def test_check_fidelity(output: str, source: str) -> None:
    report = check_fidelity(output, [source])
    for violation in report.violations:
        assert_span(output, violation.start, violation.end, violation.text)
