"""Round 39 probe GO (goals39): a zero target on a mishap told by the negative determiner or by "<things> at zero".

``evals/probes/round39/goals39.jsonl``: real success criteria, requirements and KPI lines written by others whose
target is no occurrence of a mishap, told by "no" heading the statement ("No data loss under any circumstances", "No
missed deadlines", "No downtime during scale-out") or by the counted things and "at zero" after them ("Configuration
security incidents at zero", "Keep critical incidents at zero at the end of quarter"; class
``negated_or_at_zero_mishap``: specific, measurable, attainable false, a perfection target on a running operation,
evals/dev*/README.md), and look-alikes that must stay attainable (``lookalike``: "no" over a step or thing one stops
adding, "No new dependencies", "No breaking changes to existing code", "No manual steps per release"; a zero loss in a
one-off migration). ``half`` is ``tune`` or ``untouched`` (seeded shuffle, ``random.Random(39039)``, alternate rows,
before any run). ``-v`` prints the tune half's misses only; ``-a`` prints every miss (for the end report).

    PYTHONPATH=$PWD python scripts/goals39_probe.py [-v|-a]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round39" / "goals39.jsonl"


def main(show: str = "", path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Labelled criteria read right, per half and per half and class."""
    return shared.half_class_figures(path, show)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
