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

Rows 45-77 are a second batch (S0E evaluative quality, S0T relation or trust, S0V values shown, S0P a place or
standing, more S0W; S1E concrete look-alikes with the same abstract words), labelled and committed before the analyzer
ran on them.

Figures (rows right; main 5f1150d -> this branch): 55/77 -> 61/77; S0E 3/5 -> 4/5, S0P 3/5 -> 5/5, S0V 2/5 -> 5/5,
S0A/S0B/S0T/S0W and the look-alikes S1E 11/11, S1K 9/22 the same rows. The class: an object headed by a WordNet
quality/state noun (first and most senses noun.attribute/cognition/feeling/state) with no "of" complement, nothing
counted, named or measured but how often and no direction verb is a quality to have or show, not a result.
Left: "Build trust with the families we support" and "Build a great team culture in the dispatch office" (trust and
culture open with a possession and a group sense in WordNet), "Take ownership of my development this year". S1K 13
misses are direction-only goals ("Reduce food waste in the staff canteen"): the brief reads them specific, the dev3/dev6
rulings ("a direction on a metric with nothing measured and no means is neither") not; left as they are.

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
