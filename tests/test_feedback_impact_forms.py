"""Impacts and next steps in forms the clause rules missed.

The act named as a noun and made the subject of its effect, a thing the person made giving people something, a
state kept or reached, a benefit noun with its beneficiary, an averted harm in a relative clause, others' measured
results; a session the writer arranged with the person, and "let me know if ..." judged by what it offers.

An impact in ordinary words (a counterfactual tied to the person's part, a harm their act may have averted, what
others could do after it, what others reached or regained) is an effect; purposes, praise words and offered
abilities are not.

A present state set against an earlier one by a phase adverb ("still", "already", "no longer", "back", "again",
"finally"), also with a verb the clause parser does not know; a superlative bounded by the group's own history
("the most successful festival we have ever run", "our busiest month ever"); "since" before a time as a
preposition ("Since then nobody has ..."); a count of what the act delivered to others or of those it served; the
act named in a fronted phrase of means ("Under Joan's leadership, the team achieved ..."). Look-alikes: a place or
a judgement after "still", the writer's own viewing, spans of time, plans and purposes, the person's own record.

Texts from scripts/feedback_impact_forms_probe.py, scripts/feedback_round20d_probe.tsv (fresh, written for the
probe, and the check set written after the change) and scripts/feedback_round21b_probe.tsv (adapted outside
drafts, p.., and the check set written after the change, c..)."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import load_feedback_rules, review_feedback
from assistant.text import is_past_tense
from tests.fixtures.scripts import load_script


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


def test_a_reviews_question_about_a_case_the_work_must_handle_is_a_step():
    draft = ("Bug: this returns the wrong result for an empty list, because sum(numbers) / len(numbers) raises "
             "ZeroDivisionError. What happens when numbers is empty?")
    report = review_feedback(draft)
    assert (report.structure.next_step.present, report.structure.next_step.evidence) == (
        True, "What happens when numbers is empty")
    assert kinds(draft) == []
    past = PROBLEM + "What happened when you called them?"
    assert review_feedback(past).structure.next_step.present is False
    assert "missing_action" in kinds(past)


RULES = load_feedback_rules()


def _reading(text: str) -> tuple[str, list[str], str | None]:
    report = review_feedback(text, rules=RULES)
    return report.polarity, sorted({f.kind for f in report.findings}), report.structure.impact.evidence


@pytest.mark.parametrize(("text", "expected"), [
    ("On Tuesday you spotted the loose guard rail on the loading bay and taped it off. You may well have prevented "
     "a serious accident.",
     ("positive", [], "You may well have prevented a serious accident.")),
    ("Thanks for proofreading the grant application over the weekend, Maya. Without your corrections the panel "
     "would have rejected it outright.",
     ("positive", [], "Without your corrections the panel would have rejected it outright.")),
    ("You reorganised the shared drive last month and labelled every folder. The new starters could find everything "
     "on their first day.",
     ("positive", [], "The new starters could find everything on their first day.")),
    ("Priya translated the safety notices into Polish and Romanian. The warehouse crew could finally read the "
     "instructions for the new forklifts.",
     ("positive", [], "The warehouse crew could finally read the instructions for the new forklifts.")),
    ("You fixed the broken ramp at the side entrance in September. Mr Okafor can get his wheelchair into the "
     "library again.",
     ("positive", [], "Mr Okafor can get his wheelchair into the library again.")),
    ("You set up the rota for the holiday weekend and swapped shifts with two people who had family plans. "
     "Everyone got home for Christmas.",
     ("positive", [], "Everyone got home for Christmas")),
    ("You answered the hotline on Christmas Eve when nobody else could. Three families got their heating back on "
     "before the holiday.",
     ("positive", [], "Three families got their heating back on")),
    # look-alikes: a purpose, praise words, an ability offered rather than reached
    ("On Tuesday you taped off the loose guard rail on the loading bay to help the team stay safe.",
     ("positive", ["missing_impact"], None)),
    ("You reorganised the shared drive last month. Your work has had a great impact.",
     ("positive", ["missing_impact"], None)),
    ("You drafted the new rota. The night staff could review it on Friday.",
     ("positive", ["missing_impact"], None)),
    ("Priya translated the safety notices. The warehouse crew could learn a lot from her.",
     ("positive", ["missing_impact"], None)),
    ("You reorganised the shared drive last month. Maybe the new starters could use it next week.",
     ("positive", ["missing_impact"], None)),
])
def test_impact_in_ordinary_words(text: str, expected: tuple[str, list[str], str | None]) -> None:
    assert _reading(text) == expected


def test_ordinary_words_probe_figures() -> None:
    import csv
    from pathlib import Path

    data = Path(__file__).resolve().parent.parent / "scripts" / "feedback_round20d_probe.tsv"
    with data.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    right = {"impact": 0, "look": 0}
    for row in rows:
        missing = any(f.kind == "missing_impact" for f in review_feedback(row["text"], rules=RULES).findings)
        right[row["set"]] += missing == (row["set"] == "look")
    assert right == {"impact": 24, "look": 15}


@pytest.mark.parametrize(("text", "expected"), [
    ("Bart travelled to Mississippi four times after the hurricane and led the Habitat crews there. Eleven families "
     "are back in their own homes.",
     ("positive", [], "Eleven families are back in their own homes")),
    ("You cleaned, shifted and weeded the picture-book section over the winter. It looks new, and children can "
     "finally reach the shelves.",
     ("positive", [], "children can finally reach the shelves")),
    ("Tomás fixed the leaking valve on the third floor last week. The storeroom is dry again.",
     ("positive", [], "The storeroom is dry again")),
    ("You spent March clearing the backlog of warranty claims. The queue is back under fifty.",
     ("positive", [], "The queue is back under fifty")),
    ("You started phoning our homebound clients every morning in March. Most of them no longer go whole days "
     "without speaking to anyone.",
     ("constructive", ["missing_action"], "Most of them no longer go whole days without speaking to anyone")),
    ("You drew up the site plan and trained all forty volunteers before the festival. It was the most successful "
     "festival we have ever run.",
     ("positive", [], "It was the most successful festival we have ever run")),
    ("You reorganised the appointment book over the winter; March was our busiest month ever.",
     ("positive", [], "March was our busiest month ever")),
    ("You redesigned the rota in January. Since then nobody has worked a double shift.",
     ("positive", [], "then nobody has worked a double shift")),
    ("In August you gave 41 rides to clients who had no other way to reach their doctors.",
     ("positive", [], "In August you gave 41 rides to clients who had no other way to reach their doctors.")),
    ("In February you ran the free tax clinic for 80 pensioners.",
     ("positive", [], "In February you ran the free tax clinic for 80 pensioners.")),
    ("Under Joan's leadership this year, the claims team achieved a 50% increase in efficiency and a 30% reduction in "
     "processing costs.",
     ("positive", [], "the claims team achieved a 50% increase in efficiency")),
    # look-alikes
    ("You ran the stock count on Monday. The warehouse is still in Leeds.",
     ("positive", ["missing_impact"], None)),
    ("You drafted the grant report last week. It is still unclear whether the council will fund it.",
     ("positive", ["missing_impact"], None)),
    ("You presented the budget on Friday. It was the best presentation ever.",
     ("positive", ["missing_impact"], None)),
    ("On Tuesday you rewrote the returns page for the help centre. It was the best page I have ever seen.",
     ("positive", ["missing_impact"], None)),
    ("With your permission, I will share the notes with the team.",
     ("constructive", ["missing_impact", "vague"], None)),
    ("You worked 12 hours on Saturday to finish the stock count.",
     ("positive", ["missing_impact"], None)),
    ("You plan to deliver winter coats to 35 families next month.",
     ("positive", ["missing_impact", "vague"], None)),
    ("Avi set a goal to raise enough money to provide meals to 200 seniors, and he made campaign signs to get "
     "started.",
     ("positive", ["missing_impact"], None)),
    ("You cancelled 4 appointments for patients without notice last week.",
     ("positive", ["missing_impact"], None)),
    ("Since then you have missed two deadlines on the payroll run.",
     ("constructive", ["missing_action", "missing_impact"], None)),
])
def test_impact_against_an_earlier_state_a_record_or_a_count(text: str, expected: tuple[str, list[str], str | None]) -> None:
    assert _reading(text) == expected


def test_earlier_state_and_count_probe_figures() -> None:
    probe = load_script("scripts/feedback_round21b_probe.py")
    right = dict.fromkeys(("impact", "none", "check_impact", "check_none"), 0)
    for row in probe.rows():
        right[row["set"]] += probe.correct(row)
    assert right == {"impact": 39, "none": 16, "check_impact": 14, "check_none": 14}
