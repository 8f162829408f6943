"""Round 20 class probe for specific: objects that leave which one open.

The fresh outside probe (goals_round20_probe.py) has "Execute ABM campaigns to two specific verticals with a clear ICP"
and "Develop healthcare and institutional partnerships" read as specific. Round six's convention ("Complete a specific
coding certification" leaves the object unnamed: not specific) covers the first; the second names an area of
relationships with no partner named or counted, as "Increase diversity and sense of belonging" names an area.

S0U: a count with "specific", "particular" or "certain" standing in for the names ("Visit three specific schools"):
not specific. S1U: the same counts that say which ones (a scope, a ranking, a relative clause): specific. S0P: a
partnership, relationship, alliance or collaboration with no partner named or counted: not specific. S1P: a counted or
named partner or agreement: specific.

Figures before -> after: S0U 0 -> 6/6, S0P 1 -> 8/8, S1U 5/5 kept, S1P 6/6 kept.

All texts were written for this probe (the team's own; "Mercy Hospital", "Lakeview Community College" and the
"Eastside YMCA" are made-up names). Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round20_unnamed_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from goal_round15_probe import run  # noqa: E402  (the same scorer; the label letter picks the criterion)

PROBE = Path(__file__).with_name("goals_round20_unnamed_probe.tsv")


if __name__ == "__main__":
    run(PROBE)
