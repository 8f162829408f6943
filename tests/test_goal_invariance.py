"""What a goal names does not depend on wording the labelling guides' definitions ignore.

Every one-sentence imperative goal of the outside rounds' tuning halves is rewritten in ways that change no
criterion's meaning (a subject and a modal, a fronted deadline, an opening adverb, number words for digits, a
label or numbering); the specific verdict must not move, nor the measurable one unless a date was added (a
date may give an artefact a done state)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from assistant.analyzers.goal import check_goal, load_rules

TODAY = dt.date(2026, 12, 1)
ROOT = Path(__file__).resolve().parent.parent
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                10: "ten", 12: "twelve", 15: "fifteen", 20: "twenty", 25: "twenty-five", 30: "thirty", 50: "fifty"}


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:]


REWRITES = {
    "we will": lambda t: "We will " + _lower_first(t),
    "our team will": lambda t: "Our team will " + _lower_first(t),
    "bullet": lambda t: "- " + t,
    "goal label": lambda t: "Goal: " + t,
    "numbered": lambda t: "1. " + t,
    "successfully": lambda t: "Successfully " + _lower_first(t),
    "number words": lambda t: re.sub(r"(?<![\d.,/$])\b(\d{1,2})\b(?![\d.,/%:])",
                                     lambda m: NUMBER_WORDS.get(int(m.group(1)), m.group(1)), t),
    "fronted deadline": lambda t: "By June 2027, " + _lower_first(t),
    "fronted year": lambda t: "In 2027, " + _lower_first(t),
}
DATED = {"fronted deadline", "fronted year"}


def _goals() -> list[str]:
    goals = []
    for path in sorted((ROOT / "evals").glob("dev*/goals.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            text = item["text"].strip()
            if item["split"] != "tune" or ". " in text or ":" in text or not text.endswith(".") or len(text) > 220:
                continue
            first = text.split()[0].lower()
            if first in ("we", "i", "you", "you'll", "the", "each", "by", "in", "every", "our", "all", "there") or (
                    first[0].isdigit()):
                continue  # only imperative goals take a subject and a modal
            goals.append(text)
    return goals


@pytest.mark.parametrize("name", sorted(REWRITES))
def test_specific_and_measurable_do_not_depend_on_neutral_wording(name: str) -> None:
    rules = load_rules()
    moved = []
    for text in _goals():
        before = check_goal(text, today=TODAY, rules=rules).criteria
        after = check_goal(REWRITES[name](text), today=TODAY, rules=rules).criteria
        if before.specific.met != after.specific.met or (
                name not in DATED and before.measurable.met != after.measurable.met):
            moved.append(REWRITES[name](text))
    assert len(_goals()) > 90
    assert moved == []
