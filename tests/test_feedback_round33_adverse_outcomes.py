"""Round 33 (FB): what followed the act, judged by its sense (probe: evals/probes/round33/fb33_feedback_impact_action.jsonl,
labelled before any run). A plain account with no praise or criticism word whose consequence clause reports harm done
to others (a VADER-negative predicate, an ability denied, a burden laid on others, others' waiting for a length of
time) is criticism, so it needs a next step; a harm told as a counterfactual perfect after the act ("could have
started a fire") is an impact; a burden said to be less than the one it replaced ("only ... instead of") is no cost.
Harms averted, denied parties and the person's own risk ("You could have hurt yourself") are none of these."""

import pytest

from assistant.analyzers.feedback import review_feedback


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return str(report.polarity), sorted({f.kind for f in report.findings})


@pytest.mark.parametrize(("text", "expected"), [
    # an adverse consequence told plainly, and no step: criticism without a next step
    ("You kept the Wednesday pottery class on the wheel after two of the beginners said their wrists hurt, and one of "
     "them cried on the way out. Hopefully the new course plan will sort this out in the spring.",
     ("constructive", ["missing_action"])),
    ("On Saturday the hire van for the choir's tour was loaded with two music stands that still had broken clips, and "
     "the venue had to lend us theirs. The kit list says every stand is checked before it goes on the van.",
     ("constructive", ["missing_action"])),
    # a counterfactual harm after the act is its impact
    ("On the Hill Road job you saw that the flue pipe was touching the roof timber and moved it before you signed off. "
     "A flue like that could have charred the rafters and started a fire in the roof space.", ("positive", [])),
    ("During Monday's delivery you checked the pallet straps before the forklift lifted the glass. A strap like that "
     "might have given way and injured the driver.", ("positive", [])),
    # a burden lessened, a burden denied: no cost, the draft stays praise
    ("You rebuilt the membership list over the weekend after the old file was corrupted on Friday. The volunteers had "
     "to re-enter only one week of renewals instead of the whole year.", ("positive", [])),
    ("You fixed the lock on the side gate on Monday. Nobody had to climb over the fence to get the bins out that week.",
     ("positive", [])),
    # the person's own risk is a reproach, not an impact
    ("On Tuesday you climbed onto the trailer roof without the harness. You could have hurt yourself badly. Please clip "
     "on every time, even for a minute.", ("constructive", ["missing_impact"])),
])
def test_outcomes_read_by_their_sense(text, expected):
    assert reading(text) == expected
