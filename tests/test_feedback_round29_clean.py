"""Round 29 (brief FB): clean drafts stay clean and criticism told plainly is found (assistant/analyzers/feedback/).

- "each time" after a count of the occasions ranges over the counted set: no absolute.
- After praise, a sentence that turns ("The costs section, though, ...") stays criticism when the good outcome in it
  is another party's act ("the finance team approved it"), not the person's remedy.
- A trait word in the sense its rule leaves out ("entitled to") is no problem word under negation, so "not entitled
  to" is no praise that hides the turn.
- A business function alone as the subject ("finance will reject ...") is another party: no next step.
- A denied passive act on a thing ("the prizes were not collected") is work left undone: criticism; not when it
  keeps a bad state away ("not left unlocked once since March") or the outcome is credited ("because you ...").
- "no longer" before a problem word ("are no longer delayed") is the problem ended, not a decline.
- A loss the writer's side suffered after the person's act ("and we lost the deposit") is a cost of it: criticism,
  even with a third party's acceptance in the same sentence; a loss denied ("we have not lost a single order") is not.
"""

import pytest

from tests.fixtures.feedback import reading_each

CLEAN = [
    # a counted set of occasions, then "each time"
    ("The supplier rang four times on Thursday about the missing pallet, and each time she was promised a call back; "
     "none came, and she has cancelled next month's order. I need you to ring her today, apologise and confirm the "
     "delivery date in writing.", "constructive"),
    # averted outcomes told as denied passives, credited to the person
    ("When the card reader failed on Saturday morning, the queue was not held up, because you had set up the spare "
     "reader the night before and switched over in two minutes. Forty customers paid by card that morning as usual.", "positive"),
    # a loss denied
    ("Your handover checklist went live in June, and since then we have not lost a single order between the two "
     "shifts, against five lost orders in May. The night manager says her first hour is calmer.", "positive"),
    # the problem ended
    ("Since you re-labelled the shelves in May, the pickers are no longer delayed by missing bin numbers, and orders "
     "leave the warehouse half a day sooner on average. The depot manager wants the same labels in the other aisle.",
     "positive"),
]


@pytest.mark.parametrize(("text", "polarity"), CLEAN)
def test_well_formed_drafts_with_these_forms_stay_clean(text, polarity):
    assert reading_each(text) == (polarity, [])


FLAWED = [
    # the turn after praise, with another party's approval in it
    ("Your survey summary on Monday set out the results in two clear pages, and the board read it before the meeting. "
     "The sample section, though, left out the two night shifts, and the steering group approved the new rota on half "
     "the staff's views."),
    # "not entitled to" in the turn
    ("I appreciate the work you put into the welcome pack. However, the version that went out on Tuesday still listed "
     "the old parking rules, and three new starters parked in bays they are not entitled to."),
    # a business function's plan is no step for the person
    ("Two of your expense claims last month had no receipts attached, and the payments were held for a week. Going "
     "forward, finance will return any claim without a receipt."),
    # a loss that followed the person's act, with the client's acceptance after it
    ("On Tuesday you priced the Oslo order from the old freight table, and we lost about five hundred pounds on it "
     "when the client accepted the quote. The finance team spotted it at month end."),
    # a task left undone, told as a denied passive
    ("Thanks for organising the open day. On the day, the visitor badges were not printed in time, so the reception "
     "queue ran to twenty minutes, and two families left before the tour started."),
]


@pytest.mark.parametrize("text", FLAWED)
def test_criticism_without_a_step_for_the_person_asks_for_one(text):
    polarity, kinds = reading_each(text)
    assert (polarity != "positive", kinds) == (True, ["missing_action"])


def test_a_decline_in_a_good_act_is_still_criticism():
    text = ("Since the move to the new site you no longer send the weekly stock report to the buyers, and on the 9th "
            "they ordered forty cases we already had. The extra stock now blocks the loading bay.")
    polarity, kinds = reading_each(text)
    assert (polarity != "positive", "missing_action" in kinds) == (True, True)
