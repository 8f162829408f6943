"""Problem-solution narratives of praise (round 20, second pass; probe: scripts/feedback_round20b_tone_probe.py): a
problem told before the person enters the story is the situation they met, not criticism of them; a problem in a
relative clause on a remedy's object was remedied; "slipped it to", "without a hitch" and "ran the cutover" are no
fault; a quantifier ("None of ...") opening a sentence is nobody's name. Look-alikes whose problem is the person's
own doing stay criticism."""


import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round20b_tone_probe.py")


def reading(draft: str) -> tuple[str, list[str]]:
    report = review_feedback(draft)
    return report.polarity, sorted(f.kind for f in report.findings)


def probe(row_id: str) -> str:
    return next(r["text"] for r in PROBE.rows() if r["id"] == row_id)


@pytest.mark.parametrize("row_id", ["p13", "p14", "p15", "p19", "p29"])
def test_a_problem_told_before_the_person_enters_is_the_situation(row_id):
    assert reading(probe(row_id)) == ("positive", [])


@pytest.mark.parametrize("row_id", ["l01", "l04", "l05", "l09", "l16"])
def test_a_problem_of_the_persons_own_doing_stays_criticism(row_id):
    assert reading(probe(row_id)) == ("constructive", ["missing_action"])


def test_a_person_in_a_state_before_a_negated_act_is_no_solution():
    draft = "The client did not get a reply for a week. You were on leave and had not set an out-of-office message."
    assert reading(draft)[0] == "constructive"


@pytest.mark.parametrize("draft", [
    "Fixed the checkout bug that was causing duplicate charges for repeat customers, so support tickets fell by half.",
    "Tracked down and resolved a memory leak in the export job that had been crashing the nightly run, and the "
    "finance team got their reports by 7 am again.",
])
def test_a_problem_in_a_relative_clause_on_the_remedys_object_was_remedied(draft):
    assert reading(draft) == ("positive", [])


def test_a_quantifier_opening_a_sentence_is_no_name_and_slipped_it_to_is_handing_over():
    draft = ("My aunt kept asking for her glasses before the scan. None of us had them, so Ravi went down to the car "
             "park, found them in her coat and slipped them to her before she went in. She stopped worrying and the "
             "scan went ahead on time.")
    assert reading(draft) == ("positive", [])


def test_slipped_her_mind_is_still_forgetting():
    assert reading("The deadline slipped her mind again, and the client had to chase us.")[0] == "constructive"


@pytest.mark.parametrize(("row_id", "expected"), [
    ("q01", ("positive", [])),
    ("q03", ("positive", ["vague"])),
    ("m01", ("mixed", ["missing_action"])),
    ("m02", ("mixed", ["missing_action", "vague"])),
])
def test_a_turn_after_a_problem_is_no_turn_against_the_person_but_after_praise_it_is(row_id, expected):
    assert reading(probe(row_id)) == expected


def test_without_a_hitch_is_no_fault():
    draft = ("The warehouse move was set for a single Saturday. Kwame planned every truck and labelled every pallet, "
             "and the move went off without a hitch, so the pickers started on Monday at the usual time.")
    assert reading(draft) == ("positive", [])
