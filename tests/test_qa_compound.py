"""Compound questions whose later part refers back by a pronoun (probe: scripts/qa_round20_probe.py):
"How many credit hours can I build up, and can *they* be turned into cash?" asks the second part about the
first part's topic, so the later part's focus takes the earlier part's focus as well. A later part with a
topic of its own and no pronoun ("... and how long does a decision take?") keeps its own focus only.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.focus import analyse
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


def clauses_of(question: str) -> list[tuple[str | None, list[str]]]:
    return [(c.kind, sorted(c.focus)) for c in analyse(question).clauses]


def test_a_later_part_that_refers_back_by_a_pronoun_asks_about_the_earlier_topic() -> None:
    assert [clauses_of(q) for q in [
        "How many credit hours can I build up, and can they be turned into cash?",
        "When are annual reviews delivered, and which tool is used to run them?",
        "How large is the on-call stipend, and when is it paid?",
        "What is the yearly learning budget, and is it reduced for part-time staff?",
    ]] == [
        [("quantity", ["build", "credit", "hour"]), ("permission", ["build", "cash", "credit", "hour", "turn"])],
        [("when", ["annual", "deliver", "review"]), (None, ["annual", "deliver", "review", "run", "tool"])],
        [("quantity", ["on-call", "stipend"]), ("when", ["on-call", "paid", "stipend"])],
        [("quantity", ["budget", "learn", "yearly"]), (None, ["budget", "learn", "part-tim", "reduc", "yearly"])],
    ]


def test_a_later_part_with_its_own_topic_and_no_pronoun_keeps_its_own_focus() -> None:
    assert [clauses_of(q) for q in [
        "Who looks at a rating appeal and how long does a decision take?",
        "Does travel comp time expire, and is unused travel comp time paid when I leave?",
        "How long does comp time last before it expires?",
    ]] == [
        [("who", ["appeal", "look", "rat"]), ("quantity", ["decision"])],
        [(None, ["comp", "expir", "tim", "travel"]), (None, ["comp", "leav", "paid", "tim", "travel", "unus"])],
        [("quantity", ["comp", "expir", "last", "tim"])],
    ]


CREDIT = ("Staff on a flexible schedule may bank credit hours for extra time they choose to work. "
          "You may hold up to 24 credit hours at any time. "
          "Credit hours never expire. "
          "Credit hours cannot be converted to cash, unless you leave the agency.")


def test_the_later_part_is_answered_by_the_sentence_about_the_earlier_topic(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("credit-hours.md", CREDIT, 0.6, "Credit hours", 1)]
    out = answer("How many credit hours can I build up, and can they be turned into cash?", get_settings())
    assert (out.answered, out.answer.splitlines()[1:]) == (True, [
        "- \u201cYou may hold up to 24 credit hours at any time.\u201d [1]",
        "- \u201cCredit hours cannot be converted to cash, unless you leave the agency.\u201d [1]",
    ])

