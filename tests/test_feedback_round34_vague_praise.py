"""Round 34 (FB-VAGUE): praise that names no behaviour. Two linguistic features, each judged on invented drafts:

* a personality quality exclaimed of the person ("You are so caring", "she has such a calm way about her", "Such a
  gentle presence!") in praise that names no behaviour is a ``trait`` label as well as ``vague`` (the positive-pole
  personality markers of Goldberg 1992 / Saucier 1994 in the exclamative "so"/"such a" frame; rule trait-praised);
* causative "make" with an object and an evaluative complement rated good by VADER ("you made the break room a
  happier place") is a verdict on the object's state, not an act, so it is no behaviour.

Look-alikes stay clean: the quality as the writer's summary of what the person did, praise that goes on to ask for
something, the frame said of a thing or of the writer, and "make" with a means or a neutral result."""

import pytest

from assistant.analyzers.feedback import review_feedback


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return str(report.polarity), sorted({f.kind for f in report.findings})


@pytest.mark.parametrize(("text", "expected"), [
    # a personality exclaimed of the person, no behaviour named: a trait label, vague, no effect
    ("You are so kind and patient with the new volunteers. Keep it up!", ("positive", ["missing_impact", "trait", "vague"])),
    ("Such a gentle presence on the ward!", ("positive", ["missing_impact", "trait", "vague"])),
    ("Marta has such a calm way about her. We are lucky to have her.", ("positive", ["missing_impact", "trait", "vague"])),
    ("Honestly, he is so friendly with the regulars. Thanks for a great summer.",
     ("positive", ["missing_impact", "trait", "vague"])),
    # the object's state judged after causative "make": no act told
    ("You made the break room a happier place.", ("positive", ["missing_impact", "vague"])),
    ("What a summer! The kids adore you, and you made the boathouse a much friendlier place.",
     ("positive", ["missing_impact", "vague"])),
])
def test_praise_of_the_person_is_vague(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the quality summarises an act told with its effect: well formed, clean
    ("You were so patient on Tuesday's call: you waited while Mrs Okafor found her policy number, and she renewed.",
     ("positive", [])),
    ("On Friday you made the Harris client a fresh pot of coffee while she waited, and she stayed to sign the renewal.",
     ("positive", [])),
    ("On Monday you made the checklist two pages shorter, and the night team finished handover ten minutes earlier.",
     ("positive", [])),
    # the frame of a thing or of the writer: no trait
    ("The new till is so friendly to use.", ("positive", ["missing_impact", "vague"])),
    ("I am so patient with the vendor, but it is time to escalate.", ("positive", ["missing_impact", "vague"])),
    # a personality word with no exclamative frame is left to the other rules
    ("You are kind and patient with the new volunteers.", ("positive", ["missing_impact", "vague"])),
    # praise followed by a request is no longer praise only: the quality is not judged as its label
    ("You are so caring with the residents. Please sign the medication chart before you leave the room.",
     ("constructive", ["missing_impact", "vague"])),
])
def test_look_alikes_keep_their_reading(text, expected):
    assert reading(text) == expected


def test_each_praised_quality_is_a_span_of_its_term():
    text = "You are so caring and patient with the kids. Keep it up!"
    spans = [(f.kind, f.start, f.text) for f in review_feedback(text).findings if f.text]
    assert spans == [("trait", 11, "caring"), ("trait", 22, "patient")]
