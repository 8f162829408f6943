"""Properties of check_goal over arbitrary text: it never raises, spans point into the input,
every gap is asked about in the rewrite, a complete goal comes back as written, and every rewrite
passes the fidelity guard."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import CRITERIA, check_goal

FRAGMENTS = [
    "Reduce", "improve", "customer service", " by ", "March 1", "Q3", "from 36 to 24 hours", " and ",
    "increase", "O'Neil", "Bravo-Team", "100%", "triple", "in two weeks", "so that", "weekly",
    "to support the department's retention objective", "try to", ",", ".", "  ", "\n", "By June 30, 2027,",
    "Ünïcödé", "[x]", "[", "]", "2,000", "1.5", "may", "May", "I will", "To ", "zero", "no additional staff",
    "starting tomorrow", "soon", "the portal", "Launch", "Dr. Smith", "ACME's", "$5k", "10x", "Ｑ３", "٣",
]
goal_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=16).map(" ".join)
glued = st.lists(st.sampled_from(FRAGMENTS), max_size=16).map("".join)
texts = st.one_of(st.text(max_size=400), goal_like, glued)


def check_properties(text: str) -> None:
    report = check_goal(text)
    assert 0 <= report.score <= 5
    assert report.score == sum(getattr(report.criteria, c).met for c in CRITERIA)
    for name in CRITERIA:
        c = getattr(report.criteria, name)
        if c.evidence is None:
            assert c.start is None and c.end is None
        else:
            assert 0 <= c.start < c.end <= len(text)
            assert text[c.start : c.end] == c.evidence
    if report.score < 5:  # every gap is asked about, in place or appended
        assert report.placeholders
    for placeholder in report.placeholders:
        assert placeholder in report.rewrite, placeholder
    if report.score == 5 and not report.warnings:  # a complete goal comes back as written, and says so
        assert report.summary and report.placeholders == []
        written = " ".join(text.split()).rstrip(".!?")
        assert report.rewrite.rstrip(".!?") == written[:1].upper() + written[1:]
    for warning in report.warnings:
        if warning.start is not None:
            assert text[warning.start : warning.end] == warning.text
    assert check_fidelity(report.rewrite, [text]).ok, report.rewrite


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_goal_properties(text: str) -> None:
    check_properties(text)


long_texts = st.one_of(
    st.text(min_size=5_000, max_size=20_000),
    st.tuples(goal_like, st.integers(1, 400)).map(lambda t: ((t[0] + " ") * t[1])[:20_000]),
)


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(long_texts)
def test_long_texts_up_to_20000_characters(text: str) -> None:
    check_properties(text)
