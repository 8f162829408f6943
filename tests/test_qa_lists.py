"""List structure at ingest and rules stated by headings (issue #11, round 9): a list item's
sentence that refers back ("These follow ...", "... or you will forfeit it.") stays with the item's
head; a sentence announcing the list ("submit the following paperwork") is its items' lead-in even
when a remark follows it; a case listed under a heading that states the rule answers a permission
question."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.knowledge.chunking import answer_units, item_units, refers_back
from assistant.qa.features import unit_features
from assistant.qa.focus import analyse
from assistant.qa.models import Passage

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
