"""A head noun naming a value of the thing its modifiers name (probe: scripts/qa_round25b_probe.py, generic_extra).

"How many days of sick leave *entitlement* ...", "What is the parental leave eligibility *period*?": the head noun's
first and most WordNet 3.0 senses are a time, quantity or attribute (assistant/data/value_nouns.txt, built by
scripts/build_value_nouns.py), so it says which value of the sick leave is asked and need not stand in the quote
when the words before it do. A head of another kind stays a thing the quote must name: an act or communication
("medical leave *appeals*"), what is paid or given ("holiday *pay*"), a noun with one time sense among many
("introductory period *extension*").
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import _value_nouns, value_head
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


@pytest.mark.parametrize(("thing", "expected"), [
    (["sick", "leave", "entitlement"], True),
    (["parental", "leave", "eligibility", "period"], True),
    (["introductory", "period", "duration"], True),
    (["medical", "leave", "appeals"], False),
    (["holiday", "pay"], False),
    (["tech", "payment"], False),
    (["introductory", "period", "extension"], False),
    (["retirement", "plan", "contributions"], False),
    (["bereavement", "leave", "documentation"], False),
    (["period"], False),  # a head alone names the thing
])
def test_value_head_reads_the_head_nouns_wordnet_senses(thing, expected) -> None:
    assert value_head(thing) is expected


def test_value_nouns_are_a_sourced_wordnet_list() -> None:
    nouns = _value_nouns()
    assert 4000 < len(nouns) < 4200
    assert {"entitlement", "eligibility", "period", "duration", "deadline"} <= nouns
    assert not {"pay", "payment", "fee", "appeal", "documentation", "extension", "window", "notice"} & nouns


LEAVE = ("Sick and Safe leave\n\nAll employees have a minimum of 10 days of sick leave per year (80 hours for full-time "
         "and 40 hours for part-time employees). This leave is immediately available upon hiring.")
PARENTAL = ("Parental leave\n\nEmployees who have been with the company for six months or more are eligible for the "
            "following: six weeks time off, fully paid.")


def test_a_value_head_is_covered_by_the_thing_its_modifiers_name(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("leave.md", LEAVE, 0.6, "Sick and Safe leave", 1)]
    out = answer("How many days of sick leave entitlement do employees have per year?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (
        True, "- \u201cAll employees have a minimum of 10 days of sick leave per year (80 hours for full-time and 40 "
              "hours for part-time employees). This leave is immediately available upon hiring.\u201d [1]")
    # (qafacts39: the sentence of its paragraph tied to the quote by "This leave" is shown with it)


def test_a_head_that_is_a_thing_of_its_own_still_must_stand(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("leave.md", PARENTAL, 0.6, "Parental leave", 1)]
    out = answer("What is the parental leave appeals process?", get_settings())
    assert out.answered is False
