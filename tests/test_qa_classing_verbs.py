"""A verb of classing ("counts as", "qualifies as", "is considered", "constitutes") asks what a term covers and
names no part of the asked thing: it is set aside from a question's focus, while the same verbs in other
frames ("qualifies for", "count my hours") stay."""

import pytest

from assistant.qa.check import asked_thing
from assistant.qa.focus import drop_classing, focus_stems


@pytest.mark.parametrize(("question", "focus"), [
    ("What counts as an extended remote work period?", {"extend", "remot", "work", "period"}),
    ("What qualifies as power harassment?", {"power", "harassment"}),
    ("What is considered sexual harassment?", {"sexual", "harassment"}),
    ("What is regarded as medical information?", {"medical", "information"}),
    ("How is overtime defined?", {"overtim"}),
    ("Is a laptop treated as company property?", {"laptop", "property"}),
    ("What constitutes misconduct?", {"misconduct"}),
])
def test_classing_verb_left_out_of_focus(question, focus):
    assert focus_stems(question) == focus


@pytest.mark.parametrize(("question", "focus"), [
    ("Who qualifies for the on-call stipend?", {"qualify", "stipend", "on-call"}),
    ("How do I count my hours?", {"count", "hour"}),
    ("How do I treat a client complaint?", {"treat", "client", "complaint"}),
])
def test_same_verbs_in_other_frames_kept(question, focus):
    assert focus_stems(question) == focus


def test_classing_verb_read_as_copula():
    assert drop_classing("How is overtime defined?") == "How is overtime?"
    assert drop_classing("What counts as an extended remote work period?") == "What is an extended remote work period?"
    assert drop_classing("What constitutes misconduct?") == "What is misconduct?"


def test_asked_thing_is_the_term_after_a_classing_verb():
    assert asked_thing("What qualifies as a hardship transfer at TTS", ["TTS"]) == ["hardship", "transfer"]
    assert asked_thing("What is considered sexual harassment", []) == ["sexual", "harassment"]


def test_defining_sentences():
    from assistant.qa.focus import defines

    assert defines("This includes primaries and caucuses, at the federal, state, local level.")
    assert defines('"Eligible Team Member" means direct employees of CivicActions, Inc.')
    assert defines("Sexual harassment is considered unwelcome conduct of a sexual nature.")
    assert not defines("You can receive up to 4 hours for each election event.")


def test_definition_first_only_for_classing_questions():
    from types import SimpleNamespace

    from assistant.qa.select import definition_first

    def unit(text, source="leave.md"):
        return SimpleNamespace(text=text, passage=SimpleNamespace(source=source))

    uses = unit("You can receive up to 4 hours for each election event.")
    other = unit("Election day is a holiday.", "holidays.md")
    other_def = unit("This includes general elections.", "holidays.md")
    defining = unit("This includes primaries and caucuses.")
    units = [uses, other, other_def, defining]
    assert definition_first("What counts as an election event?", units, lambda u: True) == [
        defining, uses, other, other_def]
    assert definition_first("How many hours for an election event?", units, lambda u: True) == units
    assert definition_first("What counts as an election event?", units, lambda u: u is not defining) == units
