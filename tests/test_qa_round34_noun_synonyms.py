"""Round 34: an asked noun or adjective covered by its first-sense synonym, except where the policy's word names
another thing (class: over-refusal on British/American and everyday synonyms of the asked thing).

A question writes "holiday", "ill" or "illness" where the policy writes "vacation", "sick" or "sickness": each pair
shares its first (most frequent) WordNet 3.0 sense (synsets 15137890, 02541303, 14061805), so
``assistant/data/first_sense_synonyms.txt`` (scripts/build_first_sense_synonyms.py) now lists nouns and adjectives
too, and the policy's word covers the asked one in the focus and asked-thing checks (tuning halves: handbooks3 d41,
handbooks4 d07, handbooks5 d02 answered; no must-abstain question answered).

Look-alikes that stay exact:

* a noun whose first sense is an act, a field of knowledge, a group or a person (WordNet noun.act, noun.cognition,
  noun.group, noun.person): a handbook names its departments, teams and roles with them ("engineering" for
  "technology", "director" for "manager", "staff" for "faculty");
* a synonym written as the last word of a WordNet compound of another sense: "public holidays" are days off by
  law, not a vacation; "motion sickness" is no illness of the asker's.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.focus import _synonym_terms, first_sense_synonyms, matched
from assistant.settings import get_settings
from assistant.text import stem
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


def test_nouns_and_adjectives_are_listed_by_their_first_sense() -> None:
    assert {"vacation", "vacations"} <= first_sense_synonyms(stem("holiday"))
    assert {"holiday", "holidays"} <= first_sense_synonyms(stem("vacation"))
    assert "sick" in first_sense_synonyms(stem("ill"))
    assert {"sickness", "unwellness"} <= first_sense_synonyms(stem("illness"))
    # acts and fields, groups and persons name a handbook's departments, teams and roles: no synonym
    for word in ("technology", "engineering", "marketing", "manager", "director", "staff", "child"):
        assert first_sense_synonyms(stem(word)) == frozenset(), word


@pytest.mark.parametrize(("focus", "text", "expected"), [
    ({"holiday"}, "Sick while on vacation leave", {"holiday"}),
    ({"ill"}, "If you are sick while on leave, report it.", {"ill"}),
    ({"illness"}, "Pay continues during sickness for up to six weeks.", {"illness"}),
    # the synonym ending a compound of another sense names that other thing
    ({"vacation"}, "Each employee gets 15 days of paid leave plus 10 public holidays.", set()),
    ({"vacation"}, "The office is closed on bank holidays.", set()),
    ({"illness"}, "Motion sickness tablets are not reimbursed.", set()),
    # ... but not where the text also writes it alone
    ({"vacation"}, "Public holidays do not count as holidays taken.", {"vacation"}),
    # a capitalised synonym may be a name
    ({"vacation"}, "Staff visit the Holiday Inn for the offsite.", set()),
    ({"technology"}, "The engineering team reviews every pull request.", set()),
])
def test_matched_reads_a_noun_or_adjective_synonym(focus, text, expected) -> None:
    assert matched({stem(w) for w in focus}, text) == {stem(w) for w in expected}


def test_synonym_terms_leave_out_compounds_of_another_sense() -> None:
    assert _synonym_terms("Bank holidays and public holidays; motion sickness and sickness.") == {
        "and", "public", "motion", "sickness"}


PAID_VACATION = "Time off\n\nEach employee is entitled to 25 days of paid vacation per year."
HOLIDAY = "Time off\n\nEach employee is entitled to 25 days of holiday a year, plus public holidays."
PUBLIC_ONLY = ("Time off\n\nEach employee is entitled to 15 days of paid leave per year plus 10 public holidays. The "
               "office is closed the week between Dec 25 and January 1.")
FIT_NOTE = ("Absence\n\nA member of staff who is sick for more than seven days in a row sends a fit note from a "
            "doctor.")


@pytest.mark.parametrize(("question", "text", "quote"), [
    ("How many days of holiday do I get each year?", PAID_VACATION,
     "Each employee is entitled to 25 days of paid vacation per year."),
    # "public holidays" is no vacation, but the same sentence's "holiday" alone is
    ("How many days of vacation do I get each year?", HOLIDAY,
     "Each employee is entitled to 25 days of holiday a year, plus public holidays."),
    ("How many ill days before I need a fit note?", FIT_NOTE,
     "A member of staff who is sick for more than seven days in a row sends a fit note from a doctor."),
])
def test_a_synonym_of_the_asked_thing_answers(fake_search, question, text, quote) -> None:  # noqa: F811
    fake_search["results"] = [result("policy.md", text, 0.55, text.split("\n")[0], 1)]
    out = answer(question, get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (True, f"- \u201c{quote}\u201d [1]")


@pytest.mark.parametrize(("question", "text"), [
    ("How many days of vacation do I get each year?", PUBLIC_ONLY),  # public holidays are days off by law
    ("After how many days of illness do I need a fit note?", FIT_NOTE),  # the noun, not the adjective "sick"
])
def test_a_word_of_another_sense_does_not_answer(fake_search, question, text) -> None:  # noqa: F811
    fake_search["results"] = [result("policy.md", text, 0.55, text.split("\n")[0], 1)]
    out = answer(question, get_settings())
    assert out.answered is False
