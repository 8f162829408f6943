"""Round 41 probe (goals41b): a zero-frequency target on a running operation, told by negation over all occasions.

``evals/probes/round41/goals41b.jsonl``: requirement and design lines written by others (public files, cited by
code-index id) that hold an event of a thing at zero for good, by "never" after the clause's subject ("The live server
never goes down", "Duty must never exceed 90 %") or by a negative subject with the non-assertive "ever" in its clause
("No personal user data is ever collected"; class ``zero_frequency``: measurable, a zero count, and attainable false,
a perfection target on an ongoing operation, as the dev sets label "KR: Furnace never drops below working temperature
during a class in 2027" and "KR: No brim on any hat we sell ever drops"), and look-alikes with the same words where no
such target is set (``lookalike``: attainable true): a purpose or result clause ("Pin response so that it never
expires"), a relative clause ("Remove stops that are never used"), a conditional or a "before" clause, the assertive
"first ever". ``half`` is ``A`` (tuned on) or ``B`` (untouched until the end; seeded shuffle per role,
``random.Random(4154)``, alternate rows, before any run). ``-v`` prints half A's misses; ``-a`` every miss.

    PYTHONPATH=$PWD python scripts/goals41b_probe.py [-v|-a]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "goals41b.jsonl"


def main(show: str = "", path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Labelled criteria read right, per half and per half and class."""
    return shared.half_class_figures(path, show, tuned="A")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
