"""Round 35: in a yes/no benefit question the paying verb's object is the thing asked about, and an adjunct after
it says what the thing is for (class: over-refusal and false answers from reading the adjunct as the thing).

"Will 2i2c pay my visa costs for a work trip?" was refused because the asked thing was read as the last noun
phrase, "work trip", which the answering sentence ("... to allow you to travel (e.g., VISA fees)") does not name;
"Does FlowFuse pay overtime for working weekends?" was answered from a page on weekends that never mentions
overtime. The object of the paying verb names the thing (Quirk et al. 1985, 8.1-8.2, 10.2: a prepositional adjunct
of purpose, time, place or beneficiary stands outside the object it follows), so the quote must name the object;
the quote's document must name the head of the adjunct (the occasion), or the quote speaks of the thing on another
occasion (overtime in the rules on paid time off is no answer about team retreats).

Look-alikes that read as before: no object before the preposition ("pay *for* my laptop repairs"), an object of
people ("reimburse *employees* for ..."), an object whose words left are a kind word or adjectives of quality
("the *full cost* for a gym membership", ``assistant/data/quality_adjectives.txt``), two objects joined ("the
flights and hotel"), a particle after the verb ("help pay *off* my student loans"); an adjunct naming people ("to
new hires") asks no occasion of the quote.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import asked_thing, benefit_adjunct
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

NAMES = ["Acme"]


@pytest.mark.parametrize(("clause", "thing", "adjunct"), [
    # the object is the thing; the adjunct after it is what it is for
    ("Will Acme pay my visa costs for a work trip", ["visa"], ["work", "trip"]),
    ("Does Acme pay overtime for working weekends", ["overtime"], ["working", "weekends"]),
    ("Does Acme give employees a laptop for home use", ["laptop"], ["home", "use"]),
    ("Will Acme cover a seat upgrade for an international flight", ["seat", "upgrade"], ["international", "flight"]),
    ("Does Acme cover childcare costs during a teammate gathering", ["childcare"], ["teammate", "gathering"]),
    ("Will Acme pay travel insurance for a conference where I'm speaking", ["travel", "insurance"], ["conference"]),
    # an adjunct naming people asks no occasion
    ("Does Acme pay a relocation bonus to new hires", ["relocation"], []),
    ("Does Acme provide a tech stipend for part-time employees", ["tech"], []),
    # look-alikes: read as before
    ("Will Acme pay for my laptop repairs", ["laptop", "repairs"], []),
    ("Does Acme reimburse employees for gym memberships", ["gym", "memberships"], []),
    ("Does Acme cover the full cost for a gym membership", ["gym", "membership"], []),
    ("Does Acme pay extra for weekend work", ["weekend", "work"], []),
    ("Does Acme pay the cost of my visa", ["visa"], []),
    ("Will Acme pay the flights and hotel for a talk at a conference", ["conference"], []),
    ("Will Acme help pay off my student loans", ["student", "loans"], []),
    ("Does Acme pay a stipend for on-call rotations", ["on-call", "rotations"], []),
    ("Will Acme pay for a business class ticket", ["business", "class", "ticket"], []),
    # a question whose slot names the thing is not read here
    ("How much does Acme pay for a hotel on a work trip", ["hotel"], []),
])
def test_the_object_is_the_thing_and_the_adjunct_its_occasion(clause, thing, adjunct) -> None:
    assert (asked_thing(clause, NAMES), benefit_adjunct(clause, NAMES)) == (thing, adjunct)


VISA = ("Travel reimbursements\n\nAcme will cover the costs of: Any legal work that needed to be done to allow you to "
        "travel (e.g., VISA fees).")
TRIP = ("Travel reimbursements\n\nIf you add a personal leg, Acme will only cover the trip to and from the event, not "
        "the third leg.")
WEEKENDS = ("Working hours\n\nAcme team members work Monday to Friday. If you are working weekends for a launch, take "
            "the same number of days off the following week.")
PTO = ("Paid time off\n\nPaid time off is paid at your base pay rate. It does not include overtime or any special "
       "forms of compensation such as bonuses.")
RETREATS = ("Travel budgets\n\nThe Admin budget is used for our team retreats and sprints: it pays for transportation, "
            "lodging and food.")


def test_the_object_named_by_the_quote_answers(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("acme-reimbursements.md", VISA, 0.62, "Travel reimbursements", 1,
                                     organisation="Acme"),
                              result("acme-reimbursements.md", TRIP, 0.5, "Travel reimbursements", 2,
                                     organisation="Acme")]
    out = answer("Will Acme pay my visa costs for a work trip?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (
        True, "- \u201cAcme will cover the costs of: Any legal work that needed to be done to allow you to travel "
              "(e.g., VISA fees).\u201d [1]")


def test_a_page_on_the_occasion_without_the_object_does_not_answer(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("acme-hours.md", WEEKENDS, 0.6, "Working hours", 1, organisation="Acme")]
    out = answer("Does Acme pay overtime for working weekends?", get_settings())
    assert (out.answered, "overtime" in out.answer) == (False, True)


def test_the_object_on_another_occasion_does_not_answer(fake_search) -> None:  # noqa: F811
    # the quote names overtime, but in the rules on paid time off: its document never names a retreat
    fake_search["results"] = [result("acme-leave.md", PTO, 0.6, "Paid time off", 1, organisation="Acme"),
                              result("acme-travel.md", RETREATS, 0.5, "Travel budgets", 2, organisation="Acme")]
    out = answer("Does Acme pay overtime for team retreats?", get_settings())
    assert out.answered is False
