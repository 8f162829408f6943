"""Round 41 probe (goals41): a made thing whose only standard is a judgement of merit.

``evals/probes/round41/goals41.jsonl``: goal and to-do lines written by others (public files, cited by code-index id)
whose object is a thing to make or find qualified only by an adjective of merit ("Write a better README", "Find a
decent NURB library", "Create an awesome README"; class ``judged_standard``: specific and measurable false, since
nothing says which one or when it is good enough, as the dev sets label "Build a better collections database" and
"Find a decent celadon"), and look-alikes where the same words are part of a name ("Integrate Better Auth", "Add
Great Expectations validation"; ``lookalike``: specific and measurable true). ``half`` is ``A`` (tuned on) or ``B``
(untouched until the end; seeded shuffle per role, ``random.Random(4145)``, alternate rows, before any run). ``-v``
prints half A's misses; ``-a`` every miss.

    PYTHONPATH=$PWD python scripts/goals41_probe.py [-v|-a]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "goals41.jsonl"


def main(show: str = "", path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Labelled criteria read right, per half and per half and class."""
    return shared.half_class_figures(path, show, tuned="A")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
