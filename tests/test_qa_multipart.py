"""A question that asks two things is answered part by part (probe: scripts/qa_round30p_probe.py): each part is
checked for sufficiency on its own; the answered parts are quoted, a part no document answers is named as not
covered, and a question none of whose parts is answered is refused. A single question whose "and" joins nouns
inside it ("bereavement and funeral planning") stays one part.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.focus import analyse
from assistant.qa.render import not_covered_parts
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

STIPEND = ("The on-call stipend amount is $2000 per fiscal quarter. "
           "To be eligible, you must be on the rotation for at least 30 continuous calendar days. "
           "When the project's plan gives no response time, respond to an alert within 2 hours.")


def test_coordinated_nouns_inside_one_request_stay_one_part() -> None:
    assert [len(analyse(q).clauses) for q in [
        "How many days of sick leave can I use for bereavement and funeral planning?",
        "Who approves or denies a weather and safety leave request?",
        "How many weeks of paid maternity and paternity leave do we get?",
        "How much is the on-call stipend, and how fast do I have to respond to an alert?",
    ]] == [1, 1, 1, 2]


def test_the_note_names_each_part_not_covered_without_its_conjunction() -> None:
    assert not_covered_parts(["and how many hours a week will I be on call?"]) == (
        "The passages above answer the other part of the question; the indexed documents do not cover "
        "\u201chow many hours a week will I be on call?\u201d")


def test_both_parts_answered_are_both_quoted(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("on-call.md", STIPEND, 0.6, "On-call stipend", 1)]
    out = answer("How much is the on-call stipend, and how fast do I have to respond to an alert?", get_settings())
    assert (out.answered, out.answer.splitlines()[1:]) == (True, [
        "- \u201cThe on-call stipend amount is $2000 per fiscal quarter.\u201d [1]",
        "- \u201cWhen the project's plan gives no response time, respond to an alert within 2 hours.\u201d [1]",
    ])


def test_a_part_no_document_answers_is_named_and_the_other_part_quoted(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("on-call.md", STIPEND, 0.6, "On-call stipend", 1)]
    out = answer("How much is the on-call stipend, and what is the nightly hotel limit when I travel?",
                 get_settings())
    assert (out.answered, out.answer.splitlines()[1:]) == (True, [
        "- \u201cThe on-call stipend amount is $2000 per fiscal quarter.\u201d [1]",
        not_covered_parts(["what is the nightly hotel limit when I travel?"]),
    ])


def test_a_question_none_of_whose_parts_is_answered_is_refused(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("on-call.md", STIPEND, 0.6, "On-call stipend", 1)]
    out = answer("What is the nightly hotel limit, and how many weeks of severance do I get?", get_settings())
    assert out.answered is False


def test_weather_naming_a_kind_of_leave_is_a_policy_question_and_the_weather_itself_is_not() -> None:
    from assistant.qa.screen import screen_question

    assert [screen_question(q) for q in [
        "Who approves or denies a weather and safety leave request at TTS?",
        "Does weather and safety leave count against my annual and sick leave balances?",
        "Is there a weather closure policy for the office?",
        "What's the weather like in Denver tomorrow?",
        "Will the weather be good for the team offsite?",
    ]] == [None, None, None, "off_topic", "off_topic"]


def test_a_later_part_referring_back_carries_the_first_parts_topic_as_a_follow_up_does() -> None:
    from assistant.qa.followup import carried_part

    first = "When are quarterly check-ins held"
    assert [carried_part(p, first) for p in [
        "which tool do managers use to run them?",
        "what is the most TTS will spend on one?",
        "how long can a decision on it take?",
        "what is the nightly hotel limit when I travel?",
        "how many reviewers must I pick for one cycle?",
    ]] == [
        "which tool do managers use to run them? (follow-up to: When are quarterly check-ins held)",
        "what is the most TTS will spend on one? (follow-up to: When are quarterly check-ins held)",
        "how long can a decision on it take? (follow-up to: When are quarterly check-ins held)",
        "what is the nightly hotel limit when I travel?",
        "how many reviewers must I pick for one cycle?",
    ]


CHECK_INS = ("Quarterly check-ins are held in the first two weeks of each quarter. "
             "Managers run quarterly check-ins in Lattice, using its check-in template.")


def test_a_pronoun_part_keeps_the_whole_questions_quotes_and_is_not_named_as_not_covered(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("check-ins.md", CHECK_INS, 0.6, "Quarterly check-ins", 1)]
    out = answer("When are quarterly check-ins held, and which tool do managers use to run them?", get_settings())
    assert (out.answered, out.answer.splitlines()[1:]) == (True, [
        "- \u201cManagers run quarterly check-ins in Lattice, using its check-in template.\u201d [1]",
        "- \u201cQuarterly check-ins are held in the first two weeks of each quarter.\u201d [1]",
    ])


def test_a_whole_question_that_fails_keeps_only_its_answered_parts_quotes(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("on-call.md", STIPEND, 0.6, "On-call stipend", 1)]
    out = answer("How much is the on-call stipend, and how many weeks of severance pay will I get if the company "
                 "lets me go for poor performance after my probation?", get_settings())
    assert (out.answered, out.answer.splitlines()[1:]) == (True, [
        "- \u201cThe on-call stipend amount is $2000 per fiscal quarter.\u201d [1]",
        not_covered_parts(["how many weeks of severance pay will I get if the company lets me go for poor "
                           "performance after my probation?"]),
    ])


def test_a_later_part_leaning_back_by_an_adverb_or_by_ellipsis_takes_the_first_parts_topic() -> None:
    """Round 36 (QF2): a later part that names at most one thing of its own ("..., and when will I hear back?") or
    refers back by an anaphoric adverb of time ("afterwards", "after that", a final "then") asks about the first
    part's topic; the adverb itself is no thing asked about. A part naming its own things, a "when" clause and an
    existential "there" are left as they are."""
    from assistant.qa.followup import leans_back

    assert [leans_back(p, n) for p, n in [
        ("is there a commitment to keep working afterwards", 3),
        ("who approves it after that", 1),
        ("what happens to my other tasks then", 2),
        ("when will I hear back", 1),
        ("how long until I get paid", 1),
        ("how quickly", 0),
        ("what is the nightly hotel limit when I travel", 4),
        ("is there a minimum amount for a receipt", 3),
        ("then how many days of leave do I get", 3),
        ("what tax form is needed with the first one", 2),
        ("how long does a decision take", 1),
        ("is there any exception", 1),
    ]] == [True, True, True, True, True, True, False, False, False, False, False, False]
    assert [sorted(c.focus) for c in analyse(
        "How long is paid parental leave at TTS, and is there a commitment to keep working afterwards?").clauses] == [
        ["leav", "paid", "parental"], ["commitment", "leav", "paid", "parental", "work"]]
    assert [sorted(c.focus) for c in analyse(
        "Where do I send a request for a course, and when will I hear back?").clauses] == [
        ["cours", "request", "send"], ["cours", "hear", "request", "send"]]
    assert [sorted(c.focus) for c in analyse(
        "How much is the on-call stipend, and what is the nightly hotel limit when I travel?").clauses] == [
        ["on-call", "stipend"], ["<max>", "hotel", "nightly", "travel"]]
