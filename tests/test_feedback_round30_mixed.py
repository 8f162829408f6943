"""Polarity of longer mixed drafts decided by what each sentence does (probe: scripts/feedback_round30n_probe.py,
brief FB2).

Praise: the person's output ranked above everyone else's ("you packed 340 orders on Monday, more than anyone on the
line"), work judged "spot on", and the content of the writer's saying verb ("I want to say first that your mowing
lines were the best on the route"). Criticism: what someone else could not do after the person's lapse ("so finance
could not collect the first payment"), never a problem averted. No praise: a phrase ruled out by a contrastive
"not" ("before 7, not during the lunch rush"). Look-alikes keep their reading."""

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round30n_probe.py")
TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once


def polarity(text: str) -> str:
    return str(review_feedback(text).polarity)


@pytest.mark.parametrize(("row_id", "expected"), [
    ("n02", "mixed"),  # "you packed 340 orders on Monday, more than anyone on the line", then wrong returns slips
    ("n07", "mixed"),  # "more than anybody else at the front desk", then "finance could not collect the first payment"
    ("n09", "mixed"),  # "your ward round notes on Monday were spot on", then the fall risk left out
    ("n20", "constructive"),  # "the best time to restock the chillers is before 7, not during the lunch rush"
    ("n23", "constructive"),  # "the duty team can't see that the check happened, so those families never get ..."
])
def test_the_classes_are_read_by_sentence_function(row_id, expected):
    assert polarity(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("n12", "positive"),  # "96 drops on Friday, more than anyone in the depot": praise only
    ("n14", "positive"),  # "spot on for the whole rota": praise only
    ("n16", "constructive"),  # "more customer complaints than anyone at the counter"
    ("n17", "constructive"),  # "late four times this month, more than anyone on the team"
    ("n45", "positive"),  # "Customers couldn't believe how fast the queue moved": a verb of viewing
    ("n46", "positive"),  # "when the card terminals went down and customers could not pay": the setting met
    ("n47", "positive"),  # "The client could not have been happier"
    ("n48", "constructive"),  # "took 14 days of unplanned leave this year, more than anyone on the ward": no output
    ("n49", "constructive"),  # "your estimate ... was not spot on"
    ("n50", "positive"),  # "I put you on the spot on Monday": the noun, no verdict
    ("n51", "constructive"),  # ", not as calmly as the Lee complaint last week": a degree denied, no alternative
    ("n52", "positive"),  # ", not a single line missed": a count denied
    ("n54", "constructive"),  # "If the drivers can't reach you on the radio, ...": a supposed case
    ("n56", "positive"),  # "I have to say that your stall layout ... was the best of the whole market"
    ("n57", "constructive"),  # "I want to say first that your timesheets were late again"
])
def test_look_alikes_keep_their_reading(row_id, expected):
    assert polarity(TEXTS[row_id]) == expected


def test_a_said_content_is_read_as_the_statement():
    draft = ("In this month's check-in I want to say first that your pallet wrapping at the Hull depot was the "
             "neatest on the site. Twice this week the loads left without a seal number on the manifest, and the "
             "customer's goods-in team turned them away. Write the seal number on the manifest before the lorry "
             "leaves.")
    assert polarity(draft) == "mixed"
