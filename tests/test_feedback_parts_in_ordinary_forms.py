"""Well-formed drafts that state impact, next step or behaviour in ordinary forms the coach reported absent:
a burden spared others told by a negated need, obligation or loss; a directive noun with a scope or a name's
possessive ("Your action for this week is to ...", "Lena's task is to ..."); a third-person plan after a leading
time phrase or a commitment ("She has committed to ..."); the person's act named as a possessed noun with its
object ("your rebuild of the grant spreadsheet"); a role, a record or an absent problem as the impact; advice and
arrangements as steps; the person's work doing something measured as the behaviour.

Texts from scripts/feedback_round17_probe.py (scripts/feedback_round17_probe.tsv) and written for the class."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.feedback import reading_each

ROTA = "In November Aisha rebuilt the holiday rota for the children's ward, swapping shifts with every nurse by hand. "


@pytest.mark.parametrize("effect", [
    "Because of it, we didn't need a single agency nurse over Christmas.",
    "We did not have to call in agency staff once.",
    "We never lost a shift to sickness cover.",
    "The night team didn't need to swap a single weekend.",
])
def test_a_burden_spared_others_is_praise_and_the_impact(effect):
    report = review_feedback(ROTA + effect)
    assert (report.polarity, [f.kind for f in report.findings]) == ("positive", [])
    assert report.structure.impact.evidence == effect.rstrip(".")


@pytest.mark.parametrize("tail", [
    "You didn't need to leave so early.",  # the person's own negated need: still criticism
    "You didn't have to leave before the night team arrived.",
])
def test_a_negated_need_of_the_person_is_no_spared_burden(tail):
    draft = "On Monday you skipped the handover with the night team. " + tail
    assert reading_each(draft) == ("constructive", ["missing_action"])


PROBLEM = ("On Monday you left the cash office unlocked for about an hour. Nothing was taken, but the auditors "
           "logged it as a finding against the branch. ")


@pytest.mark.parametrize(("draft", "step"), [
    (PROBLEM + "Your action for this week is to read the cash-handling policy again.",
     "Your action for this week is to read the cash-handling policy again"),
    ("Lena sent the March newsletter out with the wrong event date, and about forty people came on the wrong "
     "evening. Lena's task for the next issue is to have a second person check every date.",
     "Lena's task for the next issue is to have a second person check every date"),
    ("Rosa missed the vendor deadline for the Q3 catalogue by a week, and the printer charged us a rush fee. "
     "Over the next review period, she will attend the planning workshop.", "she will attend the planning workshop"),
    ("In the last two client calls Tom quoted last year's rates, and one client has asked us to honour them. "
     "Tom has committed to checking the current rate card before every call.",
     "Tom has committed to checking the current rate card before every call"),
])
def test_steps_in_review_language_are_steps(draft, step):
    report = review_feedback(draft)
    assert report.structure.next_step.evidence == step
    assert "missing_action" not in reading_each(draft)[1]


@pytest.mark.parametrize("tail", [
    "She has committed to improving.",  # a bare result, in the gerund
    "Dana's goal is to improve.",
    "Dana's goal for next quarter is to be more organised.",  # a state
    "Her goal last year was to submit on time.",  # the past
])
def test_a_directive_or_commitment_to_a_bare_result_is_no_step(tail):
    draft = ("In March, Dana submitted the quarterly forecast two weeks after the deadline. As a consequence, the "
             "board meeting went ahead without updated numbers. " + tail)
    assert reading_each(draft)[1] == ["missing_action"]


@pytest.mark.parametrize(("draft", "behaviour"), [
    ("A key contribution this cycle was your rebuild of the grant tracking spreadsheet in February. Department "
     "administrators now see every award's remaining balance in one place.",
     "A key contribution this cycle was your rebuild of the grant tracking spreadsheet in February"),
    ("A highlight of Jun's year was his redesign of the loading-bay schedule in May. Drivers now wait under ten "
     "minutes on average.", "A highlight of Jun's year was his redesign of the loading-bay schedule in May"),
])
def test_the_act_named_as_a_possessed_noun_is_the_behaviour(draft, behaviour):
    report = review_feedback(draft)
    assert (report.polarity, [f.kind for f in report.findings]) == ("positive", [])
    assert report.structure.behavior.evidence == behaviour


@pytest.mark.parametrize("draft", [
    "Your rewrite of the returns page was really dumb.",  # the subject of a judgement
    "Your handling of the complaints was excellent.",
    "Your knowledge of the system was a big help.",
])
def test_a_possessed_noun_judged_or_of_knowing_is_no_behaviour(draft):
    assert "vague" in reading_each(draft)[1]


def test_the_probe_drafts_of_the_class_come_back_clean():
    import csv
    from pathlib import Path

    probe = Path(__file__).resolve().parent.parent / "scripts" / "feedback_round17_probe.tsv"
    with probe.open(encoding="utf-8", newline="") as f:
        rows = {r["id"]: r["text"] for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}
    for key in ("p09", "f01", "f02", "f03", "f04", "f05", "f08"):
        assert (key, [f.kind for f in review_feedback(rows[key]).findings]) == (key, [])


@pytest.mark.parametrize(("effect", "evidence"), [
    # the part the act played in a result
    ("That was key to landing the renewal.", "That was key to landing the renewal"),
    ("It was a big part of why we kept the Dunmore account.", "It was a big part of why we kept the Dunmore account"),
    # a record or a first for something else
    ("The ward had full cover for the first time in a month.", "The ward had full cover for the first time in a month"),
    ("It was the smoothest quarter-end we have had.", "It was the smoothest quarter-end we have had"),
    # none of a problem, reported by the writer
    ("I didn't get a single complaint about it.", "I didn't get a single complaint about it"),
    ("I haven't heard one complaint since.", "I haven't heard one complaint"),
])
def test_roles_records_and_absent_problems_are_the_impact(effect, evidence):
    draft = "Last month you took over the Henley account from Sam. " + effect
    report = review_feedback(draft)
    assert (report.polarity, [f.kind for f in report.findings]) == ("positive", [])
    assert report.structure.impact.evidence == evidence


@pytest.mark.parametrize("tail", [
    "Communication is key to building trust.",  # a general statement
    "It was the best presentation I have ever seen.",  # the writer's judgement
    "Your report was the longest we have had.",  # the person's own work, judged
    "The page was key to the project.",  # no result named
    "It was the first time she had used the tool.",  # the background
])
def test_judgements_and_general_statements_are_no_impact(tail):
    assert reading_each("On Tuesday you rewrote the returns page for the help centre. " + tail)[1] == ["missing_impact"]


CALL = "In Thursday's client call you talked over Mrs. Patel twice while she was explaining her budget, and she ended the call early. "


@pytest.mark.parametrize(("step", "evidence"), [
    ("Work on letting clients finish their sentences.", "Work on letting clients finish their sentences"),
    ("Aim to speak less than half the time on the next call.", "Aim to speak less than half the time on the next call"),
    ("The key is to let the client finish.", "The key is to let the client finish"),
    ("It's important to let the client finish before you respond.",
     "It's important to let the client finish before you respond"),
    ("I'm going to pair you with Ana on your next two client calls.",
     "I'm going to pair you with Ana on your next two client calls"),
])
def test_advice_and_arrangements_are_steps(step, evidence):
    report = review_feedback(CALL + step)
    assert report.structure.next_step.evidence == evidence
    assert "missing_action" not in reading_each(CALL + step)[1]


@pytest.mark.parametrize("tail", [
    "Work on your attitude.",  # a result
    "Work on improving your listening.",
    "Aim to improve.",
    "It's important to be on time.",  # a state
    "It was important to finish the call.",  # the past
    "I paired you with Ana last month.",  # arranged in the past
])
def test_advice_for_a_result_or_the_past_is_no_step(tail):
    assert "missing_action" in reading_each(CALL + tail)[1]


@pytest.mark.parametrize("draft", [
    "Your new packing checklist cut mis-picks in the Leeds warehouse from 40 a week to 6.",
    "Your revised shift handover form shortened the morning handover by 15 minutes.",
    "Omar's pricing calculator saved the sales team about 5 hours a week in its first month.",
])
def test_the_persons_work_doing_something_measured_is_the_behaviour(draft):
    report = review_feedback(draft, learned=False)  # the rules' own reading
    assert report.structure.behavior.evidence == draft.rstrip(".")
    assert [f.kind for f in report.findings] == []


@pytest.mark.parametrize("draft", [
    "Your attitude improved the team's scores by 10%.",  # a quality of the person
    "Your work saved us 3 hours.",  # work in general
    "Your report was the best in 10 years.",  # a judgement
])
def test_a_quality_general_work_or_a_judgement_is_no_measured_work(draft):
    assert review_feedback(draft, learned=False).structure.behavior.present is False
