"""Vague versus specific by structure: an evaluation with nothing observable attached is vague; an act
with a concrete object, a number or a name attached to it is not (labelling guides, evals/dev*/README.md)."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import (
    load_feedback_rules,
    review_feedback,
)
from assistant.analyzers.feedback.acts import _concrete_act, _unspecific
from assistant.analyzers.feedback.draft import _Draft, _person


def _reading(text: str) -> tuple[str, list[str], str | None]:
    report = review_feedback(text, learned=False)
    return report.polarity, sorted(f.kind for f in report.findings), report.structure.behavior.evidence


@pytest.mark.parametrize(("draft", "reading"), [
    # a manner verb's object is the occasion, not what was done
    ("You handled the customer complaints professionally and with empathy.",
     ("positive", ["missing_impact", "vague"], None)),
    ("The way you handled the month-end close was a disaster.",
     ("constructive", ["harsh", "missing_action", "missing_impact", "vague"], None)),
    # activity nouns, verbs of doing the job, evaluative words and spans of time name nothing observable
    ("You have done a solid job on your tasks and met expectations in most areas.",
     ("positive", ["missing_impact", "vague"], None)),
    ("Marco completed his work on time and to a high standard throughout the year.",
     ("positive", ["missing_impact", "vague"], None)),
    # a habit is no occasion
    ("She always tries to make the project plan better and more detailed.",
     ("positive", ["missing_impact", "vague"], None)),
])
def test_an_evaluation_with_nothing_observable_is_vague(draft, reading):
    assert _reading(draft) == reading


@pytest.mark.parametrize(("draft", "reading"), [
    # the person did something to a concrete object, in a clause sharing the subject
    ("He handled the project well and moved the launch date forward by a week.",
     ("positive", ["missing_impact"], "He handled the project well and moved the launch date forward by a week")),
    # an act named by a gerund after a generic noun of doing, with its object
    ("Thanks for your help moving the archive boxes to the basement.",
     ("positive", ["missing_impact"], "Thanks for your help moving the archive boxes to the basement")),
    ("You did a great job in explaining the procedure to the patient.",
     ("positive", ["missing_impact"], "You did a great job in explaining the procedure to the patient")),
])
def test_an_act_with_a_concrete_object_is_specific(draft, reading):
    assert _reading(draft) == reading


def test_adding_a_concrete_object_makes_a_vague_draft_specific():
    vague = "You handled the project well."
    assert _reading(vague) == ("positive", ["missing_impact", "vague"], None)
    specific = vague[:-1] + " and phoned every supplier on the list."
    assert _reading(specific) == ("positive", ["missing_impact"], specific[:-1])


@pytest.mark.parametrize(("sentence", "act"), [
    ("It might have helped if you had reviewed the notes with him and called the client.", None),
    ("Your skill in adjusting lessons means students learn more.", None),
    ("You can work better with others by learning their names.", None),
    ("Then you rewrote the returns form.", "Then you rewrote the returns form"),
])
def test_a_concrete_act_is_done_by_the_person_not_wished_or_a_capability(sentence, act):
    rules = load_feedback_rules()
    draft = _Draft.of(sentence, rules.scan)
    found = _concrete_act(rules, draft, 0, _person(sentence, draft.parsed))
    assert (sentence[found.start:found.end] if found else None) == act


def test_a_named_thing_or_number_keeps_a_sentence_specific():
    rules = load_feedback_rules()
    for sentence, unspecific in [("You handled the Baker renewal professionally.", False),
                                 ("You managed 40 accounts with care.", False),
                                 ("You managed your accounts with care.", True)]:
        assert _unspecific(rules, _Draft.of(sentence, rules.scan), 0) is unspecific, sentence
