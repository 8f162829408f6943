"""Impact by the labelling guides' definitions (evals/dev*/README.md): the writer's own feeling as the
effect of the act, others' regard for the person and standing won or lost are impacts; praise that opens
with the person's own work can have its effect in the same sentence; a writer's "would have" with no
condition saying what was averted is a wish, not an averted outcome."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback

LEAD = "On Tuesday you walked the three new hires through the safety checklist line by line. "


def _reading(text: str) -> tuple[str, list[str], str | None]:
    report = review_feedback(text, learned=False)
    return report.polarity, sorted(f.kind for f in report.findings), report.structure.impact.evidence


@pytest.mark.parametrize(("sentence", "reading"), [
    # the writer's feeling: a feel verb with an affect word (VADER-rated or a participle) after degree words
    ("I felt proud watching them ask such good questions afterwards.",
     ("positive", [], "I felt proud watching them ask such good questions afterwards")),
    ("I felt much less stressed about their first night shift.",
     ("positive", [], "I felt much less stressed about their first night shift")),
    ("I was so proud of them afterwards.", ("positive", [], "I was")),
    ("I felt proud of you.", ("positive", ["missing_impact"], None)),  # praise of the person
    # a view or a condition, not a feeling
    ("I feel that you are ready to lead the induction.", ("positive", ["missing_impact"], None)),
    ("I would feel more confident if you wrote it down.", ("positive", ["missing_impact"], None)),
    # others' regard with the person as object; not the writer's own, not denied
    ("The new hires clearly trust you now.", ("positive", [], "The new hires clearly trust you now")),
    ("I trust you with the induction.", ("positive", ["missing_impact"], None)),
    # standing won, not wished for
    ("You have earned the respect of the whole floor.",
     ("positive", [], "You have earned the respect of the whole floor")),
    # the lead's act done "line by line" is praise, so with a demand after it the draft is mixed
    ("You need to earn the respect of the floor.", ("mixed", ["missing_action", "missing_impact"], None)),
    # an adverb inside a perfect verb group
    ("It has really raised your profile with the leadership team.",
     ("positive", [], "It has really raised your profile with the leadership team")),
    # the state the act brought about, marked by "now"; not a place, time or role
    ("The whole team is more confident on the line now.",
     ("positive", [], "The whole team is more confident on the line now")),
    ("They are now fully independent on the night shift.",
     ("positive", [], "They are now fully independent on the night shift")),
    ("Dana is now the lead.", ("positive", ["missing_impact"], None)),
    ("They are now in Leeds.", ("positive", ["missing_impact"], None)),
    ("It is now time to move on.", ("positive", ["missing_impact"], None)),
    # the writer's wish versus a condition that names what was averted
    ("I would have liked to be there.", ("positive", ["missing_impact"], None)),
    ("If you hadn't, we would have failed the inspection.",
     ("positive", [], "we would have failed the inspection")),  # the supposed case praises: no fault
])
def test_impact_after_an_act_by_the_guides_definitions(sentence, reading):
    assert _reading(LEAD + sentence) == reading


def test_praise_of_the_persons_own_work_has_its_effect_in_the_same_sentence():
    assert _reading("Your demo to the board was sharp, and they approved the budget on the spot.") == (
        "positive", [], "they approved the budget on the spot")


def test_in_a_mixed_draft_the_praise_effect_satisfies_the_whole_draft():
    draft = ("I could tell how much your prospect trusts you. You did talk over him twice, though. "
             "Could you let him finish before you answer next time?")
    assert _reading(draft) == ("constructive", [], "I could tell how much your prospect trusts you")


def test_an_imperative_led_by_always_is_a_step_not_a_subject():
    draft = ("In Monday's client call you interrupted Dana twice while she was presenting the figures. She lost "
             "her place and the client asked to continue the meeting without her. Always let the presenter finish "
             "before you come in.")
    report = review_feedback(draft, learned=False)
    assert (report.polarity, sorted(f.kind for f in report.findings), report.structure.next_step.evidence) == (
        "constructive", [], "Always let the presenter finish before you come in")  # an instruction, no absolute


def test_an_imperative_led_by_never_is_a_step():
    draft = ("On Monday's night shift you skipped the pre-shift safety check on line 2, so the guard fault went "
             "unnoticed for an hour and the line stopped. Never skip the pre-shift safety check.")
    report = review_feedback(draft, learned=False)
    assert (report.polarity, sorted(f.kind for f in report.findings), report.structure.next_step.evidence) == (
        "constructive", [], "Never skip the pre-shift safety check")
