"""Round 40 probe GR (goals40c): a rate per period read as a deadline, and "no <harm count>" targets.

``evals/probes/round40/goals40c.jsonl``: real lines written by others. Class ``nominal_rate``: a verbless key result
that counts things per period with no end date ("Two new clients per quarter", "One team profile published per
week"): a rate is a cadence of the measure, not a by-when, so time-bound is false; ``rate_lookalike``: an own act on a
schedule ("I will write 2,500 words per week") or a count in a bounded window ("1000 new user registrations in first
week"), time-bound. Class ``harm_count_zero``: "no/zero" before a count of harm (lost-time injuries, sick days: days
lost to illness), a perfection target (specific and measurable, not attainable); ``harm_lookalike``: sick days counted
not zeroed, zero of a thing one can stop, a bound after "no" (attainable). ``half`` is ``tune`` or ``untouched``
(seeded shuffle per class, ``random.Random(40403)``, alternate rows, before any run). ``-v`` prints the tune half's
misses only; ``-a`` prints every miss (for the end report).

    PYTHONPATH=$PWD python scripts/goals40c_probe.py [-v|-a]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "goals40c.jsonl"


def main(show: str = "", path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Labelled criteria read right, per half and per half and class."""
    return shared.half_class_figures(path, show)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
