"""Round 37 (fb37): a good quality of the work granted before a turn to what is wrong with it.

"Your presentation was engaging, but the slides felt a bit crowded": "but" sets its clause against the one before
(Quirk et al. 1985, 13.41; a concessive "while"/"although" clause likewise, 15.40), and when that clause predicates a
quality VADER rates good of the work (copula + complement), the draft praises and criticises: ``mixed``, whatever words
the turned clause uses. The same turn across a sentence boundary ("... fine for the most part. Some of it could be
better, though"). Not a quality supposed ("would be fine if"), denied ("was not engaging"), the writer's own
experience ("I enjoyed ..."), an event told in the passive ("was agreed but not started"), an acceptability word said of a course of action ("Rebuilding it per render is fine, but
..."), an additive "not only ... but also", or a "but" that leads to something better ("but the best part was ...").
Probe: scripts/feedback_round37_concede_probe.py (outside text, labelled and split before the run)."""

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.concession import conceded_quality, granted_before_turn
from assistant.analyzers.feedback.draft import _Draft


def reading(text: str) -> tuple[str, list[list[str]]]:
    report = review_feedback(text)
    return str(report.polarity), [list(s.functions) for s in report.sentences]


def fires(text: str) -> list[bool]:
    draft = _Draft.of(text)
    return [conceded_quality(draft, i) is not None or granted_before_turn(draft, i) for i in range(len(draft.sentences))]


@pytest.mark.parametrize("text, expected", [
    ("Your presentation was engaging, but the slides felt a bit crowded.", ("mixed", [["praise", "criticism"]])),
    ("The code itself was solid, but the workflow was terrible.", ("mixed", [["praise", "criticism"]])),
    # the turned clause has no criticism word of its own: the contrast makes it the fault
    ("Instructor was engaging, but quizzes were too easy.", ("mixed", [["praise", "criticism"]])),
    # dev9-fb-033 (tune): a concessive clause grants the quality
    ("While your lesson was engaging, incorporating more opportunities for student-led discussions could enhance "
     "their critical thinking skills.", ("mixed", [["next_step", "praise", "criticism"]])),
    # dev25-fb-034 (tune): the turn opens the next sentence ("..., though")
    ("Your mechanical skills are fine for the most part. Some of your customer stuff could be better, though, and a few "
     "things have come back that shouldn't have. Just keep at it, I guess.",
     ("mixed", [["praise"], ["criticism"], ["next_step"]])),
])
def test_a_quality_granted_before_a_turn_is_praise_and_the_turn_criticism(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, expected", [
    # supposed, not granted (a modal verb group)
    ("That would be fine if the characters were engaging, but they are mostly stereotypes with sad faces.",
     ("positive", [[]])),
    # denied
    ("The instructor was not engaging, and their teaching style did not hold my attention.",
     ("constructive", [["behavior", "criticism"]])),
    # additive "not only ... but also"
    ("Your stories are not only engaging but also memorable, staying with children for a lifetime.", ("positive", [[]])),
    # the "but" leads to something better
    ("The trip was fun, but the best part was the local food stall nearby. Authentic taste and very cheap prices!",
     ("positive", [[], []])),
    # an acceptability word said of a course of action permits it
    ("Rebuilding it per render is fine, but the key must be stable for an unchanged question.", ("positive", [[]])),
    # the writer's own experience; the quality is in a relative clause
    ("I enjoyed coming up with solutions that were engaging, but worked within constraints put forth by things like "
     "COPPA.", ("positive", [[]])),
    # a circumstance conceded, then the person's good act
    ("The client was upset, but you stayed calm and walked her through the refund.",
     ("positive", [["behavior", "impact", "praise"]])),
    # clean praise with no turn stays clean
    ("Your report was clear and the figures were right. Thanks for turning it round so fast.",
     ("positive", [["praise"], ["behavior", "praise"]])),
])
def test_look_alikes_keep_their_reading(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Your presentation was engaging, but the slides felt a bit crowded.", [True]),
    ("Your mechanical skills are fine for the most part. Some of your customer stuff could be better, though.",
     [True, False]),
    ("That would be fine if the characters were engaging, but they are mostly stereotypes with sad faces.", [False]),
    ("The instructor was not engaging, but the notes were useful.", [False]),
    ("Your stories are not only engaging but also memorable.", [False]),
    ("The trip was fun, but the best part was the food.", [False]),
    ("Serving it uncached is fine, but the placeholder has to go.", [False]),
    ("A framework such as LangChain is fine, but the program must print the chunks.", [False]),
    ("My blogs were engaging, but the videos?", [False]),
    ("I was happy to help, but the file was missing.", [False]),
    # a passive participle tells an event done to the thing, not a quality (feedback_polarity_probe, "lacking")
    ("The training plan was agreed but not started.", [False]),
    ("Your skills are fine. The new rota starts on Monday.", [False, False]),
])
def test_the_reader_fires_only_on_a_granted_quality_and_a_turn(text, expected):
    assert fires(text) == expected
