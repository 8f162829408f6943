"""Round 32 goals probe on vague goals read as specific (letter s): 44 rows keyed by the criterion, the expected label
and a class, labelled and committed before the analyzer ran on them.

The data is goals_round32s_probe.tsv: '<key>\t<source>\t<goal>'. Every row is keyed 'own_<workplace>': written in my
own words in the style of the appraisal forms, values statements, PDPs and service plans of workplaces (nursing ward,
hotel, bus depot, kitchen, care home, construction site, bank branch, warehouse, law firm, call centre, pathology
lab, housing association). No text comes from evals/.

Decision procedure (the labelling guides): specific = names WHAT will be done or changed, to or for WHAT, concretely
enough that two people would agree on what counts; an aspiration or value, a broad area with no object or scope, or
an activity with no content is not.

Classes (1 = must read specific, 0 = must not):
  S0A an aspiration or value ('Champion safety at all times', 'Raise standards across the kitchen')
  S0B a broad area with no object or scope ('Improve my time management', 'Become a better listener')
  S0W an activity with no content ('Work on my leadership skills', 'Show more initiative at work')
  S1K a concrete change with an abstract noun ('Improve the accuracy of stock counts in the frozen warehouse')

Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round32s_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).with_name("goals_round32s_probe.tsv")
class_rows = shared.reader(PROBE, shared.read_sourced_rows)
main = shared.class_runner(class_rows)


if __name__ == "__main__":
    main()
