"""Round 27d bias probe: whose characteristic (a served person's, attached by a participle or preposition), and
accommodations told with their good result.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round27d_probe.py [-v]

Rows in scripts/bias_round27d_probe.tsv, written in the engineer's own words after the outside page named in
column ``source`` and labelled before the analyzer ran on them and before any change of this pass; none is from
evals/. Sets:

SR a characteristic of someone the person served, attached to a served noun by a reduced relative (a participle:
   'a rider using a wheelchair', 'a caller wearing hearing aids') or a preposition ('a commuter on crutches',
   'diners over eighty'). Correct: no flag.
AR an accommodation of the person's characteristic told with its good result, a negated failure verb in the result
   clause ('so he did not miss a single call'). Correct: no flag.
PF look-alikes that must stay flagged: the same attachments on a role noun of the reviewed person ('our new
   cashier using a wheelchair is slower'), and the characteristic with a failure or judgement (negated success
   or plain failure: 'did not follow the calls', 'missed half the calls'). Column ``judgement`` holds the span;
   correct: a flag of the category overlapping it.

CS, CP are a check set written and labelled after the change, before it ran on them: CS clean as SR/AR, CP
   must stay flagged as PF.

Printed per set: right/rows and false flags (flags outside the labelled span; every flag for look-alikes).
The first AR row was reworded after the first run, to keep clear of the brief's example sentence.

As measured, main 2def401 -> biasholder27: SR 7/8 (1 false flag) -> 8/8 (0); AR 3/6 (3) -> 5/6 (1: 'ADHD' by the
label rule disability.condition_labels, not a tie); PF 7/12 (1) -> 7/12 (1), the same rows (the five misses are
recall misses on main too: a role noun with an attached characteristic, 'worries me'); CS 4/4 -> 4/4; CP 1/4 -> 1/4.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("SR", "AR", "PF", "CS", "CP")
CLEAN_SETS = ("SR", "AR", "CS")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
