"""Round 32 goals probe on time_bound, specific and relevant, both ways (letter g): 50 rows keyed by the criterion,
the expected label and a class, labelled and committed before the analyzer ran on them.

The data is goals_round32g_probe.tsv: '<key>\t<source>\t<goal>'. Every row is keyed 'own_<workplace>': written in my
own words in the style of the plans, service standards, KPI pages and appraisal forms of workplaces no tune half uses
(fire and rescue, veterinary practice, court office, brewery, agriculture extension, public transport, dental
practice, library, construction site, letting agent, council fleet, hotel). No text comes from evals/.

Decision procedures (the labelling guides, later rounds winning: dev guide "Cadences"/"Baseline periods", dev12, dev14,
dev15, dev16, dev18, dev19, dev20):
  time_bound = a deadline or period still ahead on 2026-12-01, or a cadence of the goal's own action; a service window
  counted from each occurrence of a trigger (dev15, dev20), a cadence or window that defines a metric, a baseline
  period, a duration that is the metric's value and a past period are not.
  specific = an action with a concrete object or a concrete outcome (a named metric with placeholders included); an
  area, a wish or a plan heading is not.
  relevant = a purpose clause, a named objective or plan the goal serves, or a key result after its objective; a key
  result alone, a means ('by adding', 'through school visits') and a bare goal are not.

Classes (1 = must read so, 0 = must not):
  T1D a deadline or period ahead (fiscal year, mid-year, half year, 'no later than', an event of the person's own
      term); T0P a past deadline or plan year; T0W a service window from each trigger; T0M a metric's cadence, window,
      baseline, value duration, age or school year; T1C a cadence of the goal's own act; T0K a holiday or event named
      as a thing, no deadline ('the staff Christmas party', 'the bank holiday rota')
  S1K / S0K concrete action or outcome / area, wish or heading
  R1K / R0K purpose, named plan or objective / key result alone, means, no reason

Rows 51-68 are a second batch (decades, split years, own terms, service windows from each trigger, single-event
windows), and rows 69-84 a third (holidays, dotted dates, 'end-2027', 'by day 90', AGM, peak season, go-live, 'between
now and March', with holidays named as things: T0K) and rows 85-92 a fourth (S1U/S0U: use, apply, wear with a
concrete object / with an area or attitude), each labelled and committed before the analyzer ran on them.

Figures (rows right; main db75717 -> this branch):
  first 68 rows  49/68 -> 58/68 (T1D 13/21 -> 21/21, T1C 3/4 -> 4/4; T0M 9/9, T0P 6/6 kept; S, R and T0W unchanged)
  all 84 rows    55/84 -> 74/84 (third batch: T1D 0/10 -> 10/10; T0K 4/4, T0P 2/2 kept)
  all 92 rows    62/92 -> 81/92 (fourth batch S1U 4/4, S0U 3/4 on main and here: 'Live the company values every
                 day' reads specific; no change made for it)
  Left: T0W 2/9, a window counted from each item's trigger ("Acknowledge every written complaint ... within two
  working days of receipt"): dev15/dev20 read it as a service standard, but the short set's education-04 and the
  round-26 (T1L) and round-29j (T1W) probes label the same structure time-bound; a fix is offered separately
  (branch goals32w). S1K "Use a rubber dam on every root canal treatment I carry out", R1K "Cross-train ... to cover the
  summer leave period" (an infinitive after a control verb), R0K "Improve the range ... by adding three seasonal beers"
  (a means clause read as serving the main clause).

Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round32g_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).with_name("goals_round32g_probe.tsv")
class_rows = shared.reader(PROBE, shared.read_sourced_rows)
main = shared.class_runner(class_rows)


if __name__ == "__main__":
    main()
