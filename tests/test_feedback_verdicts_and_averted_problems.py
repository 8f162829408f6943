"""Verdicts that name no act, and problems a good act removed or averted (round 27).

An evaluation clause links what it judges to a judgement ("That call was a disaster", "you sounded bored", "Your
preparation was clear", "You've got potential"): the judged bare noun and the linking verb name no observable act,
so a draft made of such clauses is vague, while a subject that names a particular thing ("Your reply to the angry
caller", "the spring brochure") or an act told beside the verdict keeps it specific. A negated auxiliary ("haven't",
"weren't") is no content word.

The person's act told as the denied condition of a counterfactual ("If you hadn't stayed late ..., forty drivers
would have been paid a week late", "Had you not rerouted the trucks") is praise; the affirmed condition ("If you had
checked the dosage chart, the patient would not have been given the wrong dose") is criticism. A problem that is
the object of a remedy as a free relative ("removed what had been the main cause of our call-outs") or that belongs
to served people through a "whose" relative ("each member whose payment had failed") is no criticism.

A change suggested as a gerund subject with a conditional modal and a benefit ("Adding a one-page summary at the
front could make it easier for the directors to read", "Sharing it with the night shift could be beneficial") is
developmental and is itself the next step; a gerund of the person, of more of the same, or told in the past is not.

A problem told in the present or perfect as holding since the person's act ("the stockroom has been chaos since
you took over the ordering") is the person's own time in charge, not the scene they met; "Work on your phone
manner." asks only for a better result, as "Improve your ..." does.

Texts from scripts/feedback_round27_probe.py, scripts/feedback_round27b_probe.py and
scripts/feedback_round27c_probe.py."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import probe_texts

VERDICTS = probe_texts("scripts/feedback_round27_probe.py")
AVERTED = probe_texts("scripts/feedback_round27b_probe.py")
SUGGESTED = probe_texts("scripts/feedback_round27c_probe.py")


def reading(text: str) -> tuple[str, list[str], str | None]:
    report = review_feedback(text)
    return report.polarity, sorted(f.kind for f in report.findings), report.structure.behavior.evidence


@pytest.mark.parametrize(("row_id", "expected"), [
    ("v03", ("constructive", ["missing_action", "missing_impact", "vague"], None)),
    ("v07", ("constructive", ["missing_action", "missing_impact", "vague"], None)),
    ("v08", ("constructive", ["missing_action", "missing_impact", "vague"], None)),
    ("v09", ("constructive", ["missing_action", "missing_impact", "trait", "vague"], None)),
    ("v11", ("positive", ["missing_impact", "vague"], None)),
])
def test_a_draft_of_evaluation_clauses_names_no_behaviour(row_id, expected):
    assert reading(VERDICTS[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("n06", ("constructive", ["missing_action"], "You haven't sent the vendor invoices since the 4th")),
    ("n10", ("positive", ["missing_impact"],
             "The spring brochure you designed used the new grid and came in two days early")),
    ("n12", ("positive", [], "You put the cost table on page one and cut the summary to five bullet points")),
    ("n14", ("positive", ["missing_impact"], "and you sent it to the board two days before the meeting")),
])
def test_a_verdict_beside_an_act_or_a_particular_thing_stays_specific(row_id, expected):
    assert reading(VERDICTS[row_id]) == expected


@pytest.mark.parametrize("row_id", ["c01", "c03", "c04"])
def test_a_denied_condition_of_a_counterfactual_is_praise(row_id):
    assert reading(AVERTED[row_id])[0] == "positive"


def test_an_affirmed_condition_of_a_counterfactual_is_criticism():
    assert reading(AVERTED["l06"]) == ("constructive", ["missing_impact"],
                                       "the patient would not have been given the wrong dose")
    assert reading(AVERTED["l10"]) == ("constructive", [], "Had you asked before changing the rota")


def test_an_open_condition_is_no_counterfactual():
    assert reading(AVERTED["l02"]) == ("constructive", ["vague"], None)


@pytest.mark.parametrize(("row_id", "evidence"), [
    ("f01", "You cleared out what had been a constant source of complaints"),
    ("f04", "You sorted out what had become a tangle of duplicate supplier records"),
    ("s04", "You rebooked every guest whose room had been double-booked and gave each of them a breakfast voucher"),
])
def test_a_removed_or_served_partys_problem_is_no_criticism(row_id, evidence):
    assert reading(AVERTED[row_id]) == ("positive", [], evidence)


@pytest.mark.parametrize(("row_id", "expected"), [
    ("l01", "constructive"),  # the problem left untold
    ("l05", "constructive"),  # the served member left waiting
    ("l08", "mixed"),  # what was causing the errors still not fixed
])
def test_the_same_shapes_in_criticism_keep_it(row_id, expected):
    assert reading(AVERTED[row_id])[0] == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("g01", ("mixed", ["missing_impact", "vague"],
             "Adding a one-page summary at the front could make it easier for the directors to read.")),
    ("g03", ("mixed", ["missing_impact", "vague"], "Sharing it with the night shift could be beneficial.")),
    ("g05", ("mixed", ["vague"], "giving the pupils a worked example first could deepen their understanding.")),
    ("g06", ("mixed", [], "Building in a short break after the first hour could improve their focus in the afternoon.")),
    ("g10", ("constructive", ["missing_impact", "vague"],
             "Moving the weekly check-in to Monday mornings would give the team a clearer start to the week")),
])
def test_a_gerund_suggestion_with_its_benefit_is_development_and_the_step(row_id, expected):
    report = review_feedback(SUGGESTED[row_id])
    assert (report.polarity, sorted(f.kind for f in report.findings), report.structure.next_step.evidence) == expected


@pytest.mark.parametrize("row_id", ["g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18"])
def test_gerunds_of_the_person_of_more_of_the_same_or_in_the_past_stay_praise(row_id):
    report = review_feedback(SUGGESTED[row_id])
    assert report.polarity == "positive"
    assert "missing_action" not in {f.kind for f in report.findings}


@pytest.mark.parametrize(("row_id", "expected"), [
    ("w01", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("w02", ("mixed", ["missing_action", "missing_impact", "vague"])),
    ("w04", ("constructive", ["missing_action", "missing_impact", "vague"])),
])
def test_work_on_your_quality_is_a_bare_demand(row_id, expected):
    report = review_feedback(VERDICTS[row_id])
    assert (report.polarity, sorted(f.kind for f in report.findings)) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("w06", ("mixed", ["missing_impact"])),  # work on a named task, with a further act: a step
    ("w07", ("positive", [])),  # "work on your own"
])
def test_work_on_a_task_or_on_ones_own_is_no_demand(row_id, expected):
    report = review_feedback(VERDICTS[row_id])
    assert (report.polarity, sorted(f.kind for f in report.findings)) == expected


def test_a_verdict_that_holds_since_the_persons_act_is_criticism():
    report = review_feedback(AVERTED["t01"])
    assert (report.polarity, sorted(f.kind for f in report.findings)) == (
        "constructive", ["missing_action", "missing_impact"])


@pytest.mark.parametrize("row_id", ["t05", "t06", "t08"])
def test_a_problem_before_the_person_came_or_ended_by_them_stays_the_setting(row_id):
    assert review_feedback(AVERTED[row_id]).polarity == "positive"
