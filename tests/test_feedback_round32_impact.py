"""Impact told, or not told, by clause structure (probe: scripts/feedback_round32i_probe.py). An impact is a
consequence of the person's act for someone or something. A result participle (", meaning ..."), a result noun as
the subject of "be" ("The upshot was ...", WordNet 3.0 result.n.01), a change particle with an amount in words ("are
down to under fifteen minutes") and causative "make" with an evaluative complement for a party tell one. "meant"
after a personal pronoun (the intending sense, WordNet mean.v.02), a writer's thinking verb after a "when" frame,
a request's conjuncts, an adverb the clause split took for a subject, the writer's "We need to talk", a thing made or
given "for" a party (the benefactive, Levin 1993, 2.2), an effect under the writer's "I hope" (non-factive), another
party's own course of events before the person acts, and ", and you ..." after a frame tell none."""

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round32i_probe.py")
TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return str(report.polarity), sorted({f.kind for f in report.findings})


@pytest.mark.parametrize(("text", "polarity"), [
    ("On Monday you rebuilt the pick list for the school uniform orders and sorted it by year group, meaning the "
     "packers could fill every order for Year 7 before lunch. Thank you, Halima.", "positive"),
    ("You suggested moving the hand-wash station next to the clinic door and arranged it with the facilities team in "
     "May. The upshot was a summer with no infection alerts on the unit, against three the summer before.", "positive"),
    ("The housing office used to see every caller in the order they came in. You set up the new booking slots in "
     "April and trained the front desk on them. Waiting times at the office are down to under fifteen minutes on most "
     "days. Great work, Amira.", "positive"),
    ("The new rota board you put up in the staff room in June has made swapping shifts quick and easy for the care "
     "assistants. You wrote every name on a magnet and colour-coded the three units. Thank you, Gloria.", "positive"),
])
def test_an_impact_told_in_these_forms_is_found(text, polarity):
    assert reading(text) == (polarity, [])


@pytest.mark.parametrize(("text", "expected"), [
    ("When you said the stock list was complete, I assumed you meant the list for both stores, but you sent only the "
     "Leeds one. Please say which store a list covers before you send it to the buyers.",
     ("constructive", ["missing_impact"])),
    ("At Friday's close you left the safe log unsigned and did not note the float. This is the second time this "
     "month. Please count and record the float at every close from now on.", ("constructive", ["missing_impact"])),
    ("The depot had been short of drivers since the spring. You took on the Saturday route, learned the new handhelds "
     "in an afternoon and never grumbled about the early starts. I appreciate your commitment, Wes.",
     ("positive", ["missing_impact"])),
    ("You have missed the Monday huddle three times this month, and twice you left before the handover notes were "
     "read. You did not answer my message about it either. We need to talk about this on Thursday.",
     ("constructive", ["missing_action", "missing_impact"])),
    ("The library held its summer reading launch last Saturday. You made the name badges for the volunteers and set "
     "out the craft tables before the doors opened. You were cheerful with everyone who came. Lovely work, Bea.",
     ("positive", ["missing_impact"])),
    ("You presented the new parking scheme at the tenants' meeting on Tuesday and took questions for twenty minutes. "
     "I hope it will help the estate cut the number of blocked driveways. We will see how the first month goes.",
     ("positive", ["missing_impact"])),
    ("When the auditor came to the warehouse on Monday, she asked to see the stock sheets and the returns log. You had "
     "both ready in a binder, went through the March figures with her and answered every question. Thank you, Tomasz.",
     ("positive", ["missing_impact"])),
    ("You ran the ticket desk and the cloakroom together at the charity concert when two volunteers did not turn up, "
     "and you still found time to check the fire doors. You are always ready to help. Thank you, Ruth.",
     ("positive", ["missing_impact"])),
])
def test_no_impact_is_read_into_these_forms(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("row_id", ["i03", "i13", "j11", "n06", "n09", "n12", "n16", "n17", "n22", "m08", "m10"])
def test_the_probe_rows_the_change_turned(row_id):
    want = [] if row_id[0] in "ijkr" else ["missing_impact"]
    assert [k for k in reading(TEXTS[row_id])[1] if k == "missing_impact"] == want
