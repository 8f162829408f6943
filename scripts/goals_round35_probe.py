"""Round 35 probe (goals35): quantities read as something else, scored per labelled criterion and per class.

``evals/probes/round35/goals35.jsonl``: outside goals whose number is a score on a rating scale ("from 6/10
to 8/10", class F), an increment counted by a numeral before "more" ("450,000 more patients", class N) or a count after a
month closed by a comma ("By March, 2000 applicants", class Y), a count of a concrete thing in a broad goal's clause
(class Q), a window counted from each item's event (class W), and look-alikes of each (date ranges written as
fractions, "more" with no numeral, years after a month and a comma). Each row labels only the criteria its class bears on.

    PYTHONPATH=$PWD python scripts/goals_round35_probe.py [-v]
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import sys
from pathlib import Path

from assistant.analyzers.goal import check_goal

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "goals35.jsonl"
TODAY = dt.date(2026, 12, 1)


def rows(path: Path = PROBE) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(verbose: bool = False, path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Rows read right whole and labelled criteria read right, in all and per class and role (``-v``: the misses)."""
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for row in rows(path):
        report = check_goal(row["text"], today=TODAY)
        whole = all(getattr(report.criteria, c).met == e for c, e in row["labels"].items())
        for key in ("rows", f"rows-{row['class']}-{row['role']}"):
            total[key] += 1
            right[key] += whole
        for criterion, expected in row["labels"].items():
            got = getattr(report.criteria, criterion).met
            for key in ("labels", f"labels-{row['class']}-{row['role']}"):
                total[key] += 1
                right[key] += got == expected
            if verbose and got != expected:
                print(f"MISS {row['id']} {criterion} expected {expected}: {row['text']}")
    out = {key: (right[key], total[key]) for key in sorted(total)}
    for key, (r, t) in out.items():
        print(f"{key:19s} {r}/{t}")
    return out


if __name__ == "__main__":
    main("-v" in sys.argv)
