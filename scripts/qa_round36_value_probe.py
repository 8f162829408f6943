"""Sentence-level probe of the value-of-another-thing class (round 36, QV qavalue36): each row of
evals/probes/round36/qavalue36.jsonl reads an outside sentence against a value question; the sentence answers when
it holds the asked answer type (``check.holds``) and, after the change, not every value of the asked kind in it
belongs to another noun than the asked thing (``check.value_of_other``, read with the question's names as the pipeline reads them). ``--before`` leaves the second test out.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round36_value_probe.py [--before]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.qa.check import holds, value_of_other
from assistant.qa.focus import analyse

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round36" / "qavalue36.jsonl"

if __name__ == "__main__":
    before = "--before" in sys.argv
    counts: dict[str, list[int]] = {}
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        asked = analyse(row["question"])
        clause, kind = asked.clauses[0].text, asked.clauses[0].kind
        answers = holds(kind, row["sentence"], row["question"]) and (
            before or not value_of_other(row["sentence"], clause, kind, asked.names))
        ok = answers == (row["expect"] == "answer")
        tally = counts.setdefault(row["role"], [0, 0])
        tally[0] += ok
        tally[1] += 1
        if not ok:
            print(f"  miss {row['id']} ({row['role']}, {kind}): {row['question']!r} -> {'answer' if answers else 'not'}")
    for role, (passed, total) in counts.items():
        print(f"{role}: {passed}/{total}")
