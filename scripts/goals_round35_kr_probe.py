"""Round 35 probe (goalskr35): key results told as a metric, a finite verb of changed or attained amount and its value.

``evals/probes/round35/goalskr35.jsonl``, five classes. ``verb``: outside success metrics and key results written with
the metric as the subject of a present-tense verb of change or attainment and the value after it ("System health score
increases from 82 to 95+", "NPS increases from 30 to 50"; role ``pos``), and look-alikes that must stay as they are
(role ``neg``): a change with no value, imperatives, placeholders, past reports, held bounds and universal states.
``slot``: a metric bounded by a bracketed placeholder value ("Error rate below [X]%", "below [X] per 100k"): specific,
not measurable; look-alikes: a placeholder metric, real values, imperatives, hyphenated compounds. ``period``: a duration
told as a period noun ("within a 90-day period", "over the course of the school year"): time-bound; look-alikes: windows
after a count threshold or a repeat, minutes. ``state``: a concrete subject in service ("is ready for use", "is
fully operational"): specific and measurable; look-alikes: "operational" before its noun. ``event``: an act on each
member timed by that member's event ("every item before it reaches you"): measurable and time-bound; look-alikes:
"before it" with no event verb. Each row labels only the criteria its class bears on.

    PYTHONPATH=$PWD python scripts/goals_round35_kr_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

import goals_round35_probe  # the shared scorer (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "goalskr35.jsonl"

if __name__ == "__main__":
    goals_round35_probe.main("-v" in sys.argv, PROBE)
