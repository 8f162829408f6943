"""Problem-solution narratives of praise: whose problem a negative sentence tells.

A problem told before the person enters the story is the situation they met, not criticism of them; a problem in
a relative clause on a remedy's object was remedied; "slipped it to", "without a hitch" and "ran the cutover" are
no fault; a quantifier ("None of ...") opening a sentence is nobody's name. A negative sentence told after the
person entered the story that names no one of the draft, is not caused by them (no effect opener, no pronoun that
may be theirs, no word of their earlier work as its subject) and follows no criticism of them, with an act of
theirs after it, is the situation they met. Look-alikes whose problem is the person's own doing stay criticism.

Texts from scripts/feedback_round20b_tone_probe.py and scripts/feedback_round20c_probe.py."""

from __future__ import annotations

import pytest

from tests.fixtures.feedback import reading_each
from tests.fixtures.scripts import probe_texts

TONE = probe_texts("scripts/feedback_round20b_tone_probe.py")
SITUATION = probe_texts("scripts/feedback_round20c_probe.py")


@pytest.mark.parametrize("row_id", ["p13", "p14", "p15", "p19", "p29"])
def test_a_problem_told_before_the_person_enters_is_the_situation(row_id):
    assert reading_each(TONE[row_id]) == ("positive", [])


@pytest.mark.parametrize("row_id", ["l01", "l04", "l05", "l09", "l16"])
def test_a_problem_of_the_persons_own_doing_stays_criticism(row_id):
    assert reading_each(TONE[row_id]) == ("constructive", ["missing_action"])


def test_a_person_in_a_state_before_a_negated_act_is_no_solution():
    draft = "The client did not get a reply for a week. You were on leave and had not set an out-of-office message."
    assert reading_each(draft)[0] == "constructive"


@pytest.mark.parametrize("draft", [
    "Fixed the checkout bug that was causing duplicate charges for repeat customers, so support tickets fell by half.",
    "Tracked down and resolved a memory leak in the export job that had been crashing the nightly run, and the "
    "finance team got their reports by 7 am again.",
])
def test_a_problem_in_a_relative_clause_on_the_remedys_object_was_remedied(draft):
    assert reading_each(draft) == ("positive", [])


def test_a_quantifier_opening_a_sentence_is_no_name_and_slipped_it_to_is_handing_over():
    draft = ("My aunt kept asking for her glasses before the scan. None of us had them, so Ravi went down to the car "
             "park, found them in her coat and slipped them to her before she went in. She stopped worrying and the "
             "scan went ahead on time.")
    assert reading_each(draft) == ("positive", [])


def test_slipped_her_mind_is_still_forgetting():
    assert reading_each("The deadline slipped her mind again, and the client had to chase us.")[0] == "constructive"


@pytest.mark.parametrize(("row_id", "expected"), [
    ("q01", ("positive", [])),
    ("q03", ("positive", ["vague"])),
    ("m01", ("mixed", ["missing_action"])),
    ("m02", ("mixed", ["missing_action", "vague"])),
])
def test_a_turn_after_a_problem_is_no_turn_against_the_person_but_after_praise_it_is(row_id, expected):
    assert reading_each(TONE[row_id]) == expected


def test_without_a_hitch_is_no_fault():
    draft = ("The warehouse move was set for a single Saturday. Kwame planned every truck and labelled every pallet, "
             "and the move went off without a hitch, so the pickers started on Monday at the usual time.")
    assert reading_each(draft) == ("positive", [])


@pytest.mark.parametrize("row_id", ["c01", "c02", "c05", "c06", "c09", "c20"])
def test_a_problem_told_after_the_person_entered_is_the_situation(row_id):
    assert reading_each(SITUATION[row_id]) == ("positive", [])


@pytest.mark.parametrize("row_id", ["l01", "l02", "l03", "l04", "l05", "l06", "l09", "l10", "l12", "l13"])
def test_the_persons_own_doing_stays_criticism(row_id):
    assert reading_each(SITUATION[row_id])[0] != "positive"


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
    assert reading_each(draft)[0] != "positive"


@pytest.mark.parametrize("row_id", ["c18", "c24"])
def test_one_last_and_first_open_no_name(row_id):
    # "Last quarter deliveries arrived late", "One morning in January the road was closed": no person named
    polarity, kinds = reading_each(SITUATION[row_id])
    assert polarity == "positive" and "missing_action" not in kinds
