"""Answerable questions the Q&A refused because the check read the question's words rather than what it asks, and
their look-alikes (probe: scripts/qa_round33r_probe.py).

* "How much notice / warning ...": a notice is a warning given ahead of an event, so the noun asks a lead time with or
  without the event named after it ("How much warning do I get on whether my contract will be extended?"), and "one
  month's notice" states one, as "two weeks' notice" does.
* "How far in advance / ahead / beforehand": the adverb completes the degree asked, as "far" does; it is no topic
  word a quote must carry.
* The amounts of the asker's scene ("I'm planning *two weeks* of holiday. How far in advance ...?") are the asker's
  case, not the topic: a sentence giving "two weeks" for another thing no longer shares the question's topic. A unit
  word with no number ("I logged a PTO *day*") still names the topic.
* A lead time is for the event it precedes: a lead-time question's event ("... *before I take a week of vacation*")
  must be named by the quote (or its heading), or its lead time is another event's (a contract renewal's reminder).
* The off-topic screen reads a name of two or more words ("the Foundation for Public Code", "the Code of Conduct") as
  a name: "give the Foundation for Public *Code* notice" asks for no code. "Write Python Code" stays off-topic.
* A list of questions under a stating lead-in ("... send an email to ... answering the following questions: 1. Which
  course ...?") states its answer in the lead-in: it is no bare FAQ question.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.answer import is_bare_question
from assistant.qa.check import asking_words, asks_lead_time, lead_time_event, quantity_kind, states_lead_time
from assistant.qa.focus import analyse
from assistant.qa.screen import screen_question
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


@pytest.mark.parametrize(("question", "lead"), [
    ("How much warning does the library give me on whether my fixed-term contract will be extended?", True),
    ("How much notice do seasonal staff get when a shift is cancelled?", True),
    ("How much advance notice do I owe the clinic if I swap a rota?", True),
    ("How much heads-up should I give the depot about a day off?", True),
    ("How many weeks of notice must a lifeguard give before a week of holiday?", True),
    ("How many days' notice does the pharmacy need for a shift swap?", True),
    ("How much is the notice pay for a warehouse picker?", False),
    ("How many warnings can a driver get before a disciplinary hearing?", False),
])
def test_a_notice_noun_asks_a_lead_time(question, lead) -> None:
    assert asks_lead_time(question) is lead
    if lead:
        assert quantity_kind(question) == "duration"


@pytest.mark.parametrize(("text", "expected"), [
    ("This gives the volunteer one month's notice if the placement is not renewed.", True),
    ("Ground crew receive two weeks' notice of a roster change.", True),
    ("The month's rota is posted on the staff board.", False),
    ("Each year's budget is set in March.", False),
])
def test_a_possessive_notice_states_a_lead_time(text, expected) -> None:
    assert states_lead_time(text) is expected


def test_how_far_in_advance_is_asking_not_topic() -> None:
    clause = "How far in advance should I raise it with the museum team"
    assert asking_words(clause, "quantity") == ["far", "advance"]
    assert asking_words("How far ahead must the depot book a van", "quantity") == ["far", "ahead"]
    # an advance of money is a topic word: no "how far" asks it
    assert "advanc" in analyse("How much salary advance can a ranger ask for?").clauses[0].focus


def test_the_scene_amounts_are_the_askers_case_not_the_topic() -> None:
    asked = analyse("I'm planning two weeks of holiday. How far in advance should I raise it with my team?")
    assert asked.clauses[0].focus == {"holiday", "plan", "rais"}
    # a unit word without a number names the topic ("a PTO day")
    assert "day" in analyse("I logged a PTO day as vacation. Can I still fix it?").clauses[0].focus
    # the amount asked in the clause itself still names the thing ("three days" of the clause)
    own = analyse("How many three-day courses can I take each year?")
    assert "3-day" in own.clauses[0].focus or "three-day" in own.clauses[0].focus


@pytest.mark.parametrize(("text", "bare"), [
    ("To request a course, send an email to the training desk answering the following questions: "
     "Which course would you like to take?", False),
    ("Q: Can I carry over unused leave?", True),
    ("Can I carry over unused leave?", True),
    ("Note: Can I carry over unused leave?", True),
])
def test_a_question_of_a_list_under_a_stating_lead_in_is_no_bare_question(text, bare) -> None:
    assert is_bare_question(text) is bare


TRAINING = ("Training requests\n\nTo request a course, send an email to learning@parks.example.org answering the "
            "following questions:\n\n1. Which course would you like to take?\n2. What does it cost in money and "
            "time?\n\nThe parks board decides on requests at its next monthly meeting.")


def test_the_lead_in_of_a_list_of_questions_answers_where_to_send_a_request(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("training.md", TRAINING, 0.6, "Training requests", 1)]
    out = answer("Where do I send a request for a course?", get_settings())
    assert out.answered
    assert out.answer.splitlines()[1].startswith(
        "- \u201cTo request a course, send an email to learning@parks.example.org answering the following questions:")


@pytest.mark.parametrize(("clause", "event"), [
    ("How many weeks of notice must a lifeguard give before a week of holiday", {"holiday"}),
    ("How much warning should I give the water board before I retire", {"retir"}),
    ("How much warning should I give the water board", set()),
    ("How many months must I work before I can take sabbatical leave", set()),  # a tenure, no lead time
])
def test_the_event_a_lead_time_is_asked_before(clause, event) -> None:
    assert lead_time_event(clause) == event


ROSTER = ("Rosters\n\nThe rota planner sends a reminder to the shift leads about the next roster 6 weeks in advance.\n\n"
          "Holiday requests\n\nLifeguards book holiday in the staff app.")


def test_a_lead_time_for_another_event_does_not_answer(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("rosters.md", ROSTER, 0.6, "Rosters", 1)]
    out = answer("How many weeks of notice must a lifeguard give before a week of holiday?", get_settings())
    assert out.answered is False


@pytest.mark.parametrize(("question", "refusal"), [
    ("How much warning do I have to give the Foundation for Public Code before my parental leave?", None),
    ("Can you show me the Code of Conduct for volunteers?", None),
    ("Write Python Code that sorts a list", "off_topic"),
    ("Give me the Java code to parse a CSV", "off_topic"),
    ("Please write a function in javascript", "off_topic"),
])
def test_a_name_with_code_in_it_is_no_request_for_code(question, refusal) -> None:
    assert screen_question(question) == refusal
