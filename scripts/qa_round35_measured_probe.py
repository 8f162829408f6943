"""Probes of round 35 (qaabstain35), outside text with its sources:

* ``evals/probes/round35/qaabstain35_measured_thing.jsonl``: the thing a measure question asks about when it stands
  outside the measure's own phrase. For each question, the asked thing of each clause
  (:func:`assistant.qa.check.asked_thing`); an item passes when one clause's thing is the expected words (case
  ignored).
* ``evals/probes/round35/qaabstain35_percent_value.jsonl``: whether a sentence gives the percentage a question asks
  for (:func:`assistant.qa.check.holds`): the word "percent(age)" with no value does not.

Prints each item and the pass count per probe and role.

    PYTHONPATH=$PWD python scripts/qa_round35_measured_probe.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.qa.check import answer_type, asked_thing, holds
from assistant.qa.focus import analyse

FOLDER = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35"
PROBE = FOLDER / "qaabstain35_measured_thing.jsonl"
PERCENT_PROBE = FOLDER / "qaabstain35_percent_value.jsonl"


def main() -> int:
    tally: dict[str, list[int]] = {}
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        asked = analyse(row["question"])
        things = [[w.casefold() for w in asked_thing(c.text, asked.names)] for c in asked.clauses]
        expected = [w.casefold() for w in row["expect_thing"]]
        ok = expected in things if expected else all(not t for t in things)
        counts = tally.setdefault(row["role"], [0, 0])
        counts[0] += ok
        counts[1] += 1
        print(f"{'ok  ' if ok else 'MISS'} {row['id']} {things} {row['question']}")
    for line in PERCENT_PROBE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        held = holds(answer_type(row["question"]), row["text"], row["question"])
        ok = held == row["expect_holds"]
        counts = tally.setdefault(f"percent {row['role']}", [0, 0])
        counts[0] += ok
        counts[1] += 1
        print(f"{'ok  ' if ok else 'MISS'} {row['id']} held={held} {row['text'][:90]}")
    for role, (passed, total) in tally.items():
        print(f"{role}: {passed}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
