"""Round 20 class probe for specific: a value given to a named measure.

The fresh outside probe (goals_round20_probe.py) showed key results and staff goals whose result is a named measure
with its value, but not read as specific: "Achieve a customer satisfaction score of 90%" (the value sits inside the
verb's object: "score of 90%") and "Meet deadlines 75% of the time" (a share of occasions on a plain activity). By
evals/dev2/README.md ("Metric targets on broad objects are specific when the measure makes the outcome concrete")
both are specific.

S1G: an attaining or keeping verb (achieve, reach, attain, hit, maintain, secure) whose object is a named metric
(rate, score, rating, level, uptime, time, coverage) with its value, inside or right after the object. S1O: an
activity done a stated share of the time ("Meet project deadlines 90% of the time"). S0G: look-alikes that stay not
specific: no value ("Achieve a higher customer satisfaction score"), no named metric ("Achieve a score of 90%",
"Attain a rate of 80% by June"), a vague object with a share ("Achieve great results 90% of the time").
S1G passed 16/16 before any change; the misses are the metrics named only by common words. S1W (added after that
first run, before any change): a metric named by common words and given its value ("Reach an employee engagement
score of 75"); S0W: its look-alikes (no modifier naming the measure: "Reach a level of 80%", "Achieve a rating of 4
or higher"; a judging adjective: "Achieve a great score of 90"; no value).
S1M (added after the first change, before the second): "meet" with a concrete object (a deadline, standard or
requirement named by what it applies to, a person or body met with on a schedule); the outside set's "Meet deadlines
75% of the time" found no action at all, as "meet" was in no verb list. S0M: "meet" with a general object
("Meet expectations", "Meet the needs of our community", "Meet our goals").

Figures before -> after: S1W 7 -> 10/10, S0W 3/4 -> 3/4, S1G 16/16 kept, S1O 5/6, S0G 7/8, S1M 8/8, S0M 4/6
(unchanged: "meet" was tried as an action verb and dropped, it made "Meet expectations" specific and fixed nothing).

All texts were written for this probe (the team's own, modelled on the forms seen in the outside set, none copied
from evals/ or the outside set). Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round20_value_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from goal_round15_probe import run  # noqa: E402  (the same scorer; the label letter picks the criterion)

PROBE = Path(__file__).with_name("goals_round20_value_probe.tsv")


if __name__ == "__main__":
    run(PROBE)
