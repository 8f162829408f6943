"""The person's act told only in a contact relative clause ("the rota you drew up", "what you did") says which thing a
sentence judges; when the sentence says nothing of that thing but a verdict, the draft names no behaviour (vague).
Look-alikes keep their act: a concrete predicate, a thing named plainly, an act told after the relative verb, the
indirect object of a telling verb, a time ("the week you covered the desk"). An idiom of success ("you nailed it",
"knocked it out of the park") names no act either; the same verbs used literally do.

Texts written fresh for these tests (stockroom, rota and care notes); none is copied from a dev set. The probe of
outside text is evals/probes/round35/fbvague35_identifying_relative.jsonl (README there)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

RULES = load_feedback_rules()
PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "fbvague35_identifying_relative.jsonl"


def _reading(text: str) -> tuple[str, list[str], str | None]:
    report = review_feedback(text, rules=RULES)
    return report.polarity, sorted({f.kind for f in report.findings}), report.structure.behavior.evidence


@pytest.mark.parametrize(("text", "expected"), [
    # a linking verb and a bare quality, or a contempt word, after the relative clause: a verdict on the thing
    ("The rota you drew up was excellent.", ("positive", ["missing_impact", "vague"], None)),
    ("That quote you sent the customer is rubbish.",
     ("constructive", ["harsh", "missing_action", "missing_impact", "vague"], None)),
    # the thing named by a word VADER rates, and nothing after the relative verb but where and when
    ("Thanks for the brilliant work you did this week.", ("positive", ["missing_impact", "vague"], None)),
    ("My thanks for the wonderful care you gave my father on the night shift.",
     ("positive", ["missing_impact", "vague"], None)),
    # a nominal relative clause judged the same way
    ("What you did at the stocktake was outstanding.", ("positive", ["missing_impact", "vague"], None)),
])
def test_act_that_only_identifies_the_judged_thing_is_no_behaviour(text, expected):
    assert _reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The rota you drew up covered every Saturday in March without overtime.",
     ("positive", ["missing_impact"], "The rota you drew up covered every Saturday in March without overtime")),
    ("The quote you sent the customer had last year's prices on page two.",
     ("positive", ["missing_impact"], "The quote you sent the customer had last year's prices on page two")),
    ("Thanks for the shelving plan you drew for the new store.",
     ("positive", ["missing_impact"], "Thanks for the shelving plan you drew for the new store")),
    ("Thanks for the help you gave me with the stocktake.",
     ("positive", ["missing_impact"], "Thanks for the help you gave me with the stocktake")),
    ("Thanks for the great care you took relabelling every pallet in bay four.",
     ("positive", ["missing_impact"], "Thanks for the great care you took relabelling every pallet in bay four")),
    ("The excellent summary you wrote to brief the night team listed every open ticket.",
     ("positive", ["missing_impact"],
      "The excellent summary you wrote to brief the night team listed every open ticket")),
    ("You told the driver you had loaded the van.",
     ("positive", ["missing_impact"], "You told the driver you had loaded the van")),
    ("The week you covered the front desk, every parcel went out the same day.",
     ("positive", [], "The week you covered the front desk")),
    ("The forklift course you've finished was excellent and the yard team now books you first.",
     ("positive", [], "The forklift course you've finished was excellent")),
])
def test_look_alikes_keep_the_act(text, expected):
    assert _reading(text) == expected


def test_probe_figures():
    """The probe's drafts read as vague: every identifying-relative draft of the first set and 5 of the 8 of the check
    set; of the 13 look-alikes only fbv35-036 ("You did a good job with the analysis on page 2", flagged before this
    change too)."""
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    flagged = {r["id"] for r in rows if any(f.kind == "vague" for f in review_feedback(r["text"], rules=RULES).findings)}
    wrong = sorted(r["id"] for r in rows if (r["id"] in flagged) != r["vague"])
    assert len(rows) == 36
    assert wrong == ["fbv35-025", "fbv35-029", "fbv35-030", "fbv35-036"]


IDIOM_PROBE = PROBE.parent / "fbvague35_success_idioms.jsonl"


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of striking with the empty object "it": an idiom of success, a verdict with no act named
    ("You nailed it at the stocktake.", ("positive", ["missing_impact", "vague"], None)),
    ("You absolutely smashed it on the night shift.", ("positive", ["missing_impact", "vague"], None)),
    ("You hit it out of the park with the rota.", ("positive", ["missing_impact", "vague"], None)),
    ("You aced it.", ("positive", ["missing_impact", "vague"], None)),
])
def test_success_idiom_is_no_behaviour(text, expected):
    assert _reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same verbs with a thing as object, "it" fixed somewhere, or "hit it" without the park
    ("You nailed the skirting board on the north wall.",
     ("positive", ["missing_impact"], "You nailed the skirting board on the north wall")),
    ("You nailed it to the post by the gate.",
     ("positive", ["missing_impact"], "You nailed it to the post by the gate")),
    ("You nailed it in place.", ("positive", ["missing_impact"], "You nailed it in place")),
    ("You hit it twice with the van.", ("positive", ["missing_impact"], "You hit it twice with the van")),
])
def test_literal_uses_keep_the_act(text, expected):
    assert _reading(text) == expected


def test_idiom_probe_figures():
    """Of the 10 idiom drafts 6 read vague (the other four name an act elsewhere, by the rules or the learned layer);
    the 3 literal look-alikes stay clean of it."""
    rows = [json.loads(line) for line in IDIOM_PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    flagged = {r["id"] for r in rows if any(f.kind == "vague" for f in review_feedback(r["text"], rules=RULES).findings)}
    wrong = sorted(r["id"] for r in rows if (r["id"] in flagged) != r["vague"])
    assert len(rows) == 13
    assert wrong == ["fbv35i-004", "fbv35i-005", "fbv35i-006", "fbv35i-007"]
