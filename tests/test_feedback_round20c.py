"""Criticism must be about the person (round 20, brief AD; probe: scripts/feedback_round20c_probe.py): a negative
sentence told after the person entered the story that names no one of the draft, is not caused by them (no
effect opener, no pronoun that may be theirs, no word of their earlier work as its subject) and follows no
criticism of them, with an act of theirs after it, is the situation they met. Look-alikes whose problem is the
person's doing stay criticism."""


import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round20c_probe.py")


def reading(draft: str) -> tuple[str, list[str]]:
    report = review_feedback(draft)
    return report.polarity, sorted(f.kind for f in report.findings)


def probe(row_id: str) -> str:
    return next(r["text"] for r in PROBE.rows() if r["id"] == row_id)


@pytest.mark.parametrize("row_id", ["c01", "c02", "c05", "c06", "c09", "c20"])
def test_a_problem_told_after_the_person_entered_is_the_situation(row_id):
    assert reading(probe(row_id)) == ("positive", [])


@pytest.mark.parametrize("row_id", ["l01", "l02", "l03", "l04", "l05", "l06", "l09", "l10", "l12", "l13"])
def test_the_persons_own_doing_stays_criticism(row_id):
    assert reading(probe(row_id))[0] != "positive"


@pytest.mark.parametrize("draft", [
    "Sam placed the order with the new supplier. As a result, two orders went to the wrong address. Sam then "
    "called the courier.",
    "Lena set up the payroll import. The import kept failing and staff were paid late. Lena then sent a note to "
    "the team.",
    "Ana ran the night shift. The labels she printed were wrong and had to be thrown away. Ana re-ran the batch in "
    "the morning.",
    "Kofi took the van. So the van broke down halfway and the boxes were late. Kofi then borrowed a truck.",
])
def test_an_effect_their_work_or_a_pronoun_keeps_the_problem_theirs(draft):
    assert reading(draft)[0] != "positive"


@pytest.mark.parametrize("row_id", ["c18", "c24"])
def test_one_last_and_first_open_no_name(row_id):
    # "Last quarter deliveries arrived late", "One morning in January the road was closed": no person named
    polarity, kinds = reading(probe(row_id))
    assert polarity == "positive" and "missing_action" not in kinds
