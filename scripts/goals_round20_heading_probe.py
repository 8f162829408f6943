"""Round 20 class probe: a period heading with the period spelled out ("Fiscal Year 2018-2019 goal:").

The fresh outside probe (goals_round20_probe.py) has "Fiscal Year 2018-2019 goal: Develop healthcare and institutional
partnerships." read as specific: the heading was not read as one (only "FY 2019", "2025H2", "Q3 2025" forms were),
so the whole line, heading included, was judged as the goal. By the dev conventions a period heading bounds the goal in
time (past when its period has ended: "FY 2022 Targets for Action", evals/dev5/README.md) and the goal itself is the
text after it. T0H: spelled-out fiscal, academic, school and program years that have ended: not time-bound. T1H: ones
still open on 2026-12-01 (a split year ends with September of its second year): time-bound. S0H: areas under such a
heading: not specific. S1H: concrete goals under it: specific.

Figures before -> after: T1H 2 -> 4/4, S0H 1 -> 3/3, T0H 6/6 kept, S1H 2/2 kept.

All texts were written for this probe (the team's own; "Mercy Hospital" is a made-up name). Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round20_heading_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from goal_round15_probe import run  # noqa: E402  (the same scorer; the label letter picks the criterion)

PROBE = Path(__file__).with_name("goals_round20_heading_probe.tsv")


if __name__ == "__main__":
    run(PROBE)
