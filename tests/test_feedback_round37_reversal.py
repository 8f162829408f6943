"""Round 37, FB3 (fb37c): a cost told as a reversal by another party is criticism, whatever its words' valence.

The class: an incident report with no evaluative word, whose consequence is another party undoing or reclaiming the
exchange (WordNet synsets in assistant/data/reversal_words.txt): read ``constructive`` with its missing next step.
Its look-alikes (the same verbs with a new thing as object, a customer coming back, a refund the person gave, a
reversal denied or supposed, the person's remedy after it) stay as they were.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.draft import _Draft
from assistant.analyzers.feedback.reversal import reversal_told


def _read(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted({f.kind for f in report.findings})


@pytest.mark.parametrize(("text", "expected"), [
    # dev26-fb-012's form: a coordinated predication shares the client's subject
    ("On 14 October you delivered the Harcourt sofa with the piping on the left arm already coming away. The client "
     "noticed it while the van was still outside, rang the office that afternoon, and asked for the labour charge back, "
     "which we gave her to keep the account.", ("constructive", ["missing_action"])),
    # dev25-fb-012's form: the agent before a relative clause; the reversal is the impact too
    ("On 22 October you graded the alpine wheels as ready three weeks early, and the shop that bought them sent six "
     "back because the texture was still rubbery.", ("constructive", ["missing_action"])),
])
def test_reversal_by_another_party_is_criticism(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "So the bounty stayed frozen, while ether price rose. The original big donor even asked for his money back, so we "
    "gave it to them.",
    "The second was ordered through my own web site using UPS Ground. It was supposed to be a Valentine's Day gift, "
    "but arrived the following Tuesday. That customer wanted a full refund.",
    "Another time, a client complained that their surveillance cameras were only recording half the time.",
])
def test_probe_forms_read_as_criticism(text):
    assert review_feedback(text).polarity == "constructive"


@pytest.mark.parametrize("text", [
    # a new thing sent back, not the thing given
    "Sent a pot of stew down to the Potato diggers this morning — Ida sent back a thank-you. Neighbors again, not just "
    "crews. Feels good.",
    # coming back is custom, not a reversal
    "Classes sold out for months, and students came back to order birthday cakes.",
    "From the corner butcher to nationwide cold-chain fleets - most of our customers keep coming back.",
    # the person's refund is the remedy; the writer's side is not another party
    "On Monday you refunded the customer within the hour and she thanked you in her review.",
    # denied or supposed reversals
    "You fitted the new blinds on Friday and not one customer asked for a refund.",
    "You shipped the order on 3 May, and the client said she might send it back after the weekend.",
    # the person's remedy after the reversal
    "The client complained on Tuesday that the invoice was missing, and you sent her a corrected copy within the hour.",
])
def test_lookalikes_stay_positive(text):
    assert (review_feedback(text).polarity, reversal_told(_Draft.of(text))) == ("positive", None)


@pytest.mark.parametrize("text", [
    "You shipped the order on 3 May; the client said she would send it back if the colour was wrong, but it matched.",
    "You packed the order on Thursday, and it was cancelled on Friday.",
    "When you ran it on Monday, the query returned an error.",
    "Ms Boles is now threatening to cancel the whole order.",
    "In March, Priya rewrote the onboarding guide. The client had complained about the old process before.",
])
def test_reader_leaves_supposed_passive_and_new_objects(text):
    assert reversal_told(_Draft.of(text)) is None
