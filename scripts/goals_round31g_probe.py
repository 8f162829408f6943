"""Round 31 goals probe on time_bound (and measurable), both ways (letter g): 53 rows keyed by the criterion, the
expected label and a class, labelled and committed before the analyzer ran on them. The classes are those of the
dev20 tune misses on time_bound. Rows 44-53 are a second batch of harder look-alikes (a metric moved or held per event),
labelled and committed after the first change and before the analyzer ran on them.

The data is goals_round31g_probe.tsv: '<key>\t<source>\t<goal>'. Every row is keyed 'own_<workplace>': written in my
own words in the style of the KPI and appraisal pages of those workplaces (call centre QA, warehouse, pharmacy,
sales, museum store, nursery, water plant, airline cabin crew, IT release, hotel housekeeping, events, finance). No
text comes from evals/.

Decision procedures (the labelling guides, later rounds winning: dev guide "Cadences", dev16, dev18, dev19, dev20):
  time_bound = a deadline or period still ahead on 2026-12-01, or a cadence of the goal's own action; a cadence that
  defines a metric, a baseline period and a past period are not.

Classes (1 = must read so, 0 = must not):
  C  a count of the goal's own acts per period ("Make 30 outbound prospecting calls per day", "score five customer
     emails per agent each month", T1) / an outcome metric counted per period with no by-when ("Increase daily active
     users from 3,000 to 4,500", "Average 12 qualified leads generated per week", T0)
  E  an act repeated at each occurrence of an event ("before every flight", "after each game", T1; measurable as a
     frequency, M1) / one event with no window ("after the launch", "after release"), or "every" as the scope of a
     standard or object ("on every call", "every batch of controlled drugs", T0)
  Y  a cadence or the whole of a named year still ahead ("in each quarter of 2028", "for the whole of 2027", "for all
     of 2027", T1) / the same for a past year, or a past year as a baseline ("for the whole of 2024", "the rate of each
     quarter of 2025", T0)

Figures (rows right; main 2c98711 -> this branch):
  first 43 rows  23/43 -> 42/43 (T1C 3/8 -> 7/8, T1E 0/8 -> 8/8, M1E 2/3 -> 3/3, T1Y 1/6 -> 6/6, T0Y 4/5 -> 5/5; T0C
                 6/6, T0E 7/7 kept)
  all 53 rows    32/53 -> 51/53 (T0E 11/11 kept after the second batch showed a metric moved per event)
  Left: T1C "Coach each new agent through at least two live calls every week" (the count is not the opening verb's
  object); T0C "Reduce abandoned calls per day from 40 to 25" (wrong on main too: "calls" also counts acts).

Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round31g_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).with_name("goals_round31g_probe.tsv")
class_rows = shared.reader(PROBE, shared.read_sourced_rows)
main = shared.class_runner(class_rows)


if __name__ == "__main__":
    main()
