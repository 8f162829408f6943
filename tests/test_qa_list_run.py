"""Round 39 (QL, qalist39): a quoted list item that is a bare phrase ("IRD Tax code - Working out tax code") is shown
as its list: the label line it stands under (or, when the run opens its passage, the passage's heading), a colon and
the items of its run. An item that is a sentence, a run under a ":" lead-in, a run with no label and a list too long
to quote whole stay as they are."""

from __future__ import annotations

from assistant.qa.answer import ITEM_LIST_WORDS, MAX_LIST_WORDS
from assistant.qa.list_run import list_run, with_list_run
from assistant.qa.models import Passage, Unit
from assistant.qa.retrieve import passage_units


def shown(text: str, limit: int = MAX_LIST_WORDS, section: str | None = None) -> dict[str, str]:
    """Each unit of a passage of ``text`` -> what ``with_list_run`` quotes for it."""
    units = passage_units(text)
    passage = Passage("p", "page.md", "page.md", "Page", section, text, units, 0, 0.0)
    return {u: with_list_run(Unit(passage, i, u), limit).text for i, u in enumerate(units)}


CHECKLIST = ("**Gather the Required Employee Information**\n\n1. IRD number\n2. IRD Tax code\n3. Date of birth\n\n"
             "**Confirm Work Details**\n\n* Hours of work\n* Ensure the contract has been signed.\n")


def test_a_phrase_item_is_quoted_as_its_list_under_its_label() -> None:
    whole = "Gather the Required Employee Information: IRD number; IRD Tax code; Date of birth."
    assert shown(CHECKLIST) == {
        "Gather the Required Employee Information": "Gather the Required Employee Information",
        "IRD number": whole,
        "IRD Tax code": whole,
        "Date of birth": whole,
        "Confirm Work Details": "Confirm Work Details",
        "Hours of work": "Confirm Work Details: Hours of work; Ensure the contract has been signed.",
        "Ensure the contract has been signed.": "Ensure the contract has been signed.",  # a sentence: as it is
    }


def test_a_run_opening_its_passage_stands_under_the_passage_heading() -> None:
    text = "- A laptop of your choice\n- IRD number\n- A monitor and a desk chair"
    whole = "Equipment we provide: A laptop of your choice; IRD number; A monitor and a desk chair."
    assert shown(text, section="Equipment we provide") == {
        "A laptop of your choice": whole, "IRD number": whole, "A monitor and a desk chair": whole}
    assert list_run(text, "IRD number", "Onboarding > Equipment we provide") == (
        "Equipment we provide", ["A laptop of your choice", "IRD number", "A monitor and a desk chair"])
    assert all(value == key for key, value in shown(text).items())  # no heading: as it is


def test_look_alikes_stay_as_they_are() -> None:
    # a run under a ":" lead-in (its items carry the lead-in already), under a sentence, and a one-item list
    for text in ("You will need the following:\n\n- Passport\n- Visa\n",
                 "We pay for your equipment.\n\n- Laptop\n- Monitor\n",
                 "**Equipment**\n\n- Laptop\n\nEverything else is yours to buy.\n"):
        got = shown(text)
        assert all(value == key for key, value in got.items()), got
    # a list longer than the limit is quoted item by item
    long = "**Details**\n\n" + "".join(f"- item number {n} with several more words in it\n" for n in range(12))
    assert all(value == key for key, value in shown(long, ITEM_LIST_WORDS).items())


def test_a_quote_already_put_together_is_left_as_it_is() -> None:
    units = passage_units(CHECKLIST)
    passage = Passage("p", "page.md", "page.md", "Page", None, CHECKLIST, units, 0, 0.0)
    joined = Unit(passage, 1, "Gather the Required Employee Information: IRD number; IRD Tax code; Date of birth.")
    assert with_list_run(joined, MAX_LIST_WORDS) is joined
