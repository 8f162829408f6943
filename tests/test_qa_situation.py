"""The asker's own case against a policy's branches set by a threshold of time (probe:
scripts/qa_round20c_probe.py): "I've worked here for eight months" falls in "if you've been with the company
for less than 1 year, ..." and outside "... for over 1 year, ...". ``assistant.qa.select.thresholds`` reads
the ranges a sentence sets its case by, ``stated_lengths`` the lengths a question states (not those it
bounds itself), and ``situation_first`` lets the branch the asker is in lead and the branches that exclude
the asker's case go last.
"""

from __future__ import annotations

import math

import pytest

from assistant.qa import answer
from assistant.qa.select import case_fit, stated_lengths, thresholds
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

YEAR = round(12 * 30.44, 2)


def _rounded(ranges: tuple[tuple[float, float], ...]) -> list[tuple[float, float]]:
    return [(round(low, 2), round(high, 2)) for low, high in ranges]


def test_thresholds_read_the_ranges_a_case_is_set_by_not_the_values_a_rule_gives() -> None:
    texts = ["If you've been with us for less than 1 year, you get 4 weeks pay.", "For over 1 year, 2 weeks per year.",
             "Between 3 and 15 years: 6 hours per pay period", "15+ years: 8 hours per pay period",
             "Staff with 1 year or more of tenure get 30 days.", "AEs taking leave for a period less than 4-weeks",
             "Any expenses more than 90 days old need approval.", "You can take up to 16 weeks of leave."]
    assert [_rounded(thresholds(t)) for t in texts] == [
        [(0.0, YEAR)], [(YEAR, math.inf)], [(round(3 * YEAR, 2), round(15 * YEAR, 2))], [(round(15 * YEAR, 2), math.inf)], [(YEAR, math.inf)],
        [(0.0, 28.0)], [(90.0, math.inf)], []]


def test_a_question_states_the_askers_lengths_not_the_bounds_it_asks_about() -> None:
    assert [stated_lengths(q) for q in ["I joined five months ago. What severance do I get?",
                                        "What if I need more than 12 weeks of leave?",
                                        "How much leave do I get?"]] == [[5 * 30.44], [], []]


def test_a_branch_fits_excludes_or_says_nothing_about_the_askers_case() -> None:
    eight_months = stated_lengths("I've worked here for eight months.")
    assert [case_fit(eight_months, t) for t in ["for less than 1 year, 4 weeks pay", "for over 1 year, 2 weeks",
                                                "Severance needs a signed release."]] == [1, -1, 0]
    assert case_fit([], "for over 1 year, 2 weeks") == 0


SEVERANCE = (
    "# Severance\n\n"
    "If your contract with the company is terminated, you may be eligible for a severance package. "
    "In most cases, if you've been with the company for less than 1 year, you'll be offered a lump sum payment "
    "equivalent to 4 weeks pay. If you've been with the company for over 1 year, you'll be offered an additional "
    "2 weeks pay for every year of employment, with a maximum of 4 months of severance pay."
)


@pytest.mark.parametrize("question, lead", [
    ("I've worked here for eight months and my contract is being terminated. What severance am I likely to be offered?",
     "In most cases, if you've been with the company for less than 1 year, you'll be offered a lump sum payment "
     "equivalent to 4 weeks pay."),
    ("I joined five months ago and my contract is ending early. What severance payment is usual?",
     "In most cases, if you've been with the company for less than 1 year, you'll be offered a lump sum payment "
     "equivalent to 4 weeks pay."),
    ("After three years here my contract is being terminated. What severance would I be offered?",
     "If you've been with the company for over 1 year, you'll be offered an additional 2 weeks pay for every year "
     "of employment, with a maximum of 4 months of severance pay."),
])
def test_the_branch_the_asker_is_in_leads_the_answer(fake_search, question, lead) -> None:  # noqa: F811
    fake_search["results"] = [result("severance.md", SEVERANCE, 0.6, "Severance", 1)]
    out = answer(question, get_settings())
    lines = out.answer.splitlines()
    other = "over 1 year" if "less than 1 year" in lead else "less than 1 year"
    assert (out.answered, lines[1], any(other in line for line in lines)) == (True, f"- \u201c{lead}\u201d [1]", False)
