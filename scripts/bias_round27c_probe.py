"""Round 27, second pass: a schedule with its days named and a burden put on others; a vague frequency of days.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round27c_probe.py [-v]

Rows in scripts/bias_round27c_probe.tsv, written in our own words and labelled before the analyzer ran on them;
none is from evals/. Column ``source`` names the principle each row is written after. Sets:

BU biased: a schedule told with its days, then in the same sentence a relative or result clause that puts its
   cost on others ("which the rest of the desk has to absorb", "so his colleagues must cover", "and the others
   have to pick up the slack"); and a leave-taking told with a vague frequency of days ("on some afternoons",
   "on certain evenings", "on several afternoons") next to a cost: a habit held against the person, not a
   stated schedule. Correct: a flag of the row's category overlapping the labelled span.
FU clean look-alikes: the same schedules with determinate days and no burden, and burden clauses about
   something else (an outage, a vendor slip) in another sentence. Correct: no flag.

As measured: main 2def401 BU 5/7 (0 false flags), FU 3/7 (4) -> bias27 f1b01ae BU 1/7 (0), FU 6/7 (1) -> this
pass BU 6/7 (0), FU 6/7 (1). The BU miss is a lexicon gap ('physiotherapy' is no health mention; the same row
with 'chemotherapy' is flagged on the burden clause). The FU false flag is 'to clear her queue' after a schedule
(a purpose infinitive with 'clear' read as a cue), flagged on f1b01ae too; left for a later pass.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("BU", "FU")
CLEAN_SETS = ("FU",)

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
