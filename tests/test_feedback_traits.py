"""Trait as a judgement of character predicated of a person: lexicon markers after a person subject,
a person's character noun judged badly, a virtue or role label denied of a person; never a thing."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import load_feedback_rules, review_feedback


def _traits(text: str) -> list[tuple[str, str]]:
    """(rule id, flagged text) of every trait finding, in order."""
    rules = [r for r in load_feedback_rules().span_rules if r.kind == "trait"]
    return [(next(r.id for r in rules if r.message == f.message and r.pattern.fullmatch(f.text)), f.text)
            for f in review_feedback(text).findings if f.kind == "trait"]


@pytest.mark.parametrize(("draft", "traits"), [
    # Big-Five negative-pole markers, predicated of a person
    ("Frankly, Dana is unimaginative and haphazard with the release notes.",
     [("trait-low-intellect", "unimaginative"), ("trait-low-conscientiousness", "haphazard")]),
    ("He comes across as touchy whenever the schedule changes.", [("trait-low-stability", "touchy")]),
    ("You can be very demanding with the vendors.", [("trait-low-agreeableness", "demanding")]),
    # a person's character noun judged badly, or asked to change
    ("His attitude is negative in meetings.", [("trait-character-judged", "attitude")]),
    ("Priya's temperament has been really sour since March.", [("trait-character-judged", "temperament")]),
    ("She has a toxic personality.", [("trait-character-judged", "personality")]),
    ("You need to work on your attitude.", [("trait-character-judged", "attitude")]),
    # a virtue or role label denied of a person
    ("I've worked with John for six months. John is just not a leader.", [("trait-virtue-denied", "leader")]),
    ("You lack common sense.", [("trait-virtue-denied", "common sense")]),
    ("Your lack of integrity worries the team.", [("trait-virtue-denied", "integrity")]),
    ("He doesn't have any patience with the juniors.", [("trait-virtue-denied", "patience")]),
])
def test_a_judgement_of_character_predicated_of_a_person_is_a_trait(draft, traits):
    assert _traits(draft) == traits


@pytest.mark.parametrize("draft", [
    # the same words about things, events or rights
    "Pricing is a touchy subject with this customer, and you handled it calmly.",
    "It was a demanding quarter and you kept the backlog moving.",
    "The first mock-up was unimaginative, so you rebuilt it with the users.",
    "The test results were inconsistent, so you reran them twice.",
    "You are entitled to 12 weeks of paid leave after the birth.",
    "Chances are your first response may be defensive, so pause before replying.",
    # praise of a character noun, a label that is not denied, a lack that is no virtue
    "Your attitude during the outage was calm and steady.",
    "You have a great attitude with new starters.",
    "John led the migration as a natural leader.",
    "There is no leader assigned to the project yet.",
    "We lack a common sense of priorities across the two teams.",
    "The main character in the training video is rude to the caller.",
])
def test_the_same_words_about_things_or_in_praise_are_no_trait(draft):
    assert _traits(draft) == []


def _harsh(text: str) -> list[str]:
    return [f.text for f in review_feedback(text).findings if f.kind == "harsh"]


@pytest.mark.parametrize(("draft", "harsh"), [
    # a threat to the person's job, and the person's mind said to be empty: harsh without a harsh word
    ("You always miss deadlines. Frankly, you're lucky to have a job here.", ["job"]),
    ("Keep this up and you will lose your job.", ["job"]),
    ("Sam's position is on the line after this quarter.", ["position"]),
    ("There might not actually be anything going on in your head.", ["head"]),
    ("Honestly, there is nothing between his ears.", ["ears"]),
    # the same nouns in plain senses, a condition in policy text, a request
    ("You may claim unemployment insurance if you lose your job.", []),
    ("You did a great job on the launch, and the position you took on pricing held.", []),
    ("You kept a cool head when the server went down; keep the customer in mind next time.", []),
])
def test_threats_to_the_job_and_an_empty_mind_are_harsh(draft, harsh):
    assert _harsh(draft) == harsh
