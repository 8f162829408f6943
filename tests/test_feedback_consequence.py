"""Impact found by sentence function: a consequence clause (subject, tense, mood, position), and the
shared clause parser it stands on (``assistant.text.clauses``)."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.text import clauses, quoted_spans


def _shape(sentence: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return [(c.link, c.subject_words, c.verb_words, c.tense) for c in clauses(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("After that, Priya went quiet and didn't speak again.",
     [("after", (), (), "none"), ("", ("priya",), ("went",), "past"),
      ("and", ("priya",), ("didn't", "speak"), "past")]),  # the second verb shares the subject
    ("It took me an hour, and I still found two errors.",
     [("", ("it",), ("took",), "past"), ("and", ("i",), ("still", "found"), "past")]),
    ("I will now need to work this weekend.",
     [("", ("i",), ("will", "now", "need", "to", "work"), "modal")]),
    ("Can we pair on it tomorrow?", [("", (), (), "none")]),  # verb first: a question has no subject before it
    ("He always has an excuse and nothing ever gets finished on time.",
     [("", ("he",), ("always", "has"), "present"), ("and", ("nothing",), ("ever", "gets"), "present")]),
    ("I'm really happy with the result.", [("", ("i",), ("'m", "really", "happy"), "present")]),
    ("On Monday's call you quoted the old prices.", [("", ("you",), ("quoted",), "past")]),
    ("Nobody on the night shift was told.", [("", ("nobody", "on", "the", "night", "shift"), ("was", "told"), "past")]),
    ("She has approved the plan.", [("", ("she",), ("has", "approved"), "perfect")]),
])
def test_clauses_give_subject_verb_group_and_tense(sentence, expected):
    assert _shape(sentence) == expected


def test_quoted_speech_is_found_across_its_sentences():
    text = "She said, 'This is so frustrating! I've called three times.' You didn't apologise."
    assert [text[s:e] for s, e in quoted_spans(text)] == ["'This is so frustrating! I've called three times.'"]


@pytest.mark.parametrize(("draft", "impact"), [
    # someone else's reaction, after what the person did
    ("During the onboarding call you talked over Omar three times. He went quiet for the rest of the call.",
     "He went quiet for the rest of the call"),
    # what it cost, with "it" as the subject
    ("You sent the vendor contract without the pricing annex on Thursday. It took legal a full day to chase the "
     "missing pages.", "It took legal a full day to chase the missing pages"),
    # what now has to happen, for a third party joined to the behaviour clause
    ("In Monday's release review you skipped the rollback check. Priya stayed until two in the morning and had to "
     "restore the database by hand.", "Priya stayed until two in the morning and had to restore the database by hand"),
    # the writer's changed work, in the present with "no longer"
    ("You rewrote the intake form last week, and I no longer have to re-key every request.",
     "I no longer have to re-key every request"),
    # a fronted occasion without a comma, then the behaviour and its result joined by "and"
    ("On Monday's client call you quoted the old prices, and the client was charged 12% too much. Can you call "
     "the client today to explain?", "the client was charged 12% too much"),
    # a view verb reports a consequence in its complement
    ("You skipped the summary slide at the board meeting. I don't think the directors followed the story.",
     "the directors followed the story"),
])
def test_a_consequence_clause_is_the_impact(draft, impact):
    report = review_feedback(draft)
    assert report.structure.impact.present is True
    assert report.structure.impact.evidence == impact
    assert "missing_impact" not in {f.kind for f in report.findings}


@pytest.mark.parametrize("draft", [
    "You were rude in the team meeting. Everybody has noticed it.",  # a view, not a consequence
    "You missed the filing deadline twice this month. It has to stop.",  # a demand
    "You presented the budget on Friday. I'm really happy with your work.",  # the writer's praise
    "You closed the March books two days early. I think you could take on the audit next.",  # about the person
    "You skipped the checklist again. I have given you every chance to fix this.",  # dealings with the person
    "Your slides for the launch were detailed and well organised.",  # a description of the work
    "Cara handles her case load well whereas Ben has exceeded his goals.",  # a contrast, not a result
    "You reviewed the pull request on Tuesday. Senior engineers explain their reasoning.",  # a general statement
    "You ran the retro last week. Can we talk about what the team decided?",  # a question
])
def test_no_consequence_clause_leaves_impact_missing(draft):
    report = review_feedback(draft)
    assert report.structure.impact.present is False
    assert "missing_impact" in {f.kind for f in report.findings}


@pytest.mark.parametrize(("draft", "impact"), [
    # a result told before anything the person did is the setting, not a consequence
    ("Omar went quiet for the rest of the call. You talked over him three times on Monday.", None),
    # joined to its cause ("after you ..."), it is one
    ("Omar went quiet for the rest of the call after you talked over him three times on Monday.",
     "Omar went quiet for the rest of the call"),
])
def test_a_consequence_follows_or_is_joined_to_what_the_person_did(draft, impact):
    report = review_feedback(draft)
    assert (report.structure.impact.evidence, "missing_impact" in {f.kind for f in report.findings}) == (
        impact, impact is None)


@pytest.mark.parametrize(("draft", "polarity", "kinds"), [
    # a problem told before the person acts is the situation they acted in, not criticism of them
    ("We were two weeks behind schedule on the migration when you joined. You reorganised the cutover plan "
     "and we went live on the original date.", "positive", []),
    ("The team struggled with flaky tests for months until you added the retry logs last sprint. Now failures "
     "get fixed the same day.", "positive", []),
    # a problem the person is part of stays criticism
    ("The client complained twice about your late replies. You hadn't answered her emails for five days.",
     "constructive", ["missing_action"]),
    # a problem that no longer happens after the person's act is praise
    ("You set up the shared calendar for the front desk in May. Nobody has double-booked a room since.",
     "positive", []),
    ("You rewrote the intake form last week, and I no longer have to re-key every request.", "positive", []),
    # ... but a nobody-subject that reports a problem is still criticism
    ("You skipped the handover on Friday. Nobody on the night shift was told the pump had failed.", "constructive",
     ["missing_action"]),
    # a negated result for someone else is still a problem ("The board didn't approve the budget")
    ("In the board meeting you presented last quarter's numbers instead of this quarter's. The board didn't "
     "approve the budget, and we have to present again next week.", "constructive", ["missing_action"]),
    # a problem found, not remedied, is still a problem
    ("You ran the import on Monday. Three errors were found in the output.", "constructive", ["missing_action"]),
])
def test_setting_and_remedied_problems_are_not_criticism(draft, polarity, kinds):
    report = review_feedback(draft)
    assert (report.polarity, [f.kind for f in report.findings]) == (polarity, kinds)


@pytest.mark.parametrize(("draft", "behavior"), [
    # the writer's own doing or intention is not the person's behaviour
    ("Sam, I've been meaning to talk to you about the last quarter. Your work has not been good enough.", None),
    # a view verb reports the person's act
    ("I noticed you left the dispatch log blank on Friday's late shift.",
     "I noticed you left the dispatch log blank on Friday's late shift"),
])
def test_a_writer_clause_is_behaviour_only_when_it_reports_the_persons_act(draft, behavior):
    report = review_feedback(draft)
    assert (report.structure.behavior.evidence, "vague" in {f.kind for f in report.findings}) == (
        behavior, behavior is None)


@pytest.mark.parametrize(("draft", "polarity", "impact"), [
    # a time clause with someone else as its subject is the scene, not criticism
    ("You kept your voice level when the caller started shouting on Tuesday. You offered a callback, and he rang "
     "back the next day to apologise.", "positive", "he rang back the next day to apologise"),
    # what would have happened, with something else as the subject, is a harm averted, and an impact
    ("You spotted the typo in the press release before it went out. It would have printed the wrong phone number "
     "in 10,000 leaflets.", "positive", "It would have printed the wrong phone number in 10,000 leaflets"),
    # "should have", about the person, stays criticism
    ("You skipped the handover on Friday. You should have told the night shift about the pump.", "constructive", None),
    # a new ability after the person's act ("can now") is an impact
    ("Last month you cleaned up the shared drive and archived 400 old files. I can now find the contract "
     "templates in seconds.", "positive", "I can now find the contract templates in seconds"),
    # others noticing (or not) is their reaction, after an act
    ("When the network failed during the webinar, you switched to the backup line and kept talking. Most "
     "attendees didn't notice anything was wrong.", "positive", "Most attendees didn't notice anything was wrong"),
    # a counterfactual with an adverb inside its verb group
    ("You caught the mislabelled samples during Tuesday's intake before they went to the lab. Six patients would "
     "otherwise have had to give blood again.", "positive",
     "Six patients would otherwise have had to give blood again"),
    # ... but not after a description of the person ("You're rude"): there is no act to react to
    ("You're rude in meetings. Everybody has noticed it.", "constructive", None),
])
def test_scene_counterfactual_and_reactions(draft, polarity, impact):
    report = review_feedback(draft)
    assert (report.polarity, report.structure.impact.evidence) == (polarity, impact)


def test_an_alternative_the_person_missed_is_no_consequence():
    report = review_feedback("You sent the quote on Friday. It could have been handled better.")
    assert (report.structure.impact.present, "missing_impact" in {f.kind for f in report.findings}) == (False, True)


@pytest.mark.parametrize(("draft", "impact"), [
    # what others will do as a result is an impact
    ("You answered the client's questions on the spot yesterday. The client will place another order next month.",
     "The client will place another order next month"),
    # the writer's plan and a passive plan are not
    ("You sent the figures late on Friday. We will review the schedule together next week.", None),
    ("You closed the Hanley account last month. This month's goal will be set at the review.", None),
])
def test_what_others_will_do_is_an_impact_and_plans_are_not(draft, impact):
    report = review_feedback(draft)
    assert (report.structure.impact.evidence, "missing_impact" in {f.kind for f in report.findings}) == (
        impact, impact is None)
