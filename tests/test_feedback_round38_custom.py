"""Round 38, FB (fb38): an effect told as custom another party gave the person's side after the work.

The class: a clause in which another party recommends, refers people or work to, books or hires again, or sends work
to the person's side (WordNet synsets in assistant/data/custom_words.txt), told as having happened: the draft states
an impact, and a draft read as criticism only is ``mixed``. Its look-alikes (the writer's own booking, advice
"recommended using ...", directions "referred us to the FAQ", a wish, a condition, a negation, "refer to" = denote,
a participle before a noun) are not custom and stay as they were.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.custom import custom_given
from assistant.analyzers.feedback.draft import _Draft
from assistant.analyzers.feedback.rules import load_feedback_rules


def _read(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted({f.kind for f in report.findings})


def _custom(text: str) -> str | None:
    span = custom_given(_Draft.of(text, load_feedback_rules().scan))
    return text[span[0]:span[1]] if span else None


@pytest.mark.parametrize(("text", "expected"), [
    # dev26-fb-011's form: the praise told only by what the client did next; the fault after it
    ("Your box cushions for the Greys' window seat were cut square and the piping met perfectly at every corner, and "
     "the client sent three neighbours to us. The invoice for that job, though, left out the zips and the extra foam, "
     "so we were 85 pounds short. Next time, please check the materials list against the invoice before it goes out.",
     ("mixed", [])),
    # dev19-fb-027's form: a perfect "have booked" by another party
    ("Ellie, the new nutrition clinic you set up has filled all 24 slots since March, and four owners have booked "
     "follow-ups without prompting. In two of last week's clinics you suggested a diagnosis to the owner ('it sounds "
     "like arthritis') before the vet had seen the dog, and one owner then declined the vet consult. Describe what "
     "you see and recommend a vet appointment, but leave the diagnosis to the vet.", ("mixed", [])),
])
def test_custom_given_makes_criticism_mixed(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "clause"), [
    # dev27-fb-017's form: a clause the parser gives no subject; "now" with a present form
    ("Your edge work on the Hollins bridles, bevelled, dyed and burnished by hand, was good enough that their head "
     "groom now sends us every bridle and headcollar repair in the yard. That is about 30 extra jobs a month since "
     "June.", "was good enough that their head groom now sends us every bridle"),
    # probe forms (half A)
    ("Every single client who has hired SB Painter & Decorator has recommended us to others.",
     "who has hired SB Painter & Decorator has recommended us to others"),
    ("After we shipped, they hired us again, this time for the backend. Two sprints, one client, full-stack proof.",
     "they hired us again"),
    ("The reception mandap photograph became one of the most shared images from any Dubai wedding that season. The "
     "family have since referred three couples to us.", "referred three couples to us"),
    ("Dr. Maik is amazing. He is very receptive and patient. I have recommended him to several people.",
     "I have recommended him to several people"),
])
def test_custom_clause_is_read(text, clause):
    assert _custom(text) == clause


def test_custom_is_the_impact_of_a_positive_draft():
    text = ("Your edge work on the Hollins bridles, bevelled, dyed and burnished by hand, was good enough that their "
            "head groom now sends us every bridle and headcollar repair in the yard. That is about 30 extra jobs a "
            "month since June.")
    report = review_feedback(text)
    assert report.polarity == "positive"
    assert report.structure.impact.present
    assert "missing_impact" not in {f.kind for f in report.findings}


@pytest.mark.parametrize("text", [
    # the writer arranges
    "I have booked us in and it is on your calendar for Thursday.",
    "I have booked us five days in a private overwater villa in the Maldives for our honeymoon.",
    # directions to a source of information; the referral before the work
    "Dochelp referred us to the following blog post.",
    "A chain of friends referred us to Becca, and for that I'm thankful.",
    # advice: recommend + gerund
    "Austin has recommended using a comma.",
    "The startup has recommended using the below API endpoints to make your work easy.",
    # a given thing sent, not work; a wish; a condition; a negation
    "No VT_WAITACTIVE: the kernel now sends us the release signal, which the core loop services next.",
    "We would genuinely rather you used them than booked us again sooner.",
    "Add one if your care team has booked a follow-up.",
    "You haven't referred us to anyone!! Refer someone and view them here.",
    # refer to = denote
    "Traditionally, the term 'form' has referred to a printed document that contains spaces for you to fill in "
    "information.",
    # a participle premodifying a noun (dev14-fb-014's form)
    "Thanks to your triage board the doctors saw all 38 booked patients before noon.",
    # the person's own booking, a reversal with "back", a booking on someone's behalf
    "You booked the venue for the team lunch on Friday.",
    "The shop sent us six back because the texture was still rubbery.",
    "The clinic booked a follow-up for you on Monday.",
    # what was booked in error is a fault's consequence (an object VADER rates bad)
    "Your update on the delayed shipment gave the client the wrong date, and she booked the wrong crane.",
    # no object: how the teachers booked, not whom they engaged (round 28 probe g10)
    "You changed the museum's booking form over the summer without telling the schools team. Three teachers booked "
    "on the old form and their visits were lost.",
    # backstory in a past perfect; the act's time
    "The client had booked us for March, but you arrived a day late.",
    "When the client booked the room, you forgot to prepare the projector.",
])
def test_lookalikes_are_not_custom(text):
    assert _custom(text) is None


def test_constructive_draft_without_custom_stays_constructive():
    text = ("When the client booked the room on 3 May, you forgot to prepare the projector, and the talk started "
            "twenty minutes late. Before each booking, please check the room sheet the day before.")
    assert _read(text)[0] == "constructive"
