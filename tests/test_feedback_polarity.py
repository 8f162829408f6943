"""Draft polarity by sentence structure: who did the remedy, a better alternative not taken, an adverb
over a negated verb (the guides' one definition: positive = praise only, constructive = criticism or a
request for change only, mixed = both)."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback


@pytest.mark.parametrize(("text", "polarity"), [
    # a modal perfect with a comparative: the act fell short of a better alternative
    ("Great call with the client. I think a short pause first might have worked better.", "mixed"),
    ("Great call with the client. You could have been clearer about pricing.", "mixed"),
    ("Thanks to your quick fix, it could have been so much worse.", "positive"),  # a harm averted
    ("Great work. We would have lost more customers without your fix.", "positive"),
    ("You answered every call. Honestly, I could have done it no better.", "positive"),
    ("Nobody could have handled the launch better.", "positive"),
    # the writer, not the person, found the problem
    ("It took me an hour to read the PR, and I still found a missed edge case.", "constructive"),
    ("You caught a missed edge case in the PR before release.", "positive"),
    # an adverb that scopes over a negated verb praises nothing
    ("You clearly don't think things through.", "constructive"),
    ("You explained the change clearly to the client.", "positive"),
    # the person's work as the subject of a negated copula is a verdict on it
    ("Your work isn't up to standard.", "constructive"),
    ("Your code is not ready for review.", "constructive"),
    ("Your annual leave isn't approved yet.", "positive"),  # no work of theirs
    ("It wasn't easy, but you finished the migration.", "positive"),  # a thing subject: the task
])
def test_polarity_follows_who_acted_and_what_was_missed(text: str, polarity: str) -> None:
    assert review_feedback(text, learned=False).polarity == polarity


@pytest.mark.parametrize(("text", "polarity"), [
    # an accomplishment stated as fact is praise, with no praise word
    ("Nadia closed 14 deals last quarter. Her CRM notes are often missing the next steps; please update them "
     "within a day of each call.", "mixed"),
    ("Chen took over the audit files in May and every file passed review. He missed the handover meeting; I need "
     "him at the next one.", "mixed"),
    ("Your talk was the most-discussed session of the day. The handout had the wrong dates, which confused people; "
     "check the dates with me before printing next time.", "mixed"),
    ("Nadia met two clients last quarter. Her CRM notes are often missing the next steps; please update them.",
     "constructive"),  # 'met' is a result only of a target or deadline
    ("Nadia called the clients last quarter. Her CRM notes are often missing the next steps; please update them.",
     "constructive"),  # a task verb with no mark of a result done well
    ("You've only met two of your six deadlines this year. Next, let's plan the last two sprints.", "constructive"),
    ("You didn't finish the migration. Please hand the runbook to Sam by Friday.", "constructive"),
    # a decline from a past result: the past result is its baseline, not praise
    ("When she started in 2024, Priya closed twenty tickets a day. This quarter she closes about eight.",
     "constructive"),
    # a problem the person then solved is the setting of the praise
    ("The old intake form confused almost every new patient. Carlos redesigned it, and questions at the front "
     "desk dropped by half.", "positive"),
    ("The old intake form confused almost every new patient. Carlos's form was no better.", "constructive"),
    ("His form confused almost every patient. He redesigned it, and questions dropped by half.", "mixed"),
    # a development suggestion after praise is no request for change; a correction is
    ("The board pack you prepared was the clearest we've had. Next time, you might also add a one-page summary.",
     "positive"),
    ("Ahmed's pitch won us the contract. It would be great to see him lead the pricing next time.", "positive"),
    ("The board pack you prepared was the clearest we've had. Next time, send it a day earlier.", "mixed"),
    # the person's act negated, or a burden it put on others, is criticism
    ("You promised the client a refund and then did not process it.", "constructive"),
    ("Ivy answered every question on the call. She arrived ten minutes late, and the client had to wait. "
     "Please join calls five minutes early.", "mixed"),
    ("When I had to rush to the meeting, you delivered the report to the client on time.", "positive"),
    ("You checked the samples before they went out. Four patients would otherwise have had to come back.",
     "positive"),  # a burden averted
])
def test_polarity_by_sentence_function(text: str, polarity: str) -> None:
    assert review_feedback(text, learned=False).polarity == polarity


def test_cueless_praise_makes_a_mixed_draft_whole_report() -> None:
    report = review_feedback("Sam trained four new cashiers in his first month. His till counts were off three "
                             "times in October, and the bank had to recount the deposits. I'd like him to recount "
                             "before handing over the drawer.")
    assert (report.polarity, sorted(f.kind for f in report.findings)) == ("mixed", [])
    assert [s.functions for s in report.sentences] == [["behavior", "praise"],
                                                        ["situation", "impact", "criticism"], ["next_step"]]


@pytest.mark.parametrize(("text", "polarity"), [
    # the closers and asides of a thank-you note are no criticism and no change request
    ("Thanks for organising the party; everyone stayed late. Don't hesitate to ask if you need help next year.",
     "positive"),
    ("You kept the customers informed through the outage. I couldn't have done it without you.", "positive"),
    ("Thank you for your years on the ward. Your kindness to patients will be missed.", "positive"),
    ("Thank you for mentoring Jake; he now runs his own accounts. I hope you'll continue to mentor new hires going "
     "forward.", "positive"),
    ("Your work on the migration was outstanding. Going forward, I'd like you to share your approach with the other "
     "teams.", "positive"),
    ("We had a lot of problems with late deliveries last year. Thanks to your new scheduling system, they are a "
     "thing of the past.", "positive"),
    ("There were a few things we could do better last year. Thanks for all your hard work.", "mixed"),
    ("Don't skip the sign-off on the next release.", "constructive"),  # a prohibition, not an offer
    # praise, then a step that corrects how it was done
    ("Thank you for covering the help desk on Friday. Make sure each ticket gets a reply before you close it.",
     "mixed"),
    ("Great work on the launch. Brief the support team before the next release.", "mixed"),
    ("Great work on the upgrade. You had the rollback script ready before anyone asked, and we recovered in ten "
     "minutes.", "positive"),  # 'before' in a report of what the person did
    ("Thanks for the upgrade. You tested the rollback script first, so we recovered in ten minutes.", "positive"),
    # a capitalised word at a sentence start is no one's name
    ("Thank you for covering the desk. Three tickets were closed without a reply to the user.", "mixed"),
])
def test_thank_you_closers_and_corrective_steps(text: str, polarity: str) -> None:
    assert review_feedback(text, learned=False).polarity == polarity


@pytest.mark.parametrize(("text", "polarity"), [
    # an absolute in a sentence that only praises is praise
    ("She always double-checks the dosage charts, and her unit has had no medication errors in eight months.",
     "positive"),
    ("You always interrupt the client, and the calls run long.", "constructive"),
    # reluctance denied is readiness
    ("She didn't hesitate to call the family when the results came in.", "positive"),
    ("He never gave up on the Acme account, and they renewed in March.", "positive"),
    ("He did not give up the old process, so the team still re-keys every order.", "constructive"),
    ("You hesitated to raise the budget gap, and we found out a week late.", "constructive"),
])
def test_absolutes_in_praise_and_readiness(text: str, polarity: str) -> None:
    assert review_feedback(text, learned=False).polarity == polarity


@pytest.mark.parametrize(("text", "polarity"), [
    # the person's work as the subject of a deficiency, with no cue word: criticism
    ("The handover notes you left on Friday were too brief for the night team to follow.", "constructive"),
    ("Your status update was too long; nobody on the steering group read past the first page.", "constructive"),
    ("The risk section of your proposal was insufficient for the board.", "constructive"),
    ("Three of your expense claims from March are still open.", "constructive"),
    ("The audit evidence for the second quarter is still outstanding.", "constructive"),
    ("The report was signed but not done.", "constructive"),
    # not of the person's work: a circumstance, someone else's, quoted speech, or solved in the sentence
    ("Your teamwork skills are outstanding.", "positive"),
    ("None of your reports were late this year.", "positive"),  # the deficiency denied
    ("Your code was reviewed but not merged because the release froze.", "positive"),  # held up by something else
    ("The weather was too hot for the outdoor event, but you moved it inside within an hour.", "positive"),
    ("The client said \"this is too expensive\", and you walked them through the savings until they signed.",
     "positive"),
    ("The specification from the client was incomplete; Rosa asked the right questions and the build was right.",
     "positive"),
    ("The old dashboard was too cluttered to read, so you redesigned it and the managers now use it.", "positive"),
])
def test_deficiency_of_the_work(text: str, polarity: str) -> None:
    assert review_feedback(text, learned=False).polarity == polarity


@pytest.mark.parametrize(("text", "polarity", "kinds"), [
    # litotes: an excess or anything better denied is praise; an improvement denied of the work is criticism
    ("Thank you for the help with the office move. Nothing was too much trouble for you.", "positive",
     ["missing_impact", "vague"]),
    ("Handovers on the ward have never been clearer since you rewrote the template.", "positive", []),
    ("Your rewrite of the template was no better than the old one.", "constructive",
     ["missing_action", "missing_impact", "vague"]),
    # in a draft about a named person, a problem of someone else's before the person acts is the setting
    ("The vendor's delivery was late, but Priya found a local supplier and the launch went ahead on time.",
     "positive", []),
    ("The training budget was not enough for everyone, so Kwame ran the sessions himself, and thirty people "
     "attended.", "positive", []),
    ("The report Kwame wrote was incomplete, and the board had to postpone its vote.", "constructive",
     ["missing_action"]),
    # a negation in a supposed case ('if') beside praise reports no fault
    ("She doesn't hesitate to ask around if she doesn't know the answer.", "positive",
     ["missing_impact", "vague"]),
    # a quality wished for, or a praise word as the verb of an instruction, is no praise
    ("I'd like you to be more proactive about flagging risks; we only heard about the vendor delay when it was "
     "too late to act.", "constructive", ["missing_impact", "vague"]),
    ("You always rush the release. Calm down!", "constructive",
     ["absolute", "missing_action", "missing_impact", "vague"]),
    ("Great job this quarter, nicely done. Keep it up!", "positive", ["missing_impact", "vague"]),
    # a judging predicate of the person's work or of 'this' is criticism; of a thing the person then fixed, not
    ("This approach is inefficient and creates extra work for the night shift.", "constructive",
     ["missing_action", "vague"]),
    ("The old process was inefficient, so you redesigned it.", "positive", []),
    # a problem noun that is not the person's makes no absolute and no criticism
    ("She always plans for bugs and risks in the project plan.", "positive", ["missing_impact", "vague"]),
    ("He always makes errors in the invoices.", "constructive", ["absolute", "missing_action", "missing_impact",
                                                                 "vague"]),
    # a prohibition said to the person is criticism and a step; consolation and praise past saying are not
    ("You cannot wear that outfit to the client meeting.", "constructive", ["missing_impact", "vague"]),
    ("You must not share the login with contractors; one of them deleted the staging data.", "constructive",
     ["vague"]),
    ("You can't go wrong with her as a mentor.", "positive", ["missing_impact", "vague"]),
    # the person made it possible
    ("Thanks for the report. We couldn't do it without you.", "positive", ["vague"]),
    # needing what the problem lexicon lists as a shortfall's sign is criticism; needing it rarely is praise
    ("You did a great job on the poster. You still need reminders to include sources on your slides.", "mixed",
     ["missing_action", "missing_impact", "vague"]),
    ("She rarely needs reminders about the rota.", "positive", ["missing_impact", "vague"]),
])
def test_polarity_by_scope_of_negation_setting_and_judgement(text: str, polarity: str, kinds: list[str]) -> None:
    report = review_feedback(text, learned=False)
    assert (report.polarity, sorted(f.kind for f in report.findings)) == (polarity, kinds)
