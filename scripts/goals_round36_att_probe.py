"""Round 36 probe GA (goalsatt36): a universal subject of an outcome, scored per half and class.

``evals/probes/round36/goalsatt36.jsonl``: real goals whose subject is a whole population told with "all/every/each"
and whose predicate is a state or outcome of that population ("Every child is on track to graduate ...", "Ensure each
student is supported and connected"; class ``universal_outcome``), controls written with 100% (``percent_control``)
and look-alikes that must stay attainable (``lookalike``: the universal in the object of the goal-holder's own act,
"Contact each customer ...", "Provide ... for all staff", a one-off act of a finite group, bounds below 100%).
``half`` is ``tune`` or ``untouched`` (seeded shuffle, ``random.Random(36136)``, before any run). ``-v`` prints the
tune half's misses only; ``-a`` prints every miss (for the end report).

    PYTHONPATH=$PWD python scripts/goals_round36_att_probe.py [-v|-a]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goals_probe_io import half_class_figures  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "goalsatt36.jsonl"


def main(show: str = "") -> dict[str, tuple[int, int]]:
    return half_class_figures(PROBE, show)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
