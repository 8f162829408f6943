"""Round 20 class probe for relevant: a purpose clause whose verb is outside the goal vocabulary.

The fresh outside probe (goals_round20_probe.py) has "Provide a minimum of 3,000 pounds of fresh, locally grown food
through The Hope Garden to feed the hungry" and "Use weekly exit tickets in 3rd-period Algebra to target
misconceptions": a purpose beyond the action (evals/dev/README.md: "a purpose clause attached to the goal's main action
whose outcome goes beyond the action"), not read because "feed" and "target" are in no verb list the purpose reader
knows. R1P: purposes with plain verbs of benefit (feed, shelter, educate, inspire, welcome, detect, catch, connect,
reassure, nourish, motivate, guide): relevant. R0P: infinitives that are no purpose: the object's complement after
a verb of asking, teaching or training ("Teach volunteers to use the new sign-in tablet", "Hire a coordinator to run
the pantry"), a learned skill ("Learn to read ECGs") and no infinitive at all.

Figures before -> after: R1P 5 -> 9/12, R0P 8/8 kept. Left: harms as the purpose's object ("to detect falls", "to
catch sepsis earlier") and a pronoun for the people ("to guide them").

All texts were written for this probe (the team's own). Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round20_purpose_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from goal_round15_probe import run  # noqa: E402  (the same scorer; the label letter picks the criterion)

PROBE = Path(__file__).with_name("goals_round20_purpose_probe.tsv")


if __name__ == "__main__":
    run(PROBE)
