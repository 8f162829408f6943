"""Answers that are lists (issue #11, round 35 QF): the items of one list quoted one by one are quoted as that list
once, under its lead-in; a list item quoted alone is quoted as its whole list while that is no longer than a long
sentence; a question asking for the kinds or members of a set is answered by the sentence that enumerates them, not
by one that only names the set. Look-alikes: a long list, a lone sentence, items of different passages, an
enumeration of something else and a question asking for one value stay as they were."""

from __future__ import annotations

import pytest

from assistant.knowledge.chunking import answer_units
from assistant.qa.answer import ITEM_LIST_WORDS, MAX_LIST_WORDS, calibration, decide, merged_lists, whole_list
from assistant.qa.check import asks_for_list, enumerates, listed_set
from assistant.qa.focus import analyse
from assistant.qa.models import Passage, Unit

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

# A leave page written for this test in the shape of the handbook pages (a lead-in carried onto each item).
LEAVE = ("Employees who have been with the company for six months or more are eligible for the following:\n\n"
         "- Six weeks time off, fully paid\n"
         "- Six weeks additional time off, unpaid\n"
         "- If both parents are employees, they are limited to a combined total of 12 weeks leave.\n")


def leave_units() -> tuple[Passage, list[str]]:
    units = answer_units(LEAVE)
    return Passage("p", "leave.md", "/leave.md", "Parental leave", None, LEAVE, units, 0, 0.5), units


def test_two_items_of_one_list_are_quoted_as_the_list_once() -> None:
    passage, units = leave_units()
    lead = "Employees who have been with the company for six months or more are eligible for the following:"
    assert units == [f"{lead} Six weeks time off, fully paid", f"{lead} Six weeks additional time off, unpaid",
                     f"{lead} If both parents are employees, they are limited to a combined total of 12 weeks leave."]
    other = Passage("q", "leave.md", "/leave.md", "Parental leave", None, "Leave must be booked.",
                    ["Leave must be booked."], 0, 0.5)
    quotes = [Unit(passage, 2, units[2]), Unit(other, 0, "Leave must be booked."), Unit(passage, 0, units[0])]
    assert [(q.passage.id, q.text) for q in merged_lists(quotes)] == [
        ("p", f"{lead} Six weeks time off, fully paid; Six weeks additional time off, unpaid; If both parents are "
              "employees, they are limited to a combined total of 12 weeks leave."),
        ("q", "Leave must be booked."),
    ]
    # merging again changes nothing (a list already put together is no item), nor does the list with its own item
    merged = merged_lists(quotes)
    assert merged_lists(merged) == merged
    assert merged_lists([*merged, Unit(passage, 2, units[2])]) == merged


def test_a_single_item_and_items_of_different_passages_stay_as_they_are() -> None:
    passage, units = leave_units()
    single = [Unit(passage, 1, units[1])]
    assert merged_lists(single) == single
    elsewhere = Passage("r", "other.md", "/other.md", "Other", None, LEAVE, units, 0, 0.5)
    apart = [Unit(passage, 0, units[0]), Unit(elsewhere, 1, units[1])]
    assert merged_lists(apart) == apart


def test_a_list_too_long_to_quote_whole_keeps_only_its_quoted_items_under_one_lead_in() -> None:
    lead = "By joining the team, you agree to the following:"
    items = [f"{lead} Item {n}: " + " ".join(["word"] * 30) for n in range(1, 6)]
    text = lead + "\n\n" + "\n".join(f"- Item {n}: " + " ".join(["word"] * 30) for n in range(1, 6))
    passage = Passage("p", "charter.md", "/charter.md", "Charter", None, text, items, 0, 0.5)
    merged = merged_lists([Unit(passage, 3, items[3]), Unit(passage, 1, items[1])])
    body = " ".join(["word"] * 30)
    assert [q.text for q in merged] == [f"{lead} Item 2: {body}; Item 4: {body}."]


def test_questions_asking_for_kinds_or_members_and_the_set_they_name() -> None:
    clauses = ["What kinds of disciplinary action can Osio Labs take against an employee",
               "Which types of leave are paid?", "What documents should an interview package include?",
               "What kind of notice do I get?", "What is the process?", "How much leave can I request"]
    assert [asks_for_list(c) for c in clauses] == [True, True, True, False, False, False]
    assert [sorted(listed_set(c)) for c in clauses] == [["action", "disciplinary"], ["leav"], ["document"], [], [],
                                                        []]


def test_an_enumeration_must_name_the_asked_set_before_its_members() -> None:
    actions = listed_set("What kinds of disciplinary action can the company take?")
    texts = ["Be aware that disciplinary actions may involve any of the following: verbal warning, written warning, "
             "suspension with or without pay, and termination of employment.",
             "A measurable goal names its evidence: a number, a percentage, an amount, or a frequency.",
             "Disciplinary action is intended to correct behavior and performance problems early on.",
             "Disciplinary actions include a warning and a suspension."]
    assert [enumerates(t, actions) for t in texts] == [True, False, False, False]
    assert enumerates(texts[1]) is True  # without a set to name, any enumeration counts


def test_a_kinds_question_is_led_by_the_enumerating_sentence_of_the_leads_document() -> None:
    asked = analyse("What kinds of disciplinary action can the company take against an employee?")
    passage = Passage("p", "discipline.md", "/discipline.md", "Disciplinary action", None, "", [], 0, 0.5)

    def unit(position: int, text: str, prob: float) -> Unit:
        return Unit(passage, position, text, held=[True], probs=[prob], prob=prob, focus_cover=[1.0],
                    table_answer=[False])

    rights = unit(0, "The company reserves the right to administer disciplinary action at its discretion.", 0.84)
    purpose = unit(1, "Disciplinary action is intended to correct behavior and performance problems early on.", 0.78)
    listing = unit(2, "Be aware that disciplinary actions may involve any of the following: verbal warning, written "
                      "warning, suspension with or without pay, and termination of employment.", 0.52)
    quotes, verdict = decide(asked, [rights, purpose, listing], calibration())
    assert (verdict.ok, [q.text for q in quotes]) == (True, [listing.text, rights.text, purpose.text])
    # asked for one thing, the same units keep the scorer's order
    single = analyse("Who decides on disciplinary action at the company?")
    quotes, verdict = decide(single, [rights, purpose, listing], calibration())
    assert (verdict.ok, [q.text for q in quotes][:1]) == (True, [rights.text])


def test_an_item_quoted_alone_is_its_whole_list_while_that_is_no_longer_than_a_long_sentence() -> None:
    passage, units = leave_units()
    lead = "Employees who have been with the company for six months or more are eligible for the following:"
    whole = (f"{lead} Six weeks time off, fully paid; Six weeks additional time off, unpaid; If both parents are "
             "employees, they are limited to a combined total of 12 weeks leave.")
    item = Unit(passage, 2, units[2])
    assert (ITEM_LIST_WORDS, MAX_LIST_WORDS) == (60, 120)
    assert whole_list(item, ITEM_LIST_WORDS).text == whole
    # a list of more words than that keeps its item (a question asking for a list takes it up to MAX_LIST_WORDS)
    long_lead = "P2PU will cover costs for the following expenses:"
    rows = [f"{long_lead} Item {n}: " + " ".join(["cost"] * 15) for n in range(1, 6)]
    text = long_lead + "\n\n" + "\n".join(f"- Item {n}: " + " ".join(["cost"] * 15) for n in range(1, 6))
    costs = Passage("c", "travel.md", "/travel.md", "Travel", None, text, rows, 0, 0.5)
    single = Unit(costs, 2, rows[2])
    assert whole_list(single, ITEM_LIST_WORDS) == single
    assert whole_list(single).text.startswith(f"{long_lead} Item 1: ")
    # a sentence that is no list item is quoted as it is
    lone = Unit(passage, 0, "Leave must be booked.")
    assert whole_list(lone, ITEM_LIST_WORDS) == lone
