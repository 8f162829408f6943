"""Round 40 probe GE (goals40): an act timed by an event that carries a calendar anchor.

``evals/probes/round40/goals40.jsonl``: real instructions, plans and checklist items written by others whose act is
timed by an event anchored to the calendar: a year in the event's noun phrase ("before the 2027 season", "ahead of
the 2027 SEA Games", "before each of the three 2026 Experiences") or a recurring month or season ("each spring before
bud break", "before the first frost each autumn", "each January"; class ``calendar_anchored_event``: time-bound), and
look-alikes that must stay not time-bound (``lookalike``: the same forms with a season already past, "before the 2019
season"; a counted series with a year that no temporal preposition times, "for each of the three 2026 terms"; "each
spring" of a coil spring). ``half`` is ``tune`` or ``untouched`` (seeded shuffle, ``random.Random(40040)``, alternate
rows, before any run). ``-v`` prints the tune half's misses only; ``-a`` prints every miss (for the end report).

    PYTHONPATH=$PWD python scripts/goals40_probe.py [-v|-a]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "goals40.jsonl"


def main(show: str = "", path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Labelled criteria read right, per half and per half and class."""
    return shared.half_class_figures(path, show)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
