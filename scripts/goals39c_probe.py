"""Round 39 probe GC (goals39c): "Improve <metric> by <open amount>" (a verb of changing an amount, its object, and
the amount left open: "Improve retention by X%", "Improve average order value to Z amount").

``evals/probes/round39/goals39c.jsonl``: real goal lines, objectives and goal examples written by others (class
``improve_placeholder``: specific true, the object is the measured metric; measurable false, the value is open),
look-alikes with the amount filled (``lookalike_filled``: specific and measurable) and look-alikes with a verb of
direction and no amount (``lookalike_direction_only``: neither). ``half`` is ``tune`` or ``untouched`` (seeded shuffle
per class, ``random.Random(390393)``, alternate rows, before any run). ``-v`` prints the tune half's misses only;
``-a`` prints every miss (for the end report).

    PYTHONPATH=$PWD python scripts/goals39c_probe.py [-v|-a]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round39" / "goals39c.jsonl"


def main(show: str = "", path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Labelled criteria read right, per half and per half and class."""
    return shared.half_class_figures(path, show)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
