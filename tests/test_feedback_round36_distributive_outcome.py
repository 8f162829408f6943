"""Round 36 (fbclean36): a consequence told with a distributive subject or a verb of delaying or withholding.

The impact-outcome-verb cue reads the work or the event as the subject of an outcome verb. Its subject may be
distributive, each of the events or pieces of work just told ("each one held up the monthly filing", "Each outage kept
you and the head teller back forty minutes": each and every, Quirk et al. 1985, 6.46-6.49), and its verbs include
WordNet 3.0's verbs of delaying and withholding (00459776 delay, detain, hold up; 02213708 / 02283342 withhold, keep
back, hold back), the particle also after the object. "held up" with no object stood up to something or was raised
("each one held up under checking"): no consequence, for the cue and for the consequence-clause reader (WordNet 3.0
02618688 stand up, hold up, hold water: "resist or withstand wear, criticism", intransitive). Probe: scripts/feedback_round36_outcome_probe.py (outside text,
labelled before the run)."""

import pytest

from assistant.analyzers.feedback import review_feedback


def reading(text: str) -> tuple[str, list[str], str | None]:
    report = review_feedback(text)
    return str(report.polarity), sorted({f.kind for f in report.findings}), report.structure.impact.evidence


@pytest.mark.parametrize(("text", "impact"), [
    # the three tune drafts the cue missed (dev24-fb-013, dev24-fb-019, dev19-fb-021): well formed, now clean
    ("About one in five of your inspection reports this year came back from the office because a milepost was "
     "missing, and each one held up the monthly filing to the state. Before you submit a report, please check every "
     "defect line against the milepost list in the truck.",
     "and each one held up the monthly filing to the state"),
    ("On the library curtain wall, the quality check found uneven sealant joints on bays 3, 7 and 9, and the "
     "contractor held back part of our payment until we redid them. On the next job, please tool the first bay with "
     "the site lead watching and get his sign-off before you run the rest.",
     "and the contractor held back part of our payment until we redid them"),
    ("Jordan, you've been out of balance three times this month, each time by a transposed check amount on a business "
     "deposit. Each outage kept you and the head teller back forty minutes after close. For the next month, read the "
     "check amount back to the customer before you key it, and run your check tape against the deposit slip before "
     "the customer leaves the window.",
     "Each outage kept you and the head teller back forty minutes after close"),
])
def test_a_distributive_subject_or_a_withholding_verb_tells_the_impact(text, impact):
    assert reading(text) == ("constructive", [], impact)


@pytest.mark.parametrize(("text", "impact"), [
    ("Each one held up the frame it fell in, and a frame has 16.7 ms.", "Each one held up the frame it fell in"),
    ("Landscaper A's crew damaged irrigation lines twice last season; the client withheld payment until repairs.",
     "the client withheld payment until repairs"),
])
def test_outside_consequences_are_found(text, impact):
    assert reading(text)[2] == impact


@pytest.mark.parametrize("text", [
    # "held up" with no object: it stood up to checking, not a delay
    "Worker 2's build report flags its own weak points instead of leaving them for the reviewer, and each one held up "
    "under checking.",
    # a distributive subject with no outcome verb, and one as an object
    "Each outage is solved here as an AC load flow with the controls that act within seconds.",
    "Once we stopped treating each outage as an isolated event, the pattern was hard to miss.",
    # the person as the subject of "held back" is no consequence for others
    "Every day you held back in the meeting.",
])
def test_look_alikes_tell_no_impact(text):
    assert reading(text)[2] is None



def test_holding_up_under_checking_is_no_consequence_clause():
    # BE-57 ... BE-62: outside text (probe row fbclean36-out-014); the clause "each one held up" tells how the
    # claims fared, not what followed for anyone
    text = ("BE-57 … BE-62 are all genuinely done — every claim in that report was checked against the code rather "
            "than taken on trust, and each one held up.")
    assert reading(text)[2] is None
