"""Round 38, FB (fb38), second step: what the custom reader must not take for custom given.

1. A party sending the person's side a cost or a grievance, not work: the object of "send" or "refer" is a charge,
   bill, invoice, claim, complaint or demand as the head of the object (``charge_nouns``, WordNet 3.0 hypernyms:
   financial statement, cost, claim, demand, objection, pleading). The draft keeps the reading it had without the reader.
2. A participle used as an adjective before its noun (Quirk et al. 1985, 7.15-7.16, 17.98): "booked", "hired" right
   before a noun after a determiner, number or possessive, inside the object of the clause's verb, or in a subject
   before its verb. Only a finite, perfect or passive verb told as having happened is the event.

The drafts are invented for these tests; the expected readings are the ones the base (1be53c0) gives them, so the
reader leaves them as they were. True custom (work or people sent, a finite "booked") still reads as before, and the
reader never moves a positive draft.
"""

from __future__ import annotations

import pytest

from assistant.wordlists import charge_nouns
from tests.test_feedback_round38_custom import _custom, _read


@pytest.mark.parametrize(("text", "expected"), [
    ("You left the skip lorry parked across the Adeyemis' drive for the whole of Tuesday. The owner sent us an "
     "invoice for the taxi she had to take to work.", ("constructive", ["missing_action"])),
    ("You did not test the bathroom circuit before signing off the Dunmore wiring. The client sent us a claim for "
     "the extractor fan it burnt out.", ("constructive", ["missing_action"])),
    ("You packed the Hale order in the wrong boxes. The courier has sent us two fees for the oversize parcels.",
     ("constructive", ["missing_action"])),
    ("The brochure you proofread went to print with the wrong prices. The printer has sent us a surcharge for the "
     "second run.", ("constructive", ["missing_action"])),
])
def test_a_charge_sent_is_no_custom(text, expected):
    assert _custom(text) is None
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("You forgot to switch the answerphone on over Easter. The salon lost twenty-two booked appointments and the "
     "owner had to ring each client.", ("constructive", ["missing_action"])),
    ("You left the booking line on voicemail all week. The studio lost booked lessons and two teachers sat idle.",
     ("constructive", ["missing_action"])),
    ("The van you loaded missed the ferry. Thirteen hired bikes stood locked in the depot until Monday.",
     ("constructive", ["missing_action"])),
    ("You sent the reminder texts a day late. The clinic cancelled nineteen booked scans.",
     ("constructive", ["missing_action"])),
    ("Your stock count skipped the back shelf, so the garage's booked services had to be moved to next week.",
     ("constructive", ["missing_action"])),
    ("You forgot the deposit reminders, and the venue released forty-five booked rooms on Friday.",
     ("constructive", ["missing_action"])),
    ("The rota you wrote left the front desk short on Monday, and the surgery cancelled the newly booked "
     "appointments.", ("constructive", ["missing_action"])),
])
def test_a_participle_before_its_noun_is_no_custom(text, expected):
    assert _custom(text) is None
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "clause", "expected"), [
    # people and work sent or referred: custom, whatever the object's other words
    ("Your quote for the Patel loft was clear and fair, and Mrs Patel has sent us three new customers since.",
     "Mrs Patel has sent us three new customers", ("positive", [])),
    ("Your quote for the Patel loft was clear and fair, and Mrs Patel has referred two neighbours' jobs to us.",
     "Mrs Patel has referred two neighbours' jobs to us", ("positive", [])),
    # a charge noun ("tuition") modifying the object's head ("clients") is no charge: the head is people
    ("Your trial lessons with the Okafor twins were patient and well planned, and their mother has sent us three new "
     "tuition clients.", "their mother has sent us three new tuition clients", ("positive", [])),
    # a finite "booked" with a bare noun object is the event, not a premodifier
    ("Your open day talk was warm and clear. Four families booked lessons for the summer.",
     "Four families booked lessons for the summer", ("positive", ["vague"])),
    # a relative clause the parser joins to the subject leaves the main verb the event
    ("Your open day talk was warm and clear. Parents who came last year booked places for their younger children.",
     "who came last year booked places for their younger children", ("positive", ["vague"])),
    # the reader never moves a positive draft: praise with custom as its effect stays positive
    ("You stopped the grooming session when Bella got anxious and went slowly with the clippers. Her owner booked "
     "monthly appointments with us afterwards.", "Her owner booked monthly appointments with us afterwards",
     ("positive", [])),
])
def test_custom_given_still_read(text, clause, expected):
    assert _custom(text) == clause
    assert _read(text) == expected


def test_charge_nouns_are_costs_and_grievances_not_custom():
    charges = charge_nouns()
    assert {"bill", "invoice", "fee", "fine", "surcharge", "cost", "claim", "complaint", "grievance", "demand"} <= charges
    assert not charges & {"customer", "client", "friend", "job", "order", "referral", "student", "repair", "visit",
                          "booking", "appointment", "neighbour", "work", "business"}
