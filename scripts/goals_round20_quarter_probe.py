"""Round 20 class probe for time-bound: a quarter written year first ("2020 Q2", "2025-Q4").

The fresh outside probe (goals_round20_probe.py) has "0 angry emails from clients in 2020 Q2." (yiming.dev, an OKR
case study), read as time-bound: the bare "Q2" was taken as the next second quarter and the year before it was not
read with it, although "Q2 2020" (quarter first) was read as past. OKR documents often write year first ("2024 Q3
OKRs"). T0Y: year-first quarters that ended before the reference date (2026-12-01): not time-bound. T1Y: year-first
quarters still open (the current 2026 Q4 and later): time-bound. The two quarter-first lines check both orders agree.

Figures before -> after: T0Y 1 -> 11/11, T1Y 7/7 kept.

All texts were written for this probe (the team's own). Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round20_quarter_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from goal_round15_probe import run  # noqa: E402  (the same scorer; the label letter picks the criterion)

PROBE = Path(__file__).with_name("goals_round20_quarter_probe.tsv")


if __name__ == "__main__":
    run(PROBE)
