"""A detail question whose topic the pages cover but whose asked thing is another one (probe:
scripts/qa_round27_probe.py, other_thing and the paraphrase look-alikes).

* A kind noun names only the value asked for ("the maximum *number* of ...", "the *deadline* for ..."): the thing
  whose value it is stands in its "of"/"for" complement ("the deadline for completing *mid-year reviews*"), a verb
  in -ing opening the complement only saying what is done with it. A complement of two or more words names a
  kind of thing the quote must name, by its modifiers: its head may be the page's own word ("college courses" for
  "college tuition"); one word ("goals") is a topic the page may call by its own word.
* A yes/no question about a benefit names the thing in its last run of words naming a thing ("does X *grant stock
  options* to its employees?"), not in a last run naming only the people it goes to.
* A number before a noun after "what"/"which" names the thing ("what *360 score* ..."); before a kind word
  ("what are the 3 steps") it names nothing.
* Another kind of the thing in the same document: the unit names the asked head noun only after other words
  ("ten days' annual paid leave") while the document writes the lacking modifier before that head elsewhere ("sick
  leave" in another section). The document tells the two kinds apart, so the modifier found elsewhere does not
  cover the unit (``check.other_kind``).
* The occasion the value is for: an event word of ``assistant/data/event_words.yaml`` (die, resign, quit) in a clause
  the question sets ("how much notice ... *when a team member resigns*") must stand in the unit, by its verb or its
  event's noun ("resignation"): notice of leave is not notice of a resignation (``check.occasion_events``).
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import asked_thing, occasion_events, other_kind, thing_in_complement
from assistant.settings import get_settings
from assistant.text import names
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


def test_a_kind_noun_asks_the_value_of_the_thing_in_its_complement() -> None:
    questions = [
        "What is the deadline for completing mid-year reviews this year?",
        "What's the maximum number of days of paid bereavement leave?",
        "What is the time limit for filing an expense report?",
        "What is the length of the notice period?",
        # one word: a topic the page may call by its own word
        "What's the deadline for agreeing this year's goals?",
        "What is the maximum number of overtime hours per week?",
        # a noun in -ing is no verb opening the complement
        "What is the deadline for onboarding tasks?",
        # a thing of its own before the preposition: the complement is not read
        "What is the dress code for client visits?",
    ]
    assert [asked_thing(q, names(q)) for q in questions] == [
        ["mid-year", "reviews"], ["paid", "bereavement", "leave"], ["expense", "report"], ["notice", "period"], [], [],
        ["onboarding", "tasks"], ["dress", "code"]]


def test_a_yes_no_benefit_question_names_the_thing_not_the_people() -> None:
    questions = [
        "Does GitLab grant stock options to its team members?",
        "Does the company award a long-service bonus to staff?",
        "Does GitLab offer accident insurance?",
        # a last run naming no thing of its own (a value of change) requires none
        "Does being performance-managed at GitLab affect my annual pay increase?",
    ]
    # the first two: the paying verb's object before an adjunct naming people ("to its team members") is the thing,
    # without the verb (round 35, tests/test_qa_round35_benefit_object.py; was ["grant", "stock"])
    assert [asked_thing(q, names(q)) for q in questions] == [
        ["stock"], ["long-service"], ["offer", "accident", "insurance"], []]


def test_a_number_before_a_noun_names_the_thing_only_before_a_thing_word() -> None:
    questions = ["What 360 score do I need for a promotion?", "Which 360 reviewers should I pick?",
                 "What are the 3 steps?", "How many 2 week blocks can I take?"]
    assert [asked_thing(q, names(q)) for q in questions] == [["360", "score"], ["360", "reviewers"], [], []]


JAPAN = "Time Off — Japan\nEmployees are entitled to a minimum of ten days' annual paid leave after six months."
SECTIONS = ("Employees are entitled to a minimum of ten days' annual paid leave after six months.\n"
            "If the sick leave extends 8 days, report it to the absence team.")


@pytest.mark.parametrize(("thing", "relaxed", "text", "document", "expected"), [
    # the unit names the head after other words; the document writes the lacking modifier before the head elsewhere
    (["paid", "sick", "leave"], {"sick"}, JAPAN, SECTIONS, True),
    (["mid-year", "reviews"], {"mid-year"}, "Who takes part in the end of year performance review?",
     "Acknowledge a Mid-Year Progress Review", True),
    # the document has the modifier only on its own or before another noun: no kind told apart
    (["paid", "sick", "leave"], {"sick"}, JAPAN, "If you are sick, tell your manager. Sick pay follows the law.", False),
    (["work", "anniversaries"], {"work"}, "We mark service anniversaries at 5 and 10 years.",
     "Recognition tells people their work was noticed. We mark service anniversaries at 5 and 10 years.", False),
    # the unit names the head after the asked words only, or not at all
    (["paid", "sick", "leave"], {"sick"}, "Leave\nPaid leave starts on day one.", SECTIONS, False),
    (["paid", "sick", "leave"], {"sick"}, "Benefits\nYou get ten days a year.", SECTIONS, False),
    # a thing of one word has no kinds
    (["leave"], {"sick"}, JAPAN, SECTIONS, False),
])
def test_another_kind_of_the_thing_named_where_the_document_tells_the_kinds_apart(thing, relaxed, text, document,
                                                                                  expected) -> None:
    assert other_kind(thing, frozenset(relaxed) and frozenset(_stems(relaxed)), text, document) is expected


def _stems(words: set[str]) -> set[str]:
    from assistant.qa.focus import focus_stems

    return {s for w in words for s in focus_stems(w)}


ANNUAL = "Employees are entitled to a minimum of ten days of annual paid leave after six months of employment."
SICK = ("Team members must notify their manager of any sick leave needed. "
        "If the sick leave extends beyond a week it should be reported to the absence team.")


def test_a_quote_on_another_kind_of_leave_does_not_answer(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("time-off.md", f"{ANNUAL}\n\n{SICK}", 0.6, "Time off by country", 1)]
    out = answer("How many days of paid sick leave am I entitled to each year?", get_settings())
    assert (out.answered, [c.source for c in out.citations]) == (False, ["time-off.md"])


def test_a_quote_on_the_asked_kind_answers(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("time-off.md", f"{ANNUAL}\n\n{SICK}", 0.6, "Time off by country", 1)]
    out = answer("How many days of paid annual leave am I entitled to?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (True, f"- \u201c{ANNUAL}\u201d [1]")


@pytest.mark.parametrize(("clause", "expected"), [
    ("How much notice does the company require when a team member resigns", {"resign"}),
    ("How many days off do I get if my wife passes away", {"die"}),
    ("What happens to my unused leave after I quit", {"quit"}),
    # an event word outside an occasion clause, or no event word in it
    ("How much notice is in the resignation policy", set()),
    ("How much notice do I give before I take leave", set()),
])
def test_the_occasion_a_clause_sets_by_an_event_word(clause, expected) -> None:
    assert occasion_events(clause) == frozenset(expected)


LEAVE_NOTICE = "The company may require team members to take entitled leave with 14 days notice."
RESIGNATION = "Employees are asked to give 2 weeks written notice of their intent to resign."


def test_a_value_for_another_occasion_does_not_answer(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("time-off.md", LEAVE_NOTICE, 0.6, "Annual leave", 1)]
    out = answer("How much notice does the company require when a team member resigns?", get_settings())
    assert (out.answered, "resigns" in out.answer) == (False, True)


def test_the_unit_naming_the_occasion_answers(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("time-off.md", LEAVE_NOTICE, 0.6, "Annual leave", 1),
                              result("leaving.md", RESIGNATION, 0.5, "Resignation", 2)]
    out = answer("How much notice does the company require when a team member resigns?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (
        True, "- \u201cEmployees are asked to give 2 weeks written notice of their intent to resign.\u201d [1]")


def test_a_thing_read_in_a_kind_nouns_complement() -> None:
    assert [thing_in_complement(q) for q in ["What is the yearly reimbursement cap for college tuition?",
                                             "What is the deadline for filing an expense report?",
                                             "How much is the childcare subsidy?",
                                             "What is the dress code for client visits?"]] == [True, True, False, False]


EDUCATION = ("Eligible employees may be reimbursed up to a maximum of $1,500 per calendar year for approved "
             "undergraduate or graduate college courses.")


def test_the_complements_head_may_be_the_pages_own_word(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("education.md", EDUCATION, 0.6, "Education budget", 1)]
    out = answer("What is the yearly reimbursement cap for college tuition?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (True, f"- \u201c{EDUCATION}\u201d [1]")


def test_the_complements_modifiers_must_stand(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("education.md", EDUCATION, 0.6, "Education budget", 1)]
    out = answer("What is the yearly reimbursement cap for gym memberships?", get_settings())
    assert (out.answered, "gym" in out.answer) == (False, True)
