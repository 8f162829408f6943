"""Round 37 probe (goals37): an act timed by an event told as a clause, scored per labelled criterion and per half.

``evals/probes/round37/goals37.jsonl``: real rules of work that time an act by an event told as a temporal clause or
phrase ("before leaving the jobsite", "prior to beginning work", "when administering medications", "after gloves are
removed", "before a procedure"; class ``event_anchor``), controls told with "each"/"every" ("before each use";
``control``) and look-alikes with no event anchor that must stay not time-bound (a manner, a place, a purpose gerund,
a vague time; ``lookalike``). Each row labels only the criteria its class bears on; ``half`` is ``tune`` (the fix was
written on it) or ``untouched`` (split by a seeded shuffle, ``random.Random(37037)``, before any run). ``-v`` prints
the tune half's misses only.

    PYTHONPATH=$PWD python scripts/goals_round37_probe.py [-v]   (both files: goals37.jsonl, goals37b.jsonl)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37" / "goals37.jsonl"
# the second form: one deliverable due within a window counted from one event ("within 30 days of completion of the
# audit"; class ``event_deadline``), with look-alikes that name no deliverable or no time (split by
# ``random.Random(37137)`` before any run)
PROBE_B = PROBE.with_name("goals37b.jsonl")
rows = shared.reader(PROBE, shared.read_jsonl_rows)


def _count(row: dict, labels: list, right, total, verbose: bool) -> None:
    misses = [name for name, expected, got in labels if got != expected]
    for key in (row["half"], f"{row['half']}-{row['class']}"):
        total[key] += len(labels)
        right[key] += len(labels) - len(misses)
    if verbose and misses and row["half"] == "tune":
        print(f"{row['id']} {row['half']} {row['class']}: wrong {misses}: {row['text']}")


def main(verbose: bool = False, path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Labelled criteria read right, per half and per half and class (``-v``: the tune half's misses)."""
    return shared.score_labelled(path, _count, verbose)


if __name__ == "__main__":
    for probe in (PROBE, PROBE_B):
        print(f"== {probe.name}")
        main("-v" in sys.argv, probe)
