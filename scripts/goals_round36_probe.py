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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "goals36.jsonl"
rows = shared.reader(PROBE, shared.read_jsonl_rows)


def _count(row: dict, labels: list, right, total, verbose: bool) -> None:
    misses = [name for name, expected, got in labels if got != expected]
    for key in (row["half"], f"{row['half']}-{row['class']}"):
        total[key] += len(labels)
        right[key] += len(labels) - len(misses)
    if verbose and misses:
        print(f"{row['id']} {row['half']} {row['class']}: wrong {misses}: {row['text']}")


def main(verbose: bool = False, path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Labelled criteria read right, per half and per half and class (``-v``: the misses)."""
    return shared.score_labelled(path, _count, verbose)


if __name__ == "__main__":
    main("-v" in sys.argv)
