"""Round 27 bias probe, second pass (recall): the forms the round's brief names, written unlike the dev items.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round27b_probe.py [-v]

Rows in scripts/bias_round27b_probe.tsv, written in our own words and labelled before the analyzer ran on them;
none is from evals/. Column ``source`` names the outside guide each row is written after. Sets:

EA age as energy or speed contrasted with age or generation ("more energy than the older staff", "slow for
   someone his age", "from a different generation", "past it").
OS origin-coded praise of speech ("speaks remarkably good English", "barely has an accent", "so articulate").
GA gendered nouns and forms of address ("the girls in accounts", "Morning, ladies", "foreman").
PA appearance predicated of the person ("always very well put together", "has let himself go").
NE, NO look-alikes: energy of an event, older things, languages as work, a women's team, a product department,
   things well put together. Correct: no flag.

Correct for the other sets: a flag of the row's category overlapping the judgement span; a flag outside it is a
false flag.

As measured, main 7e9f90e -> biasrec27 (after age.past_it and the "let oneself go" pattern of
appearance.body_remarks): EA 3/4 -> 4/4 (1 false flag both: "the younger drivers", outside the labelled span);
OS 3/3, GA 3/3 kept; PA 1/2 -> 2/2; NE 3/3, NO 6/6 kept. The brief's named forms were mostly covered on main.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("EA", "OS", "GA", "PA", "NE", "NO")
CLEAN_SETS = ("NE", "NO")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
