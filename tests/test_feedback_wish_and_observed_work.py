"""A comparative of degree wished for or asked of the person is criticism, however politely put; the request is its
step (dev20's ruling). Look-alikes: comparatives told of what happened, more of the same, a noun after 'order'.
The person's work as the subject of what it did or had, with a concrete detail, names the behaviour; a judgement of
the work does not.

Texts written fresh for these tests (warehouse, shop-floor and loading-bay notes in the style of the round 33 probe,
evals/probes/round33/fbvague33_probe.jsonl); none is copied from a dev set."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import load_feedback_rules, review_feedback
from assistant.text import is_comparative, may_be_verb_base
from tests.fixtures.feedback import reading_with_step

RULES = load_feedback_rules()


_reading = reading_with_step


@pytest.mark.parametrize(("text", "expected"), [
    # a modal addressed to the person, an imperative after hedges, a question: each asks for a better degree
    ("Perhaps you could be a little faster closing out the tills.",
     ("constructive", ["missing_impact", "vague"], "Perhaps you could be a little faster closing out the tills.")),
    ("Maybe just be a touch more careful with the labels?",
     ("constructive", ["missing_impact", "vague"], "Maybe just be a touch more careful with the labels?")),
    ("Could you maybe be a bit tidier with the cables, Sam?",
     ("constructive", ["missing_impact", "vague"], "Could you maybe be a bit tidier with the cables")),
])
def test_comparative_wish_is_criticism_and_its_step(text, expected):
    assert _reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a comparative told of what the person did, more of the same, and 'number' after 'order' stay praise
    ("You packed more boxes than anyone on Tuesday, and the van left early.", ("positive", [], None)),
    ("Keep getting the boxes packed faster.",
     ("positive", ["missing_impact", "vague"], "Keep getting the boxes packed faster")),
    ("You noted the customer's name and order number, then called her back.", ("positive", ["missing_impact"], None)),
    ("More of this, please.", ("positive", ["missing_impact", "vague"], "please")),
])
def test_comparatives_outside_a_wish_stay_praise(text, expected):
    assert _reading(text) == expected


def test_comparative_and_verb_base_by_their_inflections():
    words = "quicker tidier later closer bigger more better manager order water never other"
    assert [w for w in words.split() if is_comparative(w)] == ["quicker", "tidier", "later", "closer", "bigger", "more",
                                                               "better"]
    words = "pick check be try tidy stop make great lovely thanks maybe the faster"
    assert [w for w in words.split() if may_be_verb_base(w)] == ["pick", "check", "be", "try", "tidy", "stop", "make"]


def _behaviour(text: str) -> tuple[str, list[str], str | None]:
    report = review_feedback(text, rules=RULES)
    return report.polarity, sorted({f.kind for f in report.findings}), report.structure.behavior.evidence


@pytest.mark.parametrize(("text", "expected"), [
    # the person's work as the subject of what it did or had, a concrete detail after the verb: behaviour observed
    ("Your handover sheet on the Corby line had every open fault with its ticket number, and the night shift "
     "restarted the filler without calling you.",
     ("positive", [], "Your handover sheet on the Corby line had every open fault with its ticket number")),
    ("Your sketch for the Patel kitchen showed the gas meter behind the new units, and the fitters moved it before "
     "the worktops arrived.",
     ("positive", [], "Your sketch for the Patel kitchen showed the gas meter behind the new units")),
])
def test_observed_work_names_the_behaviour(text, expected):
    assert _behaviour(text) == expected


@pytest.mark.parametrize("text", [
    # a judgement of the work, a quality of the person, a group's act or a feeling names no behaviour
    "Your proofs have been sloppy lately.",
    "Your efforts made a real difference to the whole team.",
    "Your team closed the ticket backlog in March.",
    "Your window display was lovely and everyone commented on it.",
    "Your co-workers appreciate you a lot for your outstanding performance.",
])
def test_judged_work_stays_vague(text):
    assert "vague" in {f.kind for f in review_feedback(text, rules=RULES).findings}
