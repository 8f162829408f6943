"""Whose forward act a step is (assistant/analyzers/feedback/steps.py, ``_step_for_another``): a sentence that only
looks forward ("from now on", "going forward", "next sprint", "the next step is", "let's") is a next step when its
act is asked of or shared with the person, not when it gives the act to the writer alone or another party, or only
wishes for a better state (the labelling guide's writer's plan and bare desired result)."""

import pytest

from assistant.analyzers.feedback import review_feedback

PROBLEM = "At Tuesday's handover you left the drug chart for bed four unsigned, so the day nurse had to call you back. "


def _kinds(text: str) -> list[str]:
    return [f.kind for f in review_feedback(text).findings]


@pytest.mark.parametrize("tail", [
    # the writer's own plan
    "I will bring the chart audit up at the ward meeting next week.",
    "The next step is mine: I'm going to ask pharmacy for a new chart layout.",
    # another party's act
    "Next month the ward managers will add a signing check to the audit.",
    # a bare desired result, looking forward
    "Charts have to be complete from now on.",
    "Going forward, complete charts are the priority on this ward.",
    "From now on, there can be no unsigned charts.",
    # a hope
    "Let's hope the next audit goes better.",
])
def test_a_forward_sentence_whose_act_is_not_the_persons_is_no_next_step(tail):
    report = review_feedback(PROBLEM + tail)
    assert report.polarity != "positive"
    assert (report.structure.next_step.present, "missing_action" in _kinds(PROBLEM + tail)) == (False, True)


@pytest.mark.parametrize("tail", [
    # asked of the person, with the same forward words
    "Going forward I'd like you to sign each chart before you hand over.",
    "The next step is for you to redo the charting module by Friday.",
    "Next month you will shadow Ana on two handovers.",
    # shared with the person, or an offer they can take up
    "Let's go through the chart together on Thursday.",
    "Next week we will check the charts together before each handover.",
    "I can sit in on your next two handovers.",
    "Going forward, I need signed charts before the handover starts.",
    # an act whose agent is left out, a thing's requirement, a plan noun naming the act
    "From now on, every chart must be signed before the handover starts.",
    "Going forward, each chart needs a second signature before I accept the handover.",
    "From next week, the priority is to sign every chart at the bedside.",
    # an instruction after a time phrase
    "Next time, sign the chart at the bedside.",
    # an instruction whose verb the clause parser can read as a noun, then the writer's follow-up
    "Pull the goggles down for every cut from now on; I will check again on Thursday.",
])
def test_a_forward_sentence_that_asks_or_shares_the_persons_act_stays_a_next_step(tail):
    report = review_feedback(PROBLEM + tail)
    assert (report.structure.next_step.present, "missing_action" in _kinds(PROBLEM + tail)) == (True, False)


def test_a_writers_plan_about_a_named_colleague_leaves_the_step_open():
    # a first name may be the person's own: whose act it is is not decided against them
    text = "Priya left the drug chart for bed four unsigned on Tuesday, so the day nurse had to call her back. " \
           "Going forward, Priya will sign each chart at the bedside."
    assert review_feedback(text).structure.next_step.present
