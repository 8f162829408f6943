"""Impacts told in forms the clause rules missed, and their look-alikes (round 27, brief FA).

- Aspect: a progressive tells what others do after the act as the simple form does ("The scaffolders have been
  checking every ladder since", "The new starters are asking fewer questions"); others taking the work up in the
  progressive ("The shift leads are using your version for every induction").
- Another party's mood: "be" with the participle of an "amuse"-class verb (Levin 1993, 31.1) in the present, its
  subject neither the writer nor the person ("The printer is annoyed with us").
- The causative "have" (Quirk et al. 1985, 16.52) with people as its object ("has the other project teams working
  in the canteen").
- A result participle of the result verbs ("..., resulting in far shorter searches") or of the outcome verbs
  ("..., holding up the two teams"); an affect adjective whose stimulus points back ("the sponsors are tired of
  them"); a measured state with "now"
  ("the average wait is now six days instead of a month"), a loss the writer's side will suffer on a condition ("If
  that carries on, we will lose the two trade accounts").
- Look-alikes, no impact: awareness with nothing perceived ("Several people have noticed"), the writer's judgement
  of the person ("I have found Anna calm under pressure"), a universal concessive clause ("whatever happened the
  week before"), a present progressive of the person's own work ("Your reports are still arriving late"), the
  writer's plan on a condition ("We will review the billing process if ...").
- An imperative whose object is "it" with more after it is a step ("Publish it by the 25th of each month").

Texts written for scripts/feedback_impact_round27_probe.tsv (fresh, in the writer's own words) or for these tests."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in review_feedback(text).findings)


@pytest.mark.parametrize(("draft", "evidence"), [
    # a perfect progressive measured from the act by "since"
    ("The safety talk you gave on ladder use last Thursday was short and practical. The scaffolders have been "
     "checking the feet of every ladder since.",
     "The scaffolders have been checking the feet of every ladder"),
    # a present progressive with a measure of change, its subject a role noun no list names
    ("You rewrote the onboarding checklist for the warehouse in plain steps with photos. The new starters in March "
     "are asking fewer questions on the floor.",
     "The new starters in March are asking fewer questions on the floor"),
    # others taking the work up, in the progressive
    ("You rewrote the onboarding checklist for the warehouse in plain steps with photos. The shift leads are using "
     "your version for every induction.",
     "The shift leads are using your version for every induction"),
    # another party's mood in the present
    ("Your late edits to the brochure keep landing after the print deadline. The printer is annoyed with us. Send "
     "final text by Wednesday each week.",
     "The printer is annoyed with us"),
    # a result participle
    ("You reorganised the spare-parts shelves by machine number in June, resulting in far shorter searches for the "
     "night fitters.",
     "You reorganised the spare-parts shelves by machine number in June, resulting in far shorter searches for the "
     "night fitters"),
    # a measured state with "now"
    ("You cleared the backlog of 340 warranty claims in five weeks, and the average wait for a decision is now six "
     "days instead of a month.",
     "the average wait for a decision is now six days instead of a month"),
    # a measured state with "now": a share
    ("You rebuilt the picking route in May. The error rate is now 2%.", "The error rate is now 2"),
    # the causative "have": the person's habit has others doing something
    ("Your habit of booking the large meeting room for the whole week has the other project teams working in the "
     "canteen.",
     "has the other project teams working in the canteen."),
    # ... and the person's work as the causer, with any plural as the ones caused to act
    ("The shortcut you showed in Tuesday's training had the new cashiers closing their tills in half the time.",
     "had the new cashiers closing their tills in half the time."),
    # a participle of an outcome verb after the act
    ("The test script you pushed on Friday deleted the staging data, holding up the two teams that were demoing on "
     "Monday. Run scripts against a copy first.",
     "The test script you pushed on Friday deleted the staging data, holding up the two teams that were demoing on "
     "Monday"),
    # another party's mood about the work just named, no act told before it
    ("Your meeting notes are long and arrive a week late, and the project sponsors are tired of them.",
     "the project sponsors are tired of them"),
    # a conditional loss of the writer's side
    ("You keep promising clients delivery dates before checking with the workshop. If that carries on, we will lose "
     "the two trade accounts that already complained. Check the workshop board before you quote a date.",
     "we will lose the two trade accounts that already complained"),
])
def test_an_effect_in_these_forms_is_the_impact(draft, evidence):
    report = review_feedback(draft)
    assert (report.structure.impact.present, report.structure.impact.evidence) == (True, evidence)
    assert "missing_impact" not in kinds(draft)


@pytest.mark.parametrize("draft", [
    # awareness with nothing perceived, and the writer's dealings with the person
    "Your timesheets have come in late for most of this quarter. Several people have noticed, and I have mentioned "
    "it to you twice. Please submit them every Friday before you leave.",
    # the writer's judgement of the person
    "I have worked with Anna for two years. I have found Anna calm under pressure and careful with every client "
    "file.",
    # a universal concessive clause
    "Your rota changes were not fair. The same names get the weekend shifts, whatever happened the week before.",
    # a progressive of the person's own work
    "Your reports are still arriving after the deadline. Please send them by Thursday noon.",
    # the writer's plan on a condition, no loss
    "You joined the finance team in May. We will review the billing process if the audit asks for it.",
    # "have" with a noun compound in -ing, no causative; "you have" with people and a plan is possession
    "You called the supplier twice on Tuesday. You have the team meeting on Monday.",
    "You have the apprentices starting on Monday, so check that their lockers are ready.",
    # "now" with a clock time, no measure
    "On Monday you moved the team's stand-up to the small room. The stand-up is now at 9:30.",
    # a participle that only goes on describing the act
    "You drafted the quarterly newsletter, covering the new canteen hours and the parking changes.",
    # a mood about something else
    "You wrote the new induction pack in June. The managers are tired of the old building, and the move is set for "
    "spring.",
    # praise in others' mouths about the person's quality, no act
    "The team was impressed with your energy this quarter and everyone appreciated it.",
])
def test_these_look_alikes_state_no_impact(draft):
    report = review_feedback(draft)
    assert (report.structure.impact.present, report.structure.impact.evidence) == (False, None)
    assert "missing_impact" in kinds(draft)


def test_an_imperative_with_it_and_a_deadline_is_the_step():
    draft = "You posted the rota two days late again. Publish it by the 25th of each month."
    report = review_feedback(draft)
    assert report.structure.next_step.evidence == "Publish it by the 25th of each month"
    assert kinds(draft) == ["missing_impact"]


@pytest.mark.parametrize("draft", ["You posted the rota late again. Fix it.", "The rota was late again. Do it now."])
def test_a_bare_pronoun_object_is_still_no_step(draft):
    report = review_feedback(draft)
    assert report.structure.next_step.present is False
    assert "missing_action" in kinds(draft)
