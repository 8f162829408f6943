"""A negative predicate in a restrictive "who" relative clause on another party ("the old man who kept shouting for
the nurse", "the lady who had been mugged", "the patient who was frightened and confused", "the resident who did not
feel well") is said of that party: it identifies whom the praised act dealt with and is neither the person's fault
nor an effect of their act (Quirk et al. 1985, 17.3-17.15; Huddleston & Pullum 2002, 12.3). Look-alikes stay
criticism: the negative word in the main clause ("You snapped at the customer who was waiting"), the person as the
antecedent ("He is a manager who never listens", "You were the one who was late"), the person or their work named
inside the relative ("the customer who complained about your tone"), a non-restrictive clause on the person ("Tom,
who was late again, ...").

Texts written fresh for these tests; none is copied from a dev set. The probe of outside text is
evals/probes/round35/fbother35.jsonl (README there)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

RULES = load_feedback_rules()
PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "fbother35.jsonl"


def _reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text, rules=RULES)
    return report.polarity, sorted({f.kind for f in report.findings})


@pytest.mark.parametrize(("text", "expected"), [
    ("She was so gentle with the old man who kept shouting for the nurse.",
     ("positive", ["missing_impact", "trait", "vague"])),
    ("You stayed calm with the customer who was swearing at the till.", ("positive", ["missing_impact"])),
    ("How patient he was with the driver who, when he wasn't complaining, was asking for directions.",
     ("positive", ["missing_impact", "vague"])),
    # a second predicate coordinated inside the relative shares its subject
    ("You were so kind to the patient who was frightened and confused.", ("positive", [])),
    # a negated predicate of the other party
    ("Thank you for sitting with the resident who did not feel well until her daughter arrived.",
     ("positive", ["missing_impact"])),
    # the harm told of the served party is no adverse account of the person's act
    ("You carried the bags for the lady who had been mugged and was still scared to go out alone.", ("positive", [])),
])
def test_negative_predicate_of_another_party_in_a_relative_is_not_criticism(text, expected):
    assert _reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("You snapped at the customer who was waiting.", ("constructive", ["missing_action", "missing_impact"])),
    ("She was rude to the man who asked.", ("constructive", ["missing_action", "missing_impact", "trait", "vague"])),
    ("He is a manager who never listens.", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("You were the one who was late.", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("You ignored the customer who complained about your tone.",
     ("constructive", ["missing_action", "missing_impact"])),
    ("Tom, who was late again, missed the briefing.", ("constructive", ["missing_action", "missing_impact", "vague"])),
])
def test_look_alikes_stay_criticism(text, expected):
    assert _reading(text) == expected


def test_probe_of_outside_text():
    items = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    wrong = [item["id"] for item in items
             if (review_feedback(item["text"], rules=RULES).polarity == "positive") != (item["expect"] == "positive")]
    # n05 ("swore at"), n08 ("verbally abusive to"): criticism words the lexicon lacks, another class (recall);
    # t04: a generic conditional ("If sepsis is not treated early, it can ... kill you") before the thanks, open
    assert wrong == ["n05", "n08", "t04"]
