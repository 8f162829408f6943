"""Round 36 (fbabs36): absolutes over the person's own repeated act in a criticism that has no criticism word of its
own.

Two forms. (1) A universal over the person's occasions ("every single time you're on decon", "every single Friday")
in a draft whose criticism is an insult word said of the person's work ("Your work back there is a joke"): the
occasions generalise that ridicule (Stone, Patton & Heen 1999; Quirk et al. 1985, 15.25). (2) "always" over the
person's leaving a thing behind in a place or state ("You always leave soot on the hearth", "You ALWAYS leave the lights
in the house on"): WordNet 3.0 leave 00613701 "leave behind ... by neglect or forgetfulness" and 02635659 "have as a
result or residue", in leave + object + locative/state complement (Quirk 16.45). Not a neutral habit in praise, a
message or thing left for someone, leave = depart, or a good state. Probe: scripts/feedback_round36_absolute_probe.py
(outside text, labelled and split before the run)."""

import pytest

from assistant.analyzers.feedback import review_feedback


def reading(text: str) -> tuple[str, list[tuple[str, str | None]]]:
    report = review_feedback(text)
    return str(report.polarity), sorted((f.kind, f.text) for f in report.findings if f.kind in ("absolute", "harsh"))


@pytest.mark.parametrize("text, expected", [
    # dev24-fb-010 and dev18-fb-020 (tune): the draft's criticism is "a joke"; the universal generalises it
    ("Every single time you're on decon, the sinks are left filthy. Your work back there is a joke.",
     ("constructive", [("absolute", "Every single time"), ("harsh", "a joke")])),
    ("Your ticket times are a joke. Every single Friday the grill is in the weeds because of you.",
     ("constructive", [("absolute", "Every single"), ("harsh", "a joke")])),
])
def test_a_universal_over_occasions_generalises_the_drafts_ridicule(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the insult is said of a third party, not of the person's work: the occasions are a plain frequency
    ("Every single time the client called, you picked up within minutes. Their old supplier was a joke.",
     ("constructive", [("harsh", "a joke")])),
    # no insult in the draft: a frequency, not a generalised criticism
    ("Every single time you're on the desk, the queue moves. Thanks for covering.", ("positive", [])),
    # a bare period with no person's act in the sentence
    ("Your ticket times are a joke. Every single Friday the grill is busy.", ("constructive", [("harsh", "a joke")])),
])
def test_a_universal_without_the_persons_ridiculed_work_stays_unflagged(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, span", [
    ("You always leave soot on the hearth, every single job.", "always"),  # dev25-fb-018 (tune)
    ("You ALWAYS leave the lights in the house on.", "ALWAYS"),  # midlandareawellbeing.org (probe half B)
    ("He always leaves dirty mugs in the sink.", "always"),
    ("You left the door open. You always leave the door open.", "always"),
])
def test_always_leaving_a_thing_behind_is_a_generalised_criticism(text, span):
    assert reading(text) == ("constructive", [("absolute", span)])


@pytest.mark.parametrize("text", [
    "You always leave them with something they can do right now.",  # left with: a result given, not left behind
    "How you always leave the last bite for me.",  # left for someone
    "You always leave the salon with your hair styled.",  # leave = depart
    "You always leave the workshop in perfect order.",  # a good state
    "You always leave the office at six.",  # the place departed from
    "She always leaves a handover note on the desk for the night shift.",  # a message left for someone
    "On the counter. Where you always leave them.",  # no complement after the object
    "You're always quick to answer and follow up on emails.",  # a neutral habit in praise (zippia)
    "Always manages their time well and is extremely well-organized.",
])
def test_look_alikes_of_leaving_and_habits_in_praise_get_no_absolute(text):
    assert reading(text)[1] == []


@pytest.mark.parametrize("text, span", [
    # theexecutiveadvisory.com (probe half A): the writer's "I have to" is no request to the person; the reason clause
    # after it asserts the person's act
    ("Every time you send me an email, I always have to correct your information because you never get the million "
     "and one skus correct.", "never"),
    ("You need to call finance and make sure every single digit is double and triple-checked, because every single "
     "time you send figures they are wrong.", "every single time"),
])
def test_an_absolute_in_a_reason_clause_after_a_request_is_asserted(text, span):
    assert reading(text) == ("constructive", [("absolute", span)])


@pytest.mark.parametrize("text", [
    "Please always copy me, because the regulator asks.",
    "Please make sure you always copy me.",
    "Always double-check the totals.",
])
def test_absolutes_inside_a_request_stay_unflagged(text):
    assert reading(text)[1] == []


@pytest.mark.parametrize("text, expected", [
    # dev15-fb-034 (tune) and set C (a game server's kick reason): the cessative imperative presupposes the
    # addressee's habit, which the absolute generalises
    ("Stop making excuses all the time.", ("constructive", [("absolute", "all the time")])),
    ("stop complaining all the time", ("constructive", [("absolute", "all the time")])),
    ("Quit blaming the warehouse every time an order is late.", ("constructive", [("absolute", "every time")])),
    # the act stopped is no fault: no absolute
    ("Stop apologising every time you ask a question.", ("constructive", [])),
    ("Please stop worrying about it all the time.", ("constructive", [])),
    ("Stop by any time you need help with the rota.", ("positive", [])),
])
def test_a_cessative_imperative_over_a_faulted_habit(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, expected", [
    # dev21-fb-026 (tune): "take forever" is a length (WordNet 3.0 forever 00089076), no absolute; still a criticism
    ("Your tickets take forever and your replies are garbage.", ("constructive", [("harsh", "garbage")])),
    ("Your reports take forever.", ("constructive", [])),
    # dev20-fb-004 (tune): the universal over the person's calls generalises their slowness
    ("You are always on hold with somebody. Every single call takes you forever.",
     ("constructive", [("absolute", "Every single")])),
    # the habit sense (00020280) stays an absolute; a thing that took long is not the person's work
    ("He is forever complaining about the rota.", ("constructive", [("absolute", "forever")])),
    ("The refund took forever to come through, but you kept the customer informed.", ("positive", [])),
])
def test_forever_of_duration_is_no_absolute_but_the_persons_slowness_is_criticism(text, expected):
    assert reading(text) == expected
