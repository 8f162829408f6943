"""Clean outside drafts told in narrative clauses: clauses told with an irregular simple past the past-tense list
lacked (WordNet 3.0 verb.exc), the writer's own trouble before anyone acted, a passive of intention ("was meant
to") as a purpose, not an effect, restraint on a named occasion and a showing verb on a concrete object as the
behaviour, and a name after a fronted phrase as the clause's subject.

Texts from scripts/feedback_round20_probe.py and written for the class."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.text import clauses, is_past_tense
from tests.fixtures.feedback import reading_each


@pytest.mark.parametrize("word", ["slept", "rode", "sang", "meant", "wore", "swam", "shrank", "stole"])
def test_irregular_simple_pasts_are_past_tense(word):
    assert is_past_tense(word)


@pytest.mark.parametrize("word", ["bit", "ground", "wound", "lay", "eaten", "sung", "cost"])
def test_nouns_participles_and_base_spellings_are_not_added(word):
    assert not is_past_tense(word)


def test_a_clause_told_with_an_irregular_past_has_its_verb():
    text = "My mom slept for the first time in three days."
    (clause,) = clauses(text)
    assert (clause.subject_words, clause.verb_words, clause.tense) == (("my", "mom"), ("slept",), "past")


@pytest.mark.parametrize(("draft", "impact"), [
    ("Maria talked to my dad even when he was barely responsive, and she brought my mom a warm blanket and a cup "
     "of tea. My mom slept for the first time in three days.", "My mom slept for the first time in three days"),
    ("You rewrote the onboarding guide last month and added screenshots of every form. The new starters in March "
     "rode through their first week without a single call to the help desk.",
     "The new starters in March rode through their first week without a single call to the help desk"),
    ("You reorganised the stockroom over the weekend, which meant the Monday pickers finished an hour early.",
     "which meant the Monday pickers finished an hour early"),
])
def test_an_effect_told_with_an_irregular_past_is_read(draft, impact):
    report = review_feedback(draft)
    assert reading_each(draft) == ("positive", [])
    assert report.structure.impact.evidence == impact


@pytest.mark.parametrize("draft", [
    "Your service was exceptional last week when I dined in your restaurant. We arrived half an hour late for our "
    "reservation with two extra guests. Not only did you seat us without complaint on a busy evening, you also saw "
    "to it that we were served promptly, so we could still make our later appointment.",
    "When I arrived on the medical floor, I told my nurse, Roxanne, that I did not want to stay. Roxanne spent extra "
    "time with me and explained my condition, my treatment and what would happen if I refused it, and I decided to "
    "stay. On the day of my son's graduation, Roxanne set up a video call so that I could see my son on stage.",
    "My husband and I did not want to move Mum onto the ward. Nurse Adaeze sat with us for half an hour, showed us "
    "the room and introduced us to the staff, and Mum settled in that same evening.",
])
def test_the_writers_own_trouble_before_the_act_is_no_criticism(draft):
    assert reading_each(draft) == ("positive", [])


@pytest.mark.parametrize("draft", [
    "You sent the wrong invoice to the client, and we lost the account.",
    "I was late to the board meeting because you did not send the agenda.",
    "We missed the shipment because you forgot to book the courier.",
    "When you left early on Friday, we were short-staffed and I missed my train.",
])
def test_the_writers_trouble_caused_by_the_person_stays_criticism(draft):
    assert reading_each(draft) == ("constructive", ["missing_action"])


def test_a_self_reviews_own_shortfall_stays_criticism():
    draft = "I missed two deadlines in the third quarter because I took on too many projects."
    assert reading_each(draft) == ("constructive", ["missing_action", "vague"])


@pytest.mark.parametrize("draft", [
    "You reorganised the stockroom over the weekend. The new layout was meant to speed up picking.",
    "Last month you set up the new filing system for the clinic. It was designed to cut the time we spend looking "
    "for records.",
    "On Tuesday you rewrote the shift handover sheet. It was supposed to make the morning briefings shorter.",
])
def test_a_passive_of_intention_is_a_purpose_not_an_effect(draft):
    assert reading_each(draft) == ("positive", ["missing_impact"])


@pytest.mark.parametrize(("draft", "behaviour"), [
    ("You never lost your temper during the three-hour negotiation on Monday, and we closed the deal.",
     "You never lost your temper during the three-hour negotiation on Monday"),
    ("During yesterday's handover you did not interrupt the night nurse once, and she covered every patient in ten "
     "minutes.", "you did not interrupt the night nurse once"),
])
def test_restraint_on_a_named_occasion_is_the_behaviour_by_the_rules(draft, behaviour):
    report = review_feedback(draft, learned=False)
    assert (report.polarity, sorted(f.kind for f in report.findings)) == ("positive", [])
    assert report.structure.behavior.evidence == behaviour


@pytest.mark.parametrize(("draft", "expected"), [
    ("You never lose your temper, and the team appreciates it.", ("positive", ["missing_impact", "vague"])),
    ("You never lost your temper, and we closed the deal.", ("positive", ["vague"])),
    ("You lost your temper during the negotiation on Monday, and the client walked out.",
     ("constructive", ["missing_action"])),
])
def test_a_habit_or_no_occasion_or_the_loss_itself_is_not_restraint(draft, expected):
    assert reading_each(draft) == expected


@pytest.mark.parametrize(("draft", "behaviour"), [
    ("During the training day, Ben demonstrated the new till system in a way that all the new starters could "
     "follow.", "Ben demonstrated the new till system in a way that all the new starters could follow"),
    ("During the open day you showed the parents the new science lab, and four families signed up for the "
     "after-school club.", "During the open day you showed the parents the new science lab"),
])
def test_a_showing_verb_on_a_concrete_object_is_an_act(draft, behaviour):
    report = review_feedback(draft, learned=False)
    assert (report.polarity, sorted(f.kind for f in report.findings)) == ("positive", [])
    assert report.structure.behavior.evidence == behaviour


@pytest.mark.parametrize("draft", [
    "During the launch, Ben demonstrated real leadership, and the team hit the date.",
    "You showed great commitment to the team during the merger, which everyone appreciated.",
    "In March you demonstrated your knowledge of the tax rules, and the client was pleased.",
    "Sarah demonstrated a high degree of professionalism during the audit, and the partners noticed.",
])
def test_a_quality_demonstrated_names_no_behaviour(draft):
    assert reading_each(draft) == ("positive", ["vague"])


@pytest.mark.parametrize(("text", "subject", "verbs"), [
    ("Over the summer Kofi re-labelled every shelf.", ("kofi",), ("re-labelled",)),
    ("On Monday Kofi moved the boxes.", ("kofi",), ("moved",)),
    ("On Monday's call you quoted the old prices.", ("you",), ("quoted",)),
])
def test_a_name_after_a_fronted_phrase_is_the_subject(text, subject, verbs):
    (clause,) = clauses(text)
    assert (clause.subject_words, clause.verb_words) == (subject, verbs)


def test_a_fronted_phrase_with_no_name_before_a_verb_has_no_subject():
    (clause,) = clauses("After the Monday Review the meeting room.")
    assert (clause.subject_words, clause.verb_words) == ((), ())
