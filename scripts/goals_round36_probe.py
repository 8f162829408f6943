"""Round 36 probe (goals36): negation as a zero count, scored per labelled criterion and per half.

``evals/probes/round36/goals36.jsonl``: real goals that state a zero by negation ("No lost time injuries in a year",
"Ensure that no customer needs to repeat ...", "Make it an entire year without any injuries"; class ``negation``),
controls written with zero or perfect (``zero_control``) and look-alikes that must keep their verdicts (``lookalike``:
"no more than two complaints", shares below 100%, rules of conduct at each event). Each row labels only the criteria
its class bears on; ``half`` is ``tune`` (the fixes were written on it) or ``untouched`` (split by a seeded shuffle,
``random.Random(36036)``, before any run).

    PYTHONPATH=$PWD python scripts/goals_round36_probe.py [-v]
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import sys
from pathlib import Path

from assistant.analyzers.goal import check_goal

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "goals36.jsonl"
TODAY = dt.date(2026, 12, 1)


def rows(path: Path = PROBE) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(verbose: bool = False, path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Labelled criteria read right, per half and per half and class (``-v``: the misses)."""
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for row in rows(path):
        criteria = check_goal(row["text"], today=TODAY).criteria
        misses = [c for c, e in row["labels"].items() if getattr(criteria, c).met != e]
        for key in (row["half"], f"{row['half']}-{row['class']}"):
            total[key] += len(row["labels"])
            right[key] += len(row["labels"]) - len(misses)
        if verbose and misses:
            print(f"{row['id']} {row['half']} {row['class']}: wrong {misses}: {row['text']}")
    figures = {key: (right[key], total[key]) for key in sorted(total)}
    for key, (ok, n) in figures.items():
        print(f"{key}: {ok}/{n}")
    return figures


if __name__ == "__main__":
    main("-v" in sys.argv)
