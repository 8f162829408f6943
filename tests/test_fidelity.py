"""The fidelity guard: rewrites may not bring in numbers, dates or names."""

from hypothesis import given
from hypothesis import strategies as st

from assistant.analyzers.fidelity import check_fidelity

SOURCE = (
    "Reduce ticket resolution time from 36 to 24 hours by the end of Q3 for Maria's team at Acme. "
    "Weekly one-on-ones with each of my six reports."
)


def violations(output: str) -> list[tuple[str, str]]:
    return [(v.kind, v.text) for v in check_fidelity(output, [SOURCE]).violations]


def test_faithful_rewrite_with_placeholders_passes():
    report = check_fidelity(
        "Reduce ticket resolution time from 36 to 24 hours by the end of Q3 to support "
        "[which team or organisation objective this supports, e.g. 2027 plan].",
        [SOURCE],
    )
    assert report.ok
    assert report.violations == []
    assert report.describe() == "no invented facts"


def test_invented_number_date_and_names_are_flagged_with_spans():
    output = "Reduce ticket resolution time from 36 to 20 hours by March 2027 with John at Globex."
    report = check_fidelity(output, [SOURCE])
    assert [(v.kind, v.text) for v in report.violations] == [
        ("number", "20"),
        ("date", "March"),
        ("number", "2027"),
        ("name", "John"),
        ("name", "Globex"),
    ]
    for v in report.violations:
        assert output[v.start : v.end] == v.text


def test_number_words_and_digits_are_equivalent():
    assert violations("Hold weekly one-on-ones with each of my 6 reports.") == []
    assert violations("Hold weekly one-on-ones with each of my seven reports.") == [("number", "seven")]


def test_quarters_weekdays_and_percentages():
    assert violations("Finish by the end of Q4.") == [("date", "Q4")]
    assert violations("Raise satisfaction by 5% by Friday.") == [("number", "5%"), ("date", "Friday")]


def test_possessives_sentence_starts_and_modal_may_are_not_names():
    assert violations("Situation: I noticed Maria's team at Acme. The result was good and it may help.") == []


def test_thousands_separators_and_currency_normalise():
    report = check_fidelity("Digitize 2000 records and save $1,500.", ["Digitize 2,000 records to save $1500"])
    assert report.ok


@given(st.text(max_size=400), st.text(max_size=400))
def test_never_raises_and_spans_match(output: str, source: str):
    report = check_fidelity(output, [source])
    assert report.ok == (not report.violations)
    for v in report.violations:
        assert output[v.start : v.end] == v.text
