"""A problem told as what the person's work removed or kept away is praise; the same problem grown on the person's
own work is criticism (probe: scripts/feedback_round31p_probe.py). The problem word is in the subject of a clause
whose verb says it became less, ended, vanished or got better ("the late payments have stopped", WordNet 3.0 verbs in
assistant/data/amount_change_verbs.txt), or of a negated active verb ("the bug never reached production"); a
negated change ("haven't stopped"), a demanded one ("has to stop"), a passive ("were not fixed") and growth ("rose")
stay criticism. A problem told in a "used to" clause is a past habit, no criticism, unless "still" or "again" says it
holds now."""

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.problems import _amount_change_verbs
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round31p_probe.py")
TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return str(report.polarity), sorted({f.kind for f in report.findings})


@pytest.mark.parametrize("row_id", ["p01", "p20", "p22"])
def test_a_problem_removed_by_the_persons_work_is_praise(row_id):
    # "the mispick rate on your aisle has come down", "the confusion ... is gone", "the late payments have stopped"
    assert reading(TEXTS[row_id]) == ("positive", [])


def test_a_problem_kept_away_by_a_negated_verb_is_praise():
    assert reading("The bug never reached production.")[0] == "positive"
    assert reading("Your late arrivals have stopped.")[0] == "positive"


@pytest.mark.parametrize("row_id", ["p43", "p44", "p45"])
def test_a_problem_taken_back_by_whoever_raised_it_is_praise(row_id):
    # "He withdrew his complaint the next day", "they dropped the late-payment claim", "she retracted her complaint"
    assert reading(TEXTS[row_id])[0] == "positive"


@pytest.mark.parametrize(("row_id", "expected"), [
    ("p47", "mixed"),  # "The customer withdrew her order after your late reply": no problem in the object
    ("p48", "mixed"),  # "The client cancelled the contract because of your missed deadlines"
])
def test_something_else_taken_back_stays_criticism(row_id, expected):
    assert reading(TEXTS[row_id])[0] == expected


@pytest.mark.parametrize("row_id", ["p54", "p55"])
def test_a_problem_told_as_a_past_habit_is_no_criticism(row_id):
    # "The Monday reports used to reach the board late; this quarter every one went out on the Friday before."
    assert reading(TEXTS[row_id]) == ("positive", [])


@pytest.mark.parametrize("row_id", ["p56", "p57", "p58"])
def test_a_past_habit_that_still_holds_or_a_new_lapse_stays_criticism(row_id):
    # "... used to miss the allergy notes, and they still do", "You used to send the reports on time, but ... late"
    assert reading(TEXTS[row_id])[0] != "positive"


def test_a_problem_grown_on_the_persons_work_is_criticism():
    # "Complaints about wait times on your desk rose from 3 to 14 a month."
    assert reading(TEXTS["p30"]) == ("mixed", ["missing_action"])


@pytest.mark.parametrize(("text", "expected"), [
    ("The complaints haven't stopped since March.", "constructive"),  # a change denied
    ("Her nonstop complaining about the rota has to stop.", "constructive"),  # a change demanded
    ("The delays need to stop.", "constructive"),
    ("The errors were not fixed.", "mixed"),  # a passive: the problem left standing
    ("The delays didn't help the team.", "constructive"),  # a good the problem failed to do
    ("The mispick rate on your aisle has gone up to 3%.", "constructive"),
])
def test_look_alikes_stay_criticism(text, expected):
    assert reading(text)[0] == expected


def test_a_verb_of_both_lists_reads_as_less():
    assert reading("Thanks for covering, Nina. The errors on your returns have declined since March.")[0] == "positive"


def test_growth_of_others_problem_in_the_setting_stays_praise():
    assert reading("Complaints rose across the industry this year, but you kept every client.")[0] == "positive"


def test_the_word_list_reads_both_directions():
    verbs = _amount_change_verbs()
    assert (verbs["come_down"], verbs["stopped"], verbs["rose"], verbs["withdrew"], verbs["dropped"]) == (
        {"less"}, {"less"}, {"more"}, {"taken_back"}, {"less", "taken_back"})
    assert verbs["declined"] == {"less", "more"}  # grow smaller, grow worse: read as less
