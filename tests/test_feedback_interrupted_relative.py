"""A "who" relative clause on another party interrupted by a medial adverbial clause ("the gentleman who, when he
wasn't moaning, was calling for help"): the medial clause and the predicate resumed after it are said of the
relative's antecedent, not of the person (Quirk et al. 1985, 15.16-15.17, 17.10; Huddleston & Pullum 2002, 8.11).
Look-alikes stay criticism: the negative act in the main clause ("She snapped at the man who, when he asked twice,
..."), the person inside the medial clause ("when you were late", "when she was late again" in a draft about her),
the person as the antecedent ("You are the one who, when things go wrong, ...").

Also verbal aggression aimed at a person, "swore at" / "cursed at" (Glomb & Liao 2003, the Aggressive Experiences
Scale; Neuman & Baron 1998), is criticism; the oath senses ("swore to the manager that ...", "swore in the new
volunteers") and a thing cursed are not.

Texts written fresh for these tests; none is copied from a dev set. The outside probe is
evals/probes/round35/fbother35b.jsonl (README fbother35b.README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

RULES = load_feedback_rules()
PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "fbother35b.jsonl"


def _reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text, rules=RULES)
    return report.polarity, sorted({f.kind for f in report.findings})


@pytest.mark.parametrize(("text", "expected"), [
    ("She was so patient with the gentleman who, when he wasn't moaning, was calling for help.",
     ("positive", ["missing_impact", "trait", "vague"])),
    ("You stayed calm with the visitor who, while the alarm was sounding, was shouting at the staff.",
     ("positive", ["missing_impact"])),
    # a predicate coordinated inside the medial clause shares its subject
    ("You were lovely with the resident who, although she was confused and upset, wanted to go home.",
     ("positive", ["missing_impact", "vague"])),
    ("How gentle you were with the boy who, when the needle went in, started screaming!",
     ("positive", ["missing_impact", "vague"])),
])
def test_interrupted_relative_on_another_party_is_not_criticism(text, expected):
    assert _reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She snapped at the man who, when he asked twice, was told to wait.", ("constructive", ["missing_action"])),
    ("You were patient with the customer who, when you were late, complained.",
     ("constructive", ["missing_action", "missing_impact"])),
    # "she" is the person's pronoun in the main clause: her own lateness in the middle
    ("She was calm with the man who, when she was late again, complained.",
     ("mixed", ["missing_action", "missing_impact"])),
    ("You are the one who, when things go wrong, blames the team.",
     ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("You ignored the caller who, when the line dropped, rang back angry.",
     ("constructive", ["missing_action", "missing_impact"])),
    # the person's work named in the medial clause
    ("He met the manager who, when his figures were wrong again, had to redo the forecast.",
     ("constructive", ["missing_action", "missing_impact"])),
])
def test_interrupted_relative_look_alikes_stay_criticism(text, expected):
    assert _reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("You swore at a customer in front of the queue.", ("constructive", ["missing_action", "missing_impact"])),
    ("He cursed at the new starter.", ("constructive", ["missing_action", "missing_impact"])),
    ("He swore at the passenger who asked for directions.", ("constructive", ["missing_action", "missing_impact"])),
    ("You swore to the manager that the count was right, and it was.", ("positive", ["missing_impact"])),
    ("He swore in the new volunteers and welcomed them warmly.", ("positive", ["missing_impact"])),
    ("She cursed the weather but finished the route on time.", ("positive", [])),
])
def test_swearing_at_a_person_is_criticism_and_the_oath_is_not(text, expected):
    assert _reading(text) == expected


def test_probe_of_outside_text():
    items = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    wrong = [item["id"] for item in items
             if (review_feedback(item["text"], rules=RULES).polarity == "positive") != (item["expect"] == "positive")]
    # p04: "cranky" in the medial clause is flagged as a trait (the trait check, not this clause reading); n02:
    # "screaming at" is not on the harm-verb list; n06: "The driver swore at ...": a noun-phrase subject is not
    # read as the person in a draft with no name or pronoun for them
    assert wrong == ["p04", "n02", "n06"]
