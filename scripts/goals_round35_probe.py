"""Round 35 probe (goals35): quantities read as something else, scored per labelled criterion and per class.

``evals/probes/round35/goals35.jsonl``: outside goals whose number is a score on a rating scale ("from 6/10
to 8/10", class F), an increment counted by a numeral before "more" ("450,000 more patients", class N) or a count after a
month closed by a comma ("By March, 2000 applicants", class Y), a count of a concrete thing in a broad goal's clause
(class Q), a window counted from each item's event (class W), and look-alikes of each (date ranges written as
fractions, "more" with no numeral, years after a month and a comma). Each row labels only the criteria its class bears on.

    PYTHONPATH=$PWD python scripts/goals_round35_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "goals35.jsonl"
rows = shared.reader(PROBE, shared.read_jsonl_rows)


def _count(row: dict, labels: list, right, total, verbose: bool) -> None:
    for key in ("rows", f"rows-{row['class']}-{row['role']}"):
        total[key] += 1
        right[key] += all(got == expected for _name, expected, got in labels)
    for criterion, expected, got in labels:
        for key in ("labels", f"labels-{row['class']}-{row['role']}"):
            total[key] += 1
            right[key] += got == expected
        if verbose and got != expected:
            print(f"MISS {row['id']} {criterion} expected {expected}: {row['text']}")


def main(verbose: bool = False, path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Rows read right whole and labelled criteria read right, in all and per class and role (``-v``: the misses)."""
    return shared.score_labelled(path, _count, verbose, "{key:19s} {right}/{total}")


if __name__ == "__main__":
    main("-v" in sys.argv)
