"""Next steps found by sentence function (assistant/analyzers/feedback/steps.py, 'next steps found by
sentence function'): the mood, subject and verb group of a clause, not a phrase list."""

import pytest

from assistant.analyzers.feedback import review_feedback

PROBLEM = "You sent the report late on Monday, so finance closed the quarter without it. "


@pytest.mark.parametrize(("step", "evidence"), [
    # the imperative mood, after a main clause only behind a semicolon
    ("Proof-read your documents before sending them.", "Proof-read your documents before sending them"),
    ("If you're unsure, ask Sam before you send it.", "If you're unsure, ask Sam before you send it"),
    ("It happens; send the numbers to Dana by noon.", "send the numbers to Dana by noon"),
    # a writer's want or need whose complement is the person's act
    ("I'd really like you to own the rota next month.", "I'd really like you to own the rota next month"),
    # a question that asks for an act
    ("Will you send me the figures by Friday?", "Will you send me the figures by Friday?"),
    ("What could we do differently?", "What could we do differently?"),
    # the person as the subject of a modal plan anchored in the future or in a means
    ("You can work better with others by learning their names.",
     "You can work better with others by learning their names"),
    ("Next quarter you'll run the stand-up.", "Next quarter you'll run the stand-up"),
    ("Try reading it aloud before you send it.", "Try reading it aloud before you send it"),
    ("Be sure to log each call.", "Be sure to log each call"),
    ("Over the next month, focus on the handover notes.", "focus on the handover notes"),
    ("You're going to send the figures by noon each Friday.", "You're going to send the figures by noon each Friday"),
    ("I expect the report on my desk by Friday.", "I expect the report on my desk by Friday"),
    ("You could do a better job by checking the list first.", "You could do a better job by checking the list first"),
    # a suggested act as the subject of a benefit
    ("Including a checklist can help the next release.", "Including a checklist can help the next release"),
])
def test_a_request_or_plan_for_the_persons_act_is_a_next_step(step, evidence):
    report = review_feedback(PROBLEM + step)
    assert (report.structure.next_step.present, report.structure.next_step.evidence) == (True, evidence)
    assert "missing_action" not in [f.kind for f in report.findings]


@pytest.mark.parametrize("tail", [
    "Be better prepared next time; these updates matter.",  # a better result in one clause
    "Some of your reports are incomplete; try to be more careful.",
    "Fix it.",  # nothing to act on beyond the result
    "Thank you for listening.",  # the writer's attitude with 'I' left out
    "You have a tendency to interrupt, talk over others, and raise your voice.",  # a list, not a request
    "She left feeling frustrated and angry that you didn't explain why.",  # a shared subject
    "Missing the deadline could make us lose the client.",  # a consequence, not a suggested act
    "You could see she was upset.",  # a perception, not a plan
    "I don't want you to rush it.",  # a negated want
    "He could make a better contribution here.",  # a better result, however softly asked
    "HR Business Partners monitor completion of the reviews.",  # an acronym, then a name
    "Annual Review Cycle starts in November.",  # a title-case name, not a verb and its object
    "You will be missed next year.",  # a passive, not a plan
    "Helpful on the phones.",  # an adjective before a preposition: a praise line
    "I expect better results by Friday.",  # a better result with a date is still a result
])
def test_a_result_a_list_or_a_feeling_is_no_next_step(tail):
    report = review_feedback(PROBLEM + tail)
    assert (report.structure.next_step.present, report.structure.next_step.evidence) == (False, None)
    assert "missing_action" in [f.kind for f in report.findings]


@pytest.mark.parametrize(("draft", "polarity"), [
    # praise past saying: a negated ability with 'enough' or a comparative of feeling
    ("I can't thank you enough for holding my hand before the procedure.", "positive"),
    ("We couldn't be happier with how you ran the launch.", "positive"),
    # to 'you', a problem noun that is someone else's is the material the person met
    ("I noticed how you listened to their concerns and found a solution.", "positive"),
    ("You ignored their complaints.", "constructive"),
    # a remedy verb in its bare form ("to handle")
    ("When you took it upon yourself to handle that customer complaint, I felt relieved.", "positive"),
])
def test_praise_read_as_praise_asks_for_no_next_step(draft, polarity):
    report = review_feedback(draft)
    assert report.polarity == polarity
    assert ("missing_action" in [f.kind for f in report.findings]) == (polarity != "positive")


def test_a_demand_for_a_better_result_alone_is_developmental():
    report = review_feedback("John's role in the annual budget is central. He could make a better contribution here.")
    assert (report.polarity, report.structure.next_step.present) == ("constructive", False)
    assert "missing_action" in [f.kind for f in report.findings]


def test_about_he_or_she_a_modal_plan_with_the_person_as_subject_is_a_next_step():
    report = review_feedback("She missed two deadlines in March. She should shadow a senior agent next month.")
    assert (report.structure.next_step.present, report.structure.next_step.evidence) == (
        True, "She should shadow a senior agent next month")
