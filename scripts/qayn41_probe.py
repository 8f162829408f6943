"""Probe qayn41: does ``check.asks_yes_no`` read a yes/no question after a fronted adverbial clause?

``evals/probes/round41/qayn41.jsonl``: outside questions (``yes_no`` true: an auxiliary-initial main clause after a
fronted "if / when / before / after ..." clause) and look-alikes with the same openings (a wh-question, a declarative
or an imperative main clause, an interrogative "when"). Prints right/total per half and per half and role; ``-v``
lists half A's misses, ``--untouched`` adds half B (read once, at the end).

    PYTHONPATH=$PWD python scripts/qayn41_probe.py [-v] [--untouched]
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from goals_probe_io import read_jsonl_rows, tally  # scripts/ is on the path when a script runs

from assistant.qa.check import asks_yes_no

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "qayn41.jsonl"


def figures(halves: tuple[str, ...], verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, total) per half and per half and role of the rows of ``halves``."""
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for row in read_jsonl_rows(PROBE):
        if row["half"] not in halves:
            continue
        ok = asks_yes_no(row["text"]) == row["yes_no"]
        for key in (row["half"], f"{row['half']}-{row['role']}"):
            total[key] += 1
            right[key] += ok
        if verbose and not ok:
            print(f"miss {row['id']} {row['half']} {row['role']} ({row['form']}): {row['text']}")
    return tally(right, total)


if __name__ == "__main__":
    figures(("A", "B") if "--untouched" in sys.argv else ("A",), "-v" in sys.argv)
