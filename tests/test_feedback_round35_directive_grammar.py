"""Round 35 (FS): a next step found by the grammar of a directive, not by its verb (probe:
evals/probes/round35/fbsteps35.jsonl, outside instructions and look-alikes). A word whose usual part of speech is the
verb (WordNet 3.0 tagged-sense counts, assistant/data/verb_dominant.txt) opening a clause in its bare form is an
imperative even where its object has no determiner ("Gather specific examples ...", "Rinse hands ...") or where the
clause reader took it for a noun subject ("Scan every ticket however long the line is"); "you must" with an act is an
obligation addressed to the person. Look-alikes stay no step: a name with its verb ("Mark writes ..."), a noun subject
("Report deadlines ..."), a description of others' duty ("Staff must wear this ..."), a guess or a state with "must"
("You must be so proud"), a narrative, and a sign or someone's words quoted inside the writer's account."""

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.review import _analyse
from assistant.analyzers.feedback.rules import load_feedback_rules


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return str(report.polarity), sorted({f.kind for f in report.findings})


def step(text: str) -> str | None:
    span = _analyse(text, load_feedback_rules()).evidence["next_step"]
    return text[span[0]:span[1]] if span else None


@pytest.mark.parametrize(("text", "expected"), [
    # the clause reader's noun subject is the imperative's verb and object
    ("Twice last week the gate let riders through unscanned. Scan every ticket however long the line is.",
     "Scan every ticket however long the line is"),
    ("You left the guard off on Monday. Tag out the saw before you change the blade.",
     "Tag out the saw before you change the blade"),
    # a bare noun object after a verb by its usual part of speech
    ("Gather specific examples of performance (both positive and areas for development) throughout the review period.",
     "Gather specific examples of performance"),
    ("Rinse hands thoroughly under running water.", "Rinse hands thoroughly under running water"),
    # a modal of obligation addressed to the person
    ("In other words, you must check the call numbers of the item on the left and the item on the right of the one "
     "you wish to shelve.", "you must check the call numbers of the item on the left"),
    ("You must wash your hands and put on gloves before touching the food.",
     "You must wash your hands and put on gloves before touching the food"),
])
def test_directives_are_steps(text, expected):
    assert step(text) == expected


@pytest.mark.parametrize("text", [
    "Mark writes really terse emails. It seems like he's mad all the time.",
    "Staff must wear this for identification in a visible location.",
    "The outgoing shift must acknowledge that all relevant information has been passed on to the incoming shift.",
    "You must be so proud of the new shop.",
    "You must have worked all weekend on this.",
    "Today the appliance man flipped that flap back into its proper alignment.",
    "Staff on the night shifts reshelve the books to balance the work load since the day shifts do the mail.",
    "I have finally gotten permission from the boss lady to put a sign on that door saying, \"Please use other door.\"",
    "Or maybe they're reading the other sign that says, \"Employees must wash hands before returning to work.\"",
    "Great job this year. Keep smiling!",
    "Support tickets were closed faster this quarter.",
])
def test_look_alikes_are_no_steps(text):
    assert step(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("On Saturday the gate let eleven riders board without a scan, and the ticket office had to write off the rides. "
     "Scan every ticket however long the line is.", ("constructive", ["vague"])),
    ("You must be so proud of the new shop.", ("mixed", ["missing_action", "missing_impact", "vague"])),
    ("Mark writes really terse emails. It seems like he's mad all the time.",
     ("constructive", ["absolute", "missing_action", "missing_impact", "vague"])),
])
def test_whole_readings(text, expected):
    assert reading(text) == expected


# Round 35 (FS), dev24's trait class: a personality adjective of a person noun said of the person in praise that names
# no behaviour is a trait, as the exclamative "so caring" (probe: evals/probes/round35/fbsteps35_praised_person.jsonl).
@pytest.mark.parametrize(("text", "expected"), [
    ("She is a very friendly person.", ("positive", ["missing_impact", "trait", "vague"])),
    ("Emma is a warm and caring person who loves deep conversations.",
     ("positive", ["missing_impact", "trait", "vague"])),
    ("Beyond the work itself, Srini is a kind and patient person who brings a positive attitude day in and day out!",
     ("positive", ["missing_impact", "trait", "vague"])),
    ("Mainly thankful to Director Mr. Teki Rajiv garu, who is a very humble person.",
     ("positive", ["missing_impact", "trait", "vague"])),
    # look-alikes: the quality of no person, or no personality term
    ("Thank you for the warm welcome! I'm looking forward to exploring the platform.",
     ("positive", ["missing_impact", "vague"])),
    ("This is a friendly reminder of your incomplete tasks as of today.",
     ("mixed", ["missing_action", "missing_impact", "vague"])),
    ("Your teacher is Nora Scott. She is from Ireland. She is a very good teacher.",
     ("positive", ["missing_impact", "vague"])),
    ("Overall, it was a positive experience collaborating with engineering at a closer level.",
     ("positive", ["missing_impact", "vague"])),
])
def test_personality_of_a_person_noun_is_a_trait(text, expected):
    assert reading(text) == expected


# Round 35 (FS): "keep doing what you're doing" asks for the pro-verb 'do' with a free relative of 'do' as its object,
# which names no act (probe: evals/probes/round35/fbsteps35_do_what_you_do.jsonl); an act named beside it is still
# the step, and "continue to log your steps" names one.
@pytest.mark.parametrize(("text", "expected"), [
    ("You're in a good place today. Keep doing what you're doing.", None),
    ("Please continue doing what you are doing!", None),
    ("It may feel like these words are infinite, but no! Continue doing what you are doing and you'll little by little "
     "fill in all the missing gaps.", None),
    ("Keep doing what you're doing, and maybe add one fun activity you enjoy!",
     "and maybe add one fun activity you enjoy"),
    ("Continue doing what you are doing. If you ever feel minor stress creeping in, explore our self-help blogs.",
     "explore our self-help blogs"),
    ("Review the all of the support strategies and tools that are available to you at RISE@Work. Continue to log your "
     "steps and collect Achievement Badges.",
     "Review the all of the support strategies and tools that are available to you at RISE@Work"),
])
def test_doing_what_you_do_is_no_step(text, expected):
    assert step(text) == expected


def test_a_vague_continuation_in_a_mixed_draft_asks_for_no_step():
    text = ("You're doing well on most things this year. Some of the leather work hasn't been up to the standard we "
            "expect, though. Overall, keep doing what you're doing, just a bit better, and the new year should be a "
            "good one.")
    assert reading(text) == ("mixed", ["missing_action", "missing_impact", "vague"])


@pytest.mark.parametrize(("text", "expected"), [
    ("Count vials", "Count vials"),
    ("Wear gloves.", "Wear gloves"),
    ("Keep smiling!", None),
    ("Great results.", None),
    ("Many thanks.", None),
])
def test_a_plural_noun_alone_is_an_imperative_object(text, expected):
    assert step(text) == expected


@pytest.mark.parametrize("text", [
    "His emails to clients are sometimes curt and contain typos.",
    "His emails to clients are sometimes curt and contain spelling errors.",
])
def test_a_verb_sharing_the_subject_after_and_is_no_imperative(text):
    assert step(text) is None
