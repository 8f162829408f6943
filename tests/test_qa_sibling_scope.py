"""A handbook page that never names its organisation (probe: scripts/qa_round20_probe.py, classes
scope / scope_abstain): a name the question gives ("at TTS") counts as mentioned by the page when at least two
other pages of the same handbook in the retrieved pool (same folder, same file-name prefix: "18f-overtime.md"
beside "18f-leave.md") mention it; never for a page that names an organisation of its own, never for a name
the sibling pages do not give, never across folders or prefixes.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import missing_names
from assistant.qa.models import Passage
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


def page(source: str, text: str, organisation: str | None = None, folder: str = "/kb") -> Passage:
    return Passage(id=source, source=source, path=f"{folder}/{source}", title=source.removesuffix(".md"),
                   section=None, text=text, units=[text], rank=0, similarity=0.5, organisation=organisation)


OVERTIME = page("hb-overtime.md", "Comp time expires one year after it is earned.")
POOL = [
    OVERTIME,
    page("hb-leave.md", "At AcmeCorp, annual leave accrues every pay period."),
    page("hb-travel.md", "AcmeCorp staff book travel through the portal."),
    page("gx-leave.md", "GlobexCo staff accrue leave monthly.", "GlobexCo"),
    page("hb-conduct.md", "AcmeCorp expects respectful conduct.", folder="/other"),
]


def test_a_page_without_an_organisation_takes_the_names_its_sibling_pages_give() -> None:
    assert [missing_names(names, passage, pool) for names, passage, pool in [
        (["AcmeCorp"], OVERTIME, POOL),  # two siblings name AcmeCorp
        (["AcmeCorp"], OVERTIME, []),  # no pool: the page alone
        (["AcmeCorp"], OVERTIME, POOL[:2]),  # one sibling is not enough
        (["GlobexCo"], OVERTIME, POOL),  # another handbook's name
        (["AcmeCorp", "Canada"], OVERTIME, POOL),  # a name no sibling gives stays missing
        (["AcmeCorp"], page("hb-fmla.md", "FMLA covers twelve weeks.", "FMLA"), POOL),  # a page with its own organisation
        (["AcmeCorp"], page("overtime.md", "Comp time expires."), POOL),  # no file-name prefix
    ]] == [[], ["AcmeCorp"], ["AcmeCorp"], ["GlobexCo"], ["Canada"], ["AcmeCorp"], ["AcmeCorp"]]


def test_a_question_naming_the_handbooks_organisation_is_answered_from_its_unnamed_page(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [
        result("hb-overtime.md", "Comp time expires one year after it is earned. Credit hours never expire.", 0.62,
               "Comp time", 1),
        result("hb-leave.md", "At AcmeCorp, annual leave accrues every pay period.", 0.40, "Annual leave", 2),
        result("hb-travel.md", "AcmeCorp staff book travel through the portal.", 0.30, "Travel", 3),
        result("gx-leave.md", "GlobexCo staff accrue leave monthly.", 0.20, "Leave", 4, organisation="GlobexCo"),
    ]
    named = answer("At AcmeCorp, when does comp time expire?", get_settings())
    other = answer("At GlobexCo, when does comp time expire?", get_settings())
    assert (named.answered, named.answer.splitlines()[1], other.answered) == (
        True, "- \u201cComp time expires one year after it is earned.\u201d [1]", False)
