"""List structure at ingest and rules stated by headings (issue #11): a list item's
sentence that refers back ("These follow ...", "... or you will forfeit it.") stays with the item's
head; a sentence announcing the list ("submit the following paperwork") is its items' lead-in even
when a remark follows it; a case listed under a heading that states the rule answers a permission
question; a duration bounded by an event answers how long; a name is found in its other written
forms."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.knowledge.chunking import answer_units, item_units, refers_back
from assistant.qa.answer import calibration, decide, distinct_quotes, whole_list, with_items
from assistant.qa.check import _mentions, asked_actions, asks_for_list, holds, name_forms, rules_on
from assistant.qa.features import unit_features
from assistant.qa.focus import analyse
from assistant.qa.models import Passage, Unit

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

NOT_USED = (
    "- For misconduct, such as harassment, dishonesty or safety violations. These follow the disciplinary procedure.\n"
    "- During the probationary period. Concerns in the first 90 days are handled through the probation policy.\n"
)


def test_a_list_items_referring_sentence_stays_with_its_head() -> None:
    assert answer_units(NOT_USED) == [
        "For misconduct, such as harassment, dishonesty or safety violations. These follow the disciplinary procedure.",
        "During the probationary period.",
        "Concerns in the first 90 days are handled through the probation policy.",
    ]


def test_object_pronouns_refer_back_and_long_items_stay_split() -> None:
    assert [refers_back(s) for s in ("You must use it before you leave, or you will forfeit it.",
                                     "Make it clear what is expected.", "They are reviewed yearly.",
                                     "Your Sick Leave will be reinstated.")] == [True, False, True, False]
    long_head = " ".join(["word"] * 38) + "."
    assert item_units([long_head, "This alleviates pressure."]) == [long_head, "This alleviates pressure."]


def test_a_sentence_announcing_the_list_is_its_lead_in_even_with_a_remark_after_it() -> None:
    text = ("To get approval, you will need to submit the following paperwork to HR. Note: draft all of it first.\n\n"
            "1. An original medical certification signed by your physician.\n"
            "2. A copy of your timesheet report.\n")
    lead = "To get approval, you will need to submit the following paperwork to HR."
    assert answer_units(text) == [lead, "Note: draft all of it first.",
                                  f"{lead} An original medical certification signed by your physician.",
                                  f"{lead} A copy of your timesheet report."]


def test_a_case_under_a_heading_stating_the_rule_answers_whether_it_is_allowed() -> None:
    asked = analyse("Should I use a PIP for a harassment complaint against an employee?")
    units = answer_units(NOT_USED)
    listed = Passage("p", "pip.md", "/pip.md", "PIP policy", "When a PIP is used > When a PIP is not used", NOT_USED,
                     units, 0, 0.5)
    plain = replace(listed, id="q", section="Overview")
    scored, _ = unit_features(asked, [listed, plain], {}, None)
    assert [(u.passage.id, u.text, u.held) for u in scored] == [
        ("p", units[0], [True]), ("p", units[1], [True]), ("p", units[2], [True]),
        ("q", units[0], [False]), ("q", units[1], [False]), ("q", units[2], [False]),
    ]


def test_questions_asking_for_several_things_of_one_kind() -> None:
    clauses = ["what documents do I have to submit", "Which forms are needed?", "What are the steps to appeal?",
               "What is the process?", "What happens if I miss the deadline?", "How much leave can I request"]
    assert [asks_for_list(c) for c in clauses] == [True, True, True, False, False, False]


def test_a_list_item_quoted_for_a_list_question_becomes_its_whole_list() -> None:
    lead = "To get approval, you will need to submit the following paperwork to HR."
    text = ("To get approval, you will need to submit the following paperwork to HR.\n\n"
            "1. A request form. Your supervisor can complete it for you.\n"
            "2. An original medical certification.\n"
            "3. A written explanation. Include how many hours you request.\n")
    units = answer_units(text)
    passage = Passage("p", "sick.md", "/sick.md", "Advanced sick leave", None, text, units, 0, 0.5)
    item = Unit(passage, units.index(f"{lead} A written explanation."), f"{lead} A written explanation.")
    assert whole_list(item).text == (f"{lead} A request form. Your supervisor can complete it for you; "
                                     "An original medical certification; A written explanation.")
    single = Unit(passage, 0, lead)
    assert whole_list(single) == single  # not an item: quoted as it is


def test_a_rule_on_the_asked_action_answers_whether_it_is_allowed() -> None:
    question = "Should managers use 360 feedback results to manage someone's performance?"
    actions = asked_actions(question)
    assert [rules_on(t, actions) for t in ("360s should not be used as performance management tools.",
                                           "Managers should review the 360 feedback within 48 hours.",
                                           "It is expected that all leaders manage performance.")] == [True, False, False]
    asked = analyse(question)
    passage = Passage("p", "360.md", "/360.md", "360 feedback", None, "", [], 0, 0.5)

    def unit(position: int, text: str, prob: float) -> Unit:
        return Unit(passage, position, text, held=[True], probs=[prob], prob=prob, focus_cover=[0.8],
                    table_answer=[False])

    general = unit(0, "It is expected that all leaders manage performance and give feedback on results.", 0.2)
    rule = unit(1, "360s should not be used as performance management tools.", 0.1)
    quotes, verdict = decide(asked, [general, rule], calibration())
    assert (verdict.ok, [q.text for q in quotes]) == (True, [rule.text, general.text])


def test_a_duration_bounded_by_an_event_answers_how_long() -> None:
    question = "How long does the plan last?"
    texts = ["The employee stays on the plan until the end of probation.",
             "Coverage continues for the rest of the calendar year.",
             "Benefits continue until they return to work.",
             "The plan is reviewed by HR."]
    assert [holds("quantity", t, question) for t in texts] == [True, True, True, False]


def test_a_name_is_found_in_its_other_written_forms() -> None:
    cases = [("USA", "United States employees"), ("US", "USA"), ("USA", "US employees"),
             ("CivicActions", "Civic Actions team members"), ("Civic Actions", "CivicActions"),
             ("UK", "Great Britain"), ("US", "let us know"), ("Canada", "GitLab")]
    assert [_mentions(name, where) for name, where in cases] == [True, True, True, True, True, True, False, False]
    assert name_forms("USA") == ["USA", "US", "United States", "United States of America"]


# A depot's handbook page (written for this test): a numbered step whose nested items lost their indentation when
# the chunker flattened the list.
DEPOT = ("- Open the mileage claim in the depot portal.\n"
         "- Under 'Journey type' choose:\n"
         "- 'Depot run' for trips between sites\n"
         "- 'Client visit' for trips to a customer\n"
         "- Enter the distance in kilometres.\n"
         "- Attach the fuel receipt.")
# ... and a page whose top-level lead-in the chunker carried onto every item, one item announcing a nested list.
GARAGE = ("Drivers may park in these areas:\n\n"
          "- the north yard,\n"
          "- the staff car parks, including:\n"
          "- Bay C beside the workshop\n"
          "- Bay D behind the canteen")


def test_a_quoted_lead_in_is_quoted_with_the_items_that_follow_it() -> None:
    units = ["Open the mileage claim in the depot portal.", "Under 'Journey type' choose:",
             "'Depot run' for trips between sites", "'Client visit' for trips to a customer",
             "Enter the distance in kilometres.", "Attach the fuel receipt."]
    passage = Passage("p", "mileage.md", "/mileage.md", "Mileage claims", None, DEPOT, units, 0, 0.5)
    assert with_items(Unit(passage, 1, units[1])).text == (
        "Under 'Journey type' choose: 'Depot run' for trips between sites; 'Client visit' for trips to a customer.")
    # a unit that is no lead-in, and a lead-in with no list line after it, are quoted as they are
    assert with_items(Unit(passage, 0, units[0])).text == units[0]
    bare = Passage("q", "m.md", "/m.md", "Mileage", None, "Claims are paid as follows:\nSee the payroll page.",
                   ["Claims are paid as follows:", "See the payroll page."], 0, 0.5)
    assert with_items(Unit(bare, 0, "Claims are paid as follows:")).text == "Claims are paid as follows:"


def test_a_nested_lead_in_sets_its_outer_lead_in_aside_and_two_quotes_of_one_list_show_once() -> None:
    lead = "Drivers may park in these areas:"
    units = [f"{lead} the north yard,", f"{lead} the staff car parks, including:", f"{lead} Bay C beside the workshop",
             f"{lead} Bay D behind the canteen"]
    passage = Passage("p", "parking.md", "/parking.md", "Parking", None, GARAGE, units, 0, 0.5)
    whole = with_items(Unit(passage, 1, units[1]))
    assert whole.text == f"{lead} the staff car parks, including: Bay C beside the workshop; Bay D behind the canteen."
    assert [u.text for u in distinct_quotes([Unit(passage, 2, units[2]), whole])] == [whole.text]
