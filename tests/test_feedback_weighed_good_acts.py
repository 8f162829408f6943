"""An opening act weighed by what the sentence says of it, and requests for more of the same (probe:
scripts/feedback_round28g_probe.py, brief FE).

A draft that opens with the person's past act and, in the same sentence, how others then responded ("and school
visits went from twelve to thirty-one a term", "so none of the overnight cases breached"), with nothing in the
account that rates bad (a VADER word below zero, a problem word of the polarity lexicon left standing, a withheld
response, a step left out), tells a good act plainly: when the draft then raises a problem with a request it is
mixed. The same opening with a bad outcome, an opening whose request only corrects the act itself (no problem told
apart from it), or such an account later in the draft (a problem told plainly) keep the draft constructive."""

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round28g_probe.py")
TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once

PROBLEM = ("The confirmation emails still go out without the arrival time, and two coaches turned up an hour early "
           "last week. Add the arrival slot to the email template before the spring term opens.")


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted({f.kind for f in report.findings})


def test_an_opening_act_with_a_good_response_is_praise():
    assert reading(TEXTS["g02"]) == ("mixed", [])  # "..., and school visits went from twelve to thirty-one a term"


@pytest.mark.parametrize(("row_id", "expected"), [
    ("g09", ("constructive", [])),  # "signed ... without counting the boxes": a step left out
    ("g10", ("constructive", [])),  # "changed the booking form ... without telling the schools team"
    ("g12", ("constructive", [])),  # "spoke over Lena twice ..., and she did not finish her update"
    ("g13", ("constructive", [])),  # "sent the manual ... with the old glossary, so six terms ... differ"
    ("g14", ("constructive", [])),  # "took three players off ..., and two of them cried on the bench"
    ("g15", ("constructive", [])),  # "sent the gala seating plan ... with last year's table numbers"
])
def test_an_act_that_is_itself_the_problem_stays_constructive(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


def test_the_response_decides_the_weight():
    """The same act with a good response opens a mixed draft; with a bad one (a problem word), a constructive one;
    the problem and request alone are constructive."""
    act = "You rebuilt the museum's booking form over the summer, and school visits went from twelve to thirty-one a term. "
    worse = "You rebuilt the museum's booking form over the summer, and school visits dropped from thirty-one to twelve a term. "
    assert reading(act + PROBLEM) == ("mixed", [])
    assert reading(worse + PROBLEM) == ("constructive", [])
    assert reading(PROBLEM) == ("constructive", ["missing_impact"])


def test_a_request_that_only_corrects_the_act_stays_constructive():
    """With no problem told apart from the weighed act, the request is about the act itself."""
    text = ("You explained the refund policy to the customer on Monday's call, and she asked for a supervisor. "
            "Offer the store credit option before you end a refund call.")
    assert reading(text) == ("constructive", [])


def test_only_the_opening_is_weighed():
    """A plain account later in the draft is the problem told plainly, not a second good act."""
    opening = ("You showed the two new starters the pre-use check on the pallet truck, and they ran it on their own "
               "the next morning. ")
    later = "You left the keys in the truck at lunch on Wednesday, and a visitor drove it. "
    step = "Take the keys to the office whenever you leave a truck."
    assert reading(opening + later + step)[0] == "mixed"
    assert reading(later + step)[0] == "constructive"


def test_a_request_for_more_of_the_same_is_praise():
    """'More of this, please!' after a good act asks for nothing different: the draft stays positive; a request that
    changes something after the same act makes it mixed."""
    act = "You greeted every guest at the conference desk by name, and three of them mentioned it in the feedback forms. "
    assert reading(act + "More of this, please!")[0] == "positive"
    assert reading(act + "Count the lanyards against the list before the doors open, though.")[0] == "mixed"


@pytest.mark.parametrize(("ending", "expected"), [
    ("The day went without a hitch.", "positive"),  # a failure the day went without: negated, so good
    ("The launch went without a single complaint.", "positive"),
    ("Half the runners went without their water at the last station.", "constructive"),  # people deprived
])
def test_what_a_thing_went_without(ending, expected):
    act = "Two volunteers dropped out the night before the fun run, and you rearranged the water stations. "
    assert reading(act + ending)[0] == expected


def test_a_remedy_promised_is_no_remedy_done():
    """'told the tenant the boiler would be fixed by Friday without checking': the remedy verb under a modal is a
    promise, so the step left out stays criticism; the remedy done ('you fixed the boiler') still is praise."""
    promised = ("You told the tenant the boiler would be fixed by Friday without checking with the contractor. "
                "Confirm dates with the contractor before you give them to a tenant.")
    assert reading(TEXTS["g11"]) == ("constructive", [])
    assert reading(promised)[0] == "constructive"
    assert reading("You fixed the broken boiler on Friday, and the tenant moved back in that night.")[0] == "positive"


@pytest.mark.parametrize(("text", "expected"), [
    ("Your onboard appraisals of the crew are not fair.", "constructive"),  # VADER rates "fair" good: denied
    ("His handover notes are never clear.", "constructive"),
    ("It was not easy, but you got the supplier list rebuilt on time.", "positive"),  # the task, not the person
    ("Your first draft was not bad at all, and the final one went in two days early.", "positive"),  # litotes
])
def test_a_good_quality_denied_of_the_work(text, expected):
    assert reading(text)[0] == expected
