"""Round 29 (brief FB2): praise that recounts a problem stays praise (assistant/analyzers/feedback/).

- A problem in the object of the person's verb of transferring a message (Levin 37.1/37.2/37.7: "announced the
  delay", "showed me the double-booked shifts", "explained the data delay") is what the person told others of; not
  the person's own problem ("explained your mistake"), not said of the telling ("announced it forty minutes late"),
  not a noun that looks like the verb ("the grant reports you submitted ... missed the deadline").
- A problem heading a relative clause of the person's remedy ("the two billing complaints you resolved", "The four
  delays that Tom cleared") is what the person remedied; "the complaints you ignored" stays a fault.
- A negative quantifier as the object of a verb of loss or harm ("We lost nothing", "You missed nothing") is a loss
  kept away; with an ordinary verb ("you did nothing", "labelled nothing") it is still criticism, and a turn after it
  ("we lost nothing, but you left the door open") carries the sentence.
"""

import pytest

from tests.fixtures.feedback import reading_each

PRAISE = [
    # a problem the person announced, showed or told others of
    "During the system outage on Monday morning, Priya explained the delay to every caller, logged their details and "
    "phoned each of them back once the booking screen came up again. Not one caller complained, and the clinic kept "
    "its full list. Thank you, Priya.",
    "When the roster clash came up for the bank holiday, you showed me the double-booked shifts on the planner and "
    "proposed a swap that both nurses agreed to. The ward was fully staffed on the day. Thank you for sorting it so "
    "quickly.",
    # a problem the person remedied, told in a relative clause after it
    "The three billing complaints you resolved on first contact this week saved the team six callbacks, and one of "
    "those customers left a five-star review. Thank you for taking the time to get them right.",
    "The four delays that Tom cleared on the night shift meant the morning trucks left on time. The depot manager "
    "noticed and asked me to pass on her thanks.",
    # a loss denied
    "When the freezer alarm went off at two in the morning, Carla moved every tray into the walk-in within twenty "
    "minutes. We lost nothing, and the engineer replaced the compressor the next day. Thank you, Carla.",
    "You rechecked all forty dosage labels against the new chart before the night round on Friday. You missed "
    "nothing, and the pharmacist signed the round off without a single query. Thank you for being so careful.",
]


@pytest.mark.parametrize("text", PRAISE)
def test_praise_that_recounts_a_problem_stays_clean_praise(text):
    assert reading_each(text) == ("positive", [])


def test_a_remedy_told_after_the_problem_is_the_praise_of_a_mixed_draft():
    text = ("The three billing complaints you resolved on first contact this week saved the team six callbacks. On "
            "Wednesday, however, you closed a complaint without calling the customer back, and she escalated it to the "
            "ombudsman. Please call every complainant before you close their case.")
    assert reading_each(text) == ("mixed", [])


CRITICISM = [
    # the problem said of the telling, not in its object
    "When the ferry crossing was cancelled on Friday, you announced the cancellation forty minutes late, and six "
    "passengers missed their connection.",
    # a noun that looks like a message verb
    # a relative clause of the person's fault
    "The three billing complaints you ignored last week all came back as escalations, and one customer closed her "
    "account.",
    # "nothing" as the object of an ordinary act
    "When the freezer alarm went off at two in the morning, you did nothing until the day shift arrived, and we threw "
    "away six trays of stock.",
    # the telling said to be late
    "You told the supplier about the delay three days after the warehouse had flagged it, and by then the container "
    "had already left.",
    # the problem as the subject of what was said, not its object
    "On Monday you told the client the delay was her fault, and she has asked for a different account manager.",
    "Ivan moved the server racks over the weekend but labelled nothing, and it took the team all of Monday to trace "
    "the cables.",
]


@pytest.mark.parametrize("text", CRITICISM)
def test_the_persons_own_problem_stays_criticism_with_no_step(text):
    assert reading_each(text) == ("constructive", ["missing_action"])


def test_a_noun_that_looks_like_a_message_verb_tells_nothing():
    text = "Two of the grant reports you submitted this spring missed the funder's deadline by a week."
    assert reading_each(text) == ("constructive", ["missing_action", "missing_impact"])


def test_a_turn_after_a_denied_loss_carries_the_sentence():
    text = ("When the freezer failed on Sunday, we lost nothing, but you left the walk-in door open afterwards and we "
            "threw away the dairy order.")
    assert reading_each(text) == ("constructive", ["missing_action"])
