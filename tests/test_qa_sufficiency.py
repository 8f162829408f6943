"""The sufficiency check, scope, conflicts and follow-ups of the policy Q&A, each asserted on whole
results: answer types, names in passages or document metadata, different organisations, two
passages giving different values, and follow-up questions made standalone."""

from __future__ import annotations

import pytest

from assistant.qa import Turn, answer, render
from assistant.qa.check import answer_types, conflicting, holds, measures
from assistant.qa.followup import is_follow_up, offline_standalone
from assistant.qa.models import Passage, Unit, Verdict
from assistant.settings import get_settings
from assistant.text import mentions_name, names
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

PARENTAL_A = ("Acme offers 12 weeks of paid parental leave to every employee after 12 months of service.\n\n"
              "Parental leave can be taken in one block or in parts.")
PARENTAL_B = "Parental leave at Globex is described in the benefits guide; managers plan cover with the team."
REPORTING_1 = "Incidents must be reported within three calendar days of the event."
REPORTING_2 = "Incidents must be reported within three business days of the event."


@pytest.mark.parametrize(("question", "expected"), [
    ("How many weeks of paid parental leave do we get?", ["quantity"]),
    ("How often should managers meet their reports?", ["frequency"]),
    # A yes/no question asks whether something holds, not for the value it mentions.
    ("When does comp time expire, and is it paid out if I leave?", ["when", None]),
    ("Are words like soon or eventually acceptable as a goal deadline?", ["permission"]),
    ("Is there a commitment to keep working afterwards?", [None]),
    ("What relocation allowance does the company pay?", ["quantity"]),
    ("Who approves a request for leave without pay?", ["who"]),
    ("Can I carry over unused leave?", ["permission"]),
    ("What happens to my award leave when I leave?", [None]),
])
def test_answer_types_of_questions(question: str, expected: list) -> None:
    assert answer_types(question) == expected


def test_a_frequency_is_not_an_amount_and_every_employee_is_not_a_frequency() -> None:
    assert (holds("quantity", "Managers may say hello every 3-4 weeks."),
            holds("quantity", "Employees get 12 weeks of paid leave."),
            holds("frequency", "Every employee has a manager."),
            holds("frequency", "Managers meet their reports every two weeks."),
            holds("who", "Approval comes from the Business Unit Director."),
            holds("permission", "Hardware purchases are not covered."),
            holds("when", "Reviews are delivered in the last two weeks of April.")) == (
        False, True, False, True, True, True, True)


def test_names_in_questions_and_where_they_are_found() -> None:
    assert names("How many weeks of parental leave do US-based Globex employees in the UK get at GitLab's office?") \
        == ["US", "Globex", "UK", "GitLab"]
    assert names("Can I bring my dog? I started on September 15.") == []
    assert (mentions_name("PTO", "Paid Time Off policy"), mentions_name("Canadian", "Time off (Canada)"),
            mentions_name("Spain", "Vacation in Portugal"), mentions_name("GitLab", "at gitlab")) == (
        True, True, False, True)


def test_abstains_when_the_passage_is_about_another_organisation(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [
        result("acme-leave.md", PARENTAL_A, 0.7, "Parental leave", 1, organisation="Acme", scope_names="Acme"),
        result("globex-benefits.md", PARENTAL_B, 0.5, "Parental leave", 2, organisation="Globex",
               scope_names="Globex"),
    ]
    out = answer("How many weeks of paid parental leave does Initech offer?", get_settings())
    assert (out.answered, out.answer) == (
        False, "The documents describe \u201cParental leave\u201d at Acme (acme-leave.md), but not for Initech. "
        + render.NOT_COVERED)
    assert [c.source for c in out.citations] == ["acme-leave.md", "globex-benefits.md"]


def test_abstains_when_the_organisation_named_gives_no_number(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [
        result("acme-leave.md", PARENTAL_A, 0.7, "Parental leave", 1, organisation="Acme", scope_names="Acme"),
        result("globex-benefits.md", PARENTAL_B, 0.6, "Parental leave", 2, organisation="Globex",
               scope_names="Globex"),
    ]
    out = answer("How many weeks of paid parental leave does Globex offer?", get_settings())
    assert (out.answered, out.answer) == (
        False, "The documents cover \u201cParental leave\u201d (Globex (globex-benefits.md)), but do not give a duration "
        "for this question. " + render.NOT_COVERED)


def test_answers_from_the_named_organisation_only(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [
        result("globex-benefits.md", PARENTAL_B, 0.72, "Parental leave", 1, organisation="Globex",
               scope_names="Globex"),
        result("acme-leave.md", PARENTAL_A, 0.7, "Parental leave", 2, organisation="Acme", scope_names="Acme",
               effective_date="2025-01-01"),
    ]
    out = answer("How many weeks of paid parental leave does Acme offer?", get_settings())
    assert out.answered and out.answer.splitlines()[1] == (
        "- \u201cAcme offers 12 weeks of paid parental leave to every employee after 12 months of service.\u201d [1]")
    assert [(c.source, c.organisation, c.date) for c in out.citations] == [("acme-leave.md", "Acme", "2025-01-01")]


def test_measures_and_conflicts() -> None:
    assert measures(REPORTING_1) == {"day": {(3.0, "calendar")}}
    assert (conflicting(REPORTING_1, REPORTING_2), conflicting(REPORTING_1, REPORTING_1),
            conflicting("12 weeks of leave", "a 45-minute meeting")) == (True, False, False)


def test_conflicting_passages_are_both_shown_and_flagged(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [
        result("incidents.md", REPORTING_1, 0.7, "Reporting incidents", 1),
        result("incidents-2024.md", REPORTING_2, 0.69, "Reporting incidents", 2),
    ]
    out = answer("How many days do I have to report an incident?", get_settings())
    assert (out.answered, out.conflict, out.answer) == (True, True, "\n".join([
        "From the indexed documents:",
        "- \u201cIncidents must be reported within three calendar days of the event.\u201d [1]",
        "- \u201cIncidents must be reported within three business days of the event.\u201d [2]",
        render.CONFLICT,
    ]))
    assert [c.source for c in out.citations] == ["incidents.md", "incidents-2024.md"]


@pytest.mark.parametrize(("question", "follow_up"), [
    ("and what if they are on leave?", True),
    ("What about part-time staff?", True),
    ("Does that apply to them?", True),
    ("How long is the probation period for new hires?", False),
])
def test_follow_ups_are_recognised(question: str, follow_up: bool) -> None:
    assert is_follow_up(question) is follow_up


def test_follow_up_carries_the_previous_topic_and_names(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [
        result("acme-probation.md", "At Acme, probation lasts six months. If an employee is on leave during "
               "probation, the probation period is extended by the length of the leave.", 0.7, "Probation", 1,
               organisation="Acme", scope_names="Acme"),
    ]
    history = [Turn(question="How long is probation at Acme?", answer="Six months [1].")]
    out = answer("and what if they are on leave?", get_settings(), history=history)
    assert fake_search["queries"] == [(offline_standalone("and what if they are on leave?",
                                                          "How long is probation at Acme?"), 25)]
    assert out.question == "and what if they are on leave? (follow-up to: How long is probation at Acme?)"
    assert out.answered and out.answer.splitlines()[1] == (
        "- \u201cIf an employee is on leave during probation, the probation period is extended by the length of "
        "the leave.\u201d [1]")


def test_empty_and_oversized_questions_are_refused() -> None:
    from assistant.qa import QuestionError
    from assistant.textinput import InputError

    assert issubclass(QuestionError, InputError)  # the app shows it as a sentence

    settings = get_settings()
    with pytest.raises(QuestionError, match="^the question is empty$"):
        answer("   ", settings)
    with pytest.raises(QuestionError, match="^the question is 50,001 characters long; the limit is 50,000$"):
        answer("a" * 50_001, settings)



def test_an_abstention_below_the_relevance_gate_names_the_nearest_passage() -> None:
    passage = Passage(id="acme-leave.md-1", source="acme-leave.md", path="/kb/acme-leave.md", title="acme-leave",
                      section="Benefits > Parental leave", text=PARENTAL_A, units=[PARENTAL_A], rank=0,
                      similarity=0.12, organisation="Acme")
    verdict = Verdict(False, "relevance", nearest=[Unit(passage, 0, PARENTAL_A)])
    assert (render.abstention(verdict), render.abstention(Verdict(False, "relevance"))) == (
        "The nearest passage found is \u201cParental leave\u201d (Acme (acme-leave.md)); it does not answer this "
        "question. " + render.NOT_COVERED, render.NOT_COVERED)
