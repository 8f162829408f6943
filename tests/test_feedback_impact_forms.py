"""Impacts and next steps in forms the clause rules missed (round 15, fb15; probe:
scripts/feedback_impact_forms_probe.py): the act named as a noun and made the subject of its effect, a
thing the person made giving people something, a state kept or reached, a benefit noun with its
beneficiary, an averted harm in a relative clause, others' measured results; a session the writer arranged
with the person, and "let me know if ..." judged by what it offers."""

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.text import is_past_tense


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in review_feedback(text).findings)


@pytest.mark.parametrize(("draft", "evidence"), [
    # the act as a noun, subject of a verb that ends a cost to others
    ("Your rewrite of the returns page last month ended the stream of repeat calls about refund timing.",
     "Your rewrite of the returns page last month ended the stream of repeat calls about refund timing"),
    # a thing the person made, giving people something
    ("The incident dashboard you built last sprint gives the ops team one place to see every open alert.",
     "The incident dashboard you built last sprint gives the ops team one place to see every open alert"),
    # a state kept after the act
    ("Thanks for covering the Saturday shift at short notice. The store stayed fully staffed through the sale.",
     "The store stayed fully staffed through the sale"),
    ("Your quick thinking at the launch kept the whole event on schedule.",
     "Your quick thinking at the launch kept the whole event on schedule"),
    # the part the work came to play
    ("Your summary of the twelve customer interviews became the basis for our roadmap decision.",
     "Your summary of the twelve customer interviews became the basis for our roadmap decision"),
    # a benefit noun with its beneficiary
    ("Thanks for redoing the weekend rota. It has been a huge help for the weekend team.",
     "It has been a huge help for the weekend team"),
    # an averted harm in a relative clause, to a party
    ("Your careful read of the supplier contract caught a clause that would have locked us into a three-year term.",
     "that would have locked us into a three-year term."),
    # others' measured result; the person's "your" inside the subject does not make it the person
    ("Sales in your region are up 12% since you started the Friday calls.", "Sales in your region are up 12"),
    # an amuse-class verb with the person's manner as subject
    ("Your patience with Mr. Lopez on Tuesday calmed him down.",
     "Your patience with Mr. Lopez on Tuesday calmed him down"),
    # "agreed" is a past, so the third party's act after the person's is its consequence
    ("You sat with Mr. Lopez on Tuesday, and he agreed to the treatment plan.", "he agreed to the treatment plan"),
    # the act named by praise of an occasion ("at Tuesday's ..."), then others' reaction
    ("Great talk at Tuesday's town hall. Several people from finance came up afterwards asking for your slides.",
     "Several people from finance came up afterwards asking for your slides"),
])
def test_an_effect_told_in_these_forms_is_the_impact(draft, evidence):
    report = review_feedback(draft)
    assert (report.structure.impact.present, report.structure.impact.evidence) == (True, evidence)
    assert "missing_impact" not in kinds(draft)


LEAD = "On Tuesday you rewrote the returns page for the help centre. "


@pytest.mark.parametrize("tail", [
    "You gave the team the slides on Monday.",  # the person gives: an act
    "The report you wrote gives the figures for each region.",  # no one is given anything
    "Your email to the client ended with a question.",  # "ended with": how it ended, not what it ended
    "Your shift ended at six.",
    "Your talk at the all-hands became a bit long.",  # a thing became a quality: no one affected
    "The new page became live on Friday.",
    "Your project kept you busy in March.",  # kept the person: no one else
    "Your notes kept the same format as last year.",  # kept = retained
    "Your rewrite ended up on the shared drive.",
    "You chose a layout that would have suited the old site too.",  # no harm averted to anyone
    "The page you wrote cut the old FAQ section.",  # cut a thing, not a cost
    "The help centre is a resource for all staff.",  # a general statement
])
def test_look_alikes_state_no_impact(tail):
    report = review_feedback(LEAD + tail, learned=False)
    assert report.structure.impact.present is False
    assert "missing_impact" in kinds(LEAD + tail)


PROBLEM = "On the Acme call you promised a delivery date we had not confirmed, and we had to walk it back. "


@pytest.mark.parametrize(("step", "evidence"), [
    ("I've booked thirty minutes with you on Thursday to go through the escalation queue together.",
     "I've booked thirty minutes with you on Thursday to go through the escalation queue together"),
    ("We've set up a call with you next week to plan the handover.",
     "We've set up a call with you next week to plan the handover"),
    ("Let me know if you'd like me to check the dates with you before the next call.",
     "Let me know if you'd like me to check the dates with you before the next call"),
])
def test_a_session_arranged_with_the_person_or_a_concrete_offer_is_a_step(step, evidence):
    report = review_feedback(PROBLEM + step)
    assert (report.structure.next_step.present, report.structure.next_step.evidence) == (True, evidence)
    assert "missing_action" not in kinds(PROBLEM + step)


@pytest.mark.parametrize("tail", [
    "Let me know if you have any questions.",  # a courtesy close
    "Let me know if there is anything else.",
    "I booked a call with you last week to discuss this.",  # arranged in the past
    "I've booked the room on Thursday for the offsite.",  # no session with the person
    "We scheduled the launch for next month.",
])
def test_a_courtesy_close_or_a_past_or_unrelated_booking_is_no_step(tail):
    report = review_feedback(PROBLEM + tail)
    assert report.structure.next_step.present is False
    assert "missing_action" in kinds(PROBLEM + tail)


def test_irregular_pasts_mark_a_clause_in_the_past():
    assert all(is_past_tense(w) for w in ("became", "grew", "rose", "agreed", "sought", "overcame"))
    assert not any(is_past_tense(w) for w in ("need", "succeed", "become", "agree"))


@pytest.mark.parametrize(("draft", "evidence"), [
    # what the reviewed thing will do or does, in a code or document review with no past act
    ("If the API call fails, this will throw an unhandled error. Add try/catch to return a meaningful error.",
     "this will throw an unhandled error"),
    ("Off-by-one in pagination. The last page will be missing one item. Change the slice end.",
     "The last page will be missing one item"),
    ("Bug: this returns the wrong result for an empty list.", "this returns the wrong result for an empty list"),
    ("Good separation of messages from logged details. This pattern makes debugging easier.",
     "This pattern makes debugging easier"),
])
def test_what_the_reviewed_thing_does_to_its_users_is_the_impact(draft, evidence):
    report = review_feedback(draft)
    assert (report.structure.impact.present, report.structure.impact.evidence) == (True, evidence)


@pytest.mark.parametrize("draft", [
    "This function is long. Split it into smaller helpers.",
    "This will be merged on Friday.",
    "It will run on the new server next week.",
    "This will take a while.",
    "The report fails to mention the budget.",  # "fails to": a shortfall of the work, no one's outcome
    "This won't throw an error.",
])
def test_a_plain_description_or_schedule_of_the_reviewed_thing_is_no_impact(draft):
    assert review_feedback(draft, learned=False).structure.impact.present is False


@pytest.mark.parametrize(("step", "evidence"), [
    # a concrete correction in the conditional perfect (dev7's guide), a code token as a bare verb's object
    ("You should have used the K&R indentation style here.", "You should have used the K&R indentation style here"),
    ("You should have added a migration for the new column.", "You should have added a migration for the new column"),
    ("Add try/catch around the call.", "Add try/catch around the call"),
    ("Wrap fetchOrders() in a retry.", "Wrap fetchOrders("),  # the clause ends at the bracket
])
def test_a_concrete_correction_or_a_code_edit_is_a_step(step, evidence):
    report = review_feedback(PROBLEM + step)
    assert (report.structure.next_step.present, report.structure.next_step.evidence) == (True, evidence)


@pytest.mark.parametrize("tail", [
    "You should have known better.",
    "You should have been more careful.",
    "You should have done better.",
    "You should have checked it.",
])
def test_a_reproach_in_the_conditional_perfect_is_no_step(tail):
    report = review_feedback(PROBLEM + tail)
    assert report.structure.next_step.present is False
    assert "missing_action" in kinds(PROBLEM + tail)


@pytest.mark.parametrize(("draft", "evidence"), [
    # what a review observes the work doing names the behaviour (dev7's code reviews)
    ("This loads all orders into memory, which won't work once we have 10K+ orders. Consider pagination.",
     "This loads all orders into memory"),
    ("If the API call fails, this will throw an unhandled error. Add try/catch to return a meaningful error.",
     "this will throw an unhandled error"),
    ("You should have used the K&R indentation style here and placed the bracket in the line above.",
     "You should have used the K&R indentation style here"),
])
def test_what_a_review_observes_in_the_work_is_the_behaviour(draft, evidence):
    report = review_feedback(draft)
    assert (report.structure.behavior.present, report.structure.behavior.evidence) == (True, evidence)
    assert "vague" not in kinds(draft)


@pytest.mark.parametrize("draft", [
    "This is confusing.",
    "This takes a while to read.",
    "This makes no sense.",
    "It needs more work before we merge.",
    "You should have known better.",
])
def test_a_verdict_on_the_work_names_no_behaviour(draft):
    assert "vague" in kinds(draft)
