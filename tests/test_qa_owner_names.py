"""A name that many documents of the pool mention names their owner (an organisation), not what is asked:
"How many sick days a year does Acme give me?" must find the sick-leave page that never says "Acme"."""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.retrieve import owner_names, to_passage, without_names
from assistant.settings import get_settings
from tests.test_qa import result

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

SICK = "All employees have a minimum of 10 days of sick leave per year."
ABOUT_ACME = {
    "acme-insurance.md": "An important facet of your benefits at Acme is your life insurance.",
    "acme-termination.md": "Acme may sometimes seem like a family, and people will come and go.",
    "acme-pay.md": "Acme makes deductions from employee pay only where the law permits.",
}


@pytest.fixture
def org_search(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Hybrid search as the org name skews it: with "Acme" in the query the generic Acme passages
    come first and the sick-leave page is not in the pool at all."""
    queries: list[str] = []
    generic = [result(source, text, 0.6, None, rank) for rank, (source, text) in enumerate(ABOUT_ACME.items(), 1)]
    leave = result("acme-leave.md", SICK, 0.5, "Sick leave", 4)

    def search(query, settings, k=5, notify=None, lead_pages=3):
        queries.append(query)
        return (generic if "Acme" in query else [leave, *generic])[:k]

    monkeypatch.setattr("assistant.knowledge.search.search", search)
    return queries


def test_an_owner_name_does_not_decide_the_pool(org_search: list[str]) -> None:
    out = answer("How many sick days a year does Acme give me?", get_settings())
    assert (out.answered, out.answer.splitlines()[1], [c.source for c in out.citations][:1], org_search) == (
        True, f"- \u201c{SICK}\u201d [1]", ["acme-leave.md"],
        ["How many sick days a year does Acme give me?", "How many sick days a year does give me?"])


def test_a_name_fewer_documents_mention_is_kept_in_the_query(org_search: list[str]) -> None:
    answer("How many sick days a year does the Tilt programme give me?", get_settings())
    assert org_search == ["How many sick days a year does the Tilt programme give me?"]


def test_owner_names_counts_documents_not_passages() -> None:
    passages = [to_passage(result(source, text, 0.5, None, rank), rank)
                for rank, (source, text) in enumerate([*ABOUT_ACME.items(), ("acme-pay.md", "Acme pays monthly.")])]
    assert (owner_names(["Acme", "Tilt"], passages[:3]), owner_names(["Acme"], passages[:2]),
            owner_names(["Acme"], [passages[0], passages[2], passages[3]])) == (["Acme"], [], [])


def test_without_names_drops_the_name_and_its_preposition() -> None:
    assert [without_names(q, ["Osio Labs"]) for q in (
        "How many hours a week is an Osio Labs employee expected to work?",
        "What parental leave do I get at Osio Labs?",
        "Does Osio Labs's policy cover interns?",
        "What is Osio Labs?",
    )] == [
        "How many hours a week is an employee expected to work?",
        "What parental leave do I get?",
        "Does policy cover interns?",
        "",
    ]
