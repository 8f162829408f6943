"""Round 38 probe GO (goals38): a zero count of things with a postmodifying participle that names a mishap.

``evals/probes/round38/goals38.jsonl``: real targets, success criteria and key results written by others whose target
is zero of a thing followed by a reduced passive relative clause naming what befalls it ("Zero messages lost", "Zero
items broken or lost during transport", "Zero requests dropped because of the deploy"; class
``zero_mishap_participle``, attainable false: a perfection target on a running operation, evals/dev*/README.md), and
look-alikes that must stay attainable (``lookalike``: zero of a step or thing one stops using, "Zero manual steps
required", "Zero new dependencies added"; bounds "< 0.1% of jobs"; a zero loss in a one-off migration). Only the
attainable verdict is labelled. ``half`` is ``tune`` or ``untouched`` (seeded shuffle, ``random.Random(38038)``, before
any run). ``-v`` prints the tune half's misses only; ``-a`` prints every miss (for the end report).

    PYTHONPATH=$PWD python scripts/goals38_probe.py [-v|-a]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round38" / "goals38.jsonl"


def main(show: str = "", path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Labelled criteria read right, per half and per half and class."""
    return shared.half_class_figures(path, show)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
