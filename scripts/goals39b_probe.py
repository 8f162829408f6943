"""Round 39 probe GB (goals39b): a key result whose amount is a placeholder ("by [X]%", "by Y%", "by XX%", "to Z").

``evals/probes/round39/goals39b.jsonl``: real KPI lines, success criteria and goal examples written by others whose
change is told with its metric and direction but with the amount left open by a placeholder (class
``placeholder_amount``: specific true, the metric is named; measurable false, the value is open: evals/dev*/README.md,
every tune item with "[X] percent" is labelled so), and look-alikes with the amount filled (``lookalike``: specific and
measurable). ``half`` is ``tune`` or ``untouched`` (seeded shuffle per class, ``random.Random(390392)``, alternate
rows, before any run). ``-v`` prints the tune half's misses only; ``-a`` prints every miss (for the end report).

    PYTHONPATH=$PWD python scripts/goals39b_probe.py [-v|-a]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round39" / "goals39b.jsonl"


def main(show: str = "", path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Labelled criteria read right, per half and per half and class."""
    return shared.half_class_figures(path, show)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
